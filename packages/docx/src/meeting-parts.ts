/**
 * Pieces the kallelse, the protokoll and the protokollsutdrag share: the letterhead, label rows
 * ("Datum  2026-05-20"), numbered and bulleted lists of plain text, and signature lines.
 */
import { RIGHT_TAB, STYLE, TEXT_WIDTH } from './layout.js';
import type { DocumentState, Block } from './mdast-to-docx.js';
import { breakThenText, paragraph, run, tabRun } from './wml.js';

export function text(content: string, style?: string): Block {
  return paragraph({ style }, run(content));
}

/** Kommun (bold) with the document type on the right; the nämnd with `right` (e.g. the date) under it. */
export function letterhead(kommun: string, docType: string, nämnd: string, right = ''): Block[] {
  return [
    paragraph({ style: STYLE.letterhead, tabs: RIGHT_TAB }, (kommun ? run(kommun, { bold: true }) : '') + tabRun(docType)),
    paragraph({ style: STYLE.letterhead, tabs: RIGHT_TAB, spacing: { after: 360 } }, run(nämnd) + (right ? tabRun(right) : '')),
  ];
}

/** "Label<TAB>value" rows with the label in bold; rows without a value are left out. */
export function labelRows(rows: readonly (readonly [string, string | undefined])[], minPosition = 2600): Block[] {
  const shown = rows.filter(([, v]) => v !== undefined && v !== '');
  // The values line up past the longest bold label (about 150 twips a character), so a long label such as
  // "Justeringens plats och tid" never runs into its value.
  const position = Math.max(minPosition, Math.min(4400, Math.max(0, ...shown.map(([l]) => l.length)) * 150 + 200));
  return shown.map(([label, value]) =>
    paragraph(
      { tabs: [{ type: 'left', position }], spacing: { after: 60 }, indent: { left: position, hanging: position } },
      run(label, { bold: true }) + tabRun(value!),
    ),
  );
}

export function label(content: string): Block {
  return paragraph({ style: STYLE.label, keepNext: true }, run(content));
}

export function numberedList(items: readonly string[], state: DocumentState): Block[] {
  const numId = state.listInstance('ordered');
  return items.map((t) => paragraph({ style: STYLE.listParagraph, numbering: { numId, level: 0 } }, run(t)));
}

export function bulletList(items: readonly string[], state: DocumentState): Block[] {
  const numId = state.listInstance('bullet');
  return items.map((t) => paragraph({ style: STYLE.listParagraph, numbering: { numId, level: 0 } }, run(t)));
}

/** "Handlingar" and a bullet per handling, as a kallelse and a protokoll list them; nothing when there are none. */
export function handlingarBlocks(handlingar: readonly { label: string }[], state: DocumentState): Block[] {
  if (handlingar.length === 0) return [];
  return [
    label('Handlingar'),
    ...bulletList(
      handlingar.map((h) => h.label),
      state,
    ),
  ];
}

export interface Signer {
  /** "Ordförande", "Sekreterare", "Justerare". */
  role: string;
  /** Blank when the name is not known yet (a line to sign and print the name under). */
  name?: string | undefined;
}

/**
 * One line to sign on per signer (a half-width bottom border with room above it), the name and the
 * role under it. Kept together so a signature never starts at the foot of a page without its line.
 */
export function signatureLines(signers: readonly Signer[]): Block[] {
  const out: Block[] = [];
  signers.forEach((s, i) => {
    const last = i === signers.length - 1;
    out.push(
      paragraph({
        keepNext: true,
        spacing: { before: 600, after: 0 },
        indent: { right: Math.floor(TEXT_WIDTH / 2) },
        bottomBorder: { size: 4, color: 'auto', space: 1 },
      }),
      paragraph({ style: STYLE.signature, keepNext: !last, spacing: { before: 40, after: 120 } }, s.name ? run(s.name) + breakThenText(s.role) : run(s.role)),
    );
  });
  return out;
}

/**
 * The same paragraphs, each kept with the next (w:keepNext, right after w:pStyle as CT_PPr orders it): a
 * kallelse item's heading, dnr and handlingar stay on the page of its "Förslag till beslut".
 */
export function keptWithNext(blocks: readonly Block[]): Block[] {
  return blocks.map((b) => {
    if (!b.startsWith('<w:p>') || b.includes('<w:keepNext/>')) return b;
    if (!b.startsWith('<w:p><w:pPr>')) return `<w:p><w:pPr><w:keepNext/></w:pPr>${b.slice('<w:p>'.length)}`;
    const style = /^<w:p><w:pPr><w:pStyle [^>]*\/>/.exec(b);
    const at = style ? style[0].length : '<w:p><w:pPr>'.length;
    return `${b.slice(0, at)}<w:keepNext/>${b.slice(at)}`;
  });
}
