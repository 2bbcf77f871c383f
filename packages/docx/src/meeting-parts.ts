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

/** One row of a label table: the bold label, and the value's lines (a row without a value is left out). */
export type LabelRow = readonly [string, string | readonly string[] | undefined];

/** A signature in a label table: the role is the label; one or two signers side by side. */
export interface SignatureRow {
  signature: string;
  signers: readonly (Signer | undefined)[];
}

/** The label column of every label table (kallelse, protokoll, anslagsbevis): wide enough for "Justeringens plats och tid". */
export const LABEL_WIDTH = 3400;

const valueWidth = TEXT_WIDTH - LABEL_WIDTH;

const cellProps = (width: number, span = 1) => `<w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}</w:tcPr>`;

const cell = (width: number, paragraphs: readonly string[], span = 1) =>
  `<w:tc>${cellProps(width, span)}${paragraphs.length ? paragraphs.join('') : paragraph({ spacing: { after: 0 } })}</w:tc>`;

/** Room above a signature line to sign in (twips; less at a smaller size). */
const signRoom = (size: number | undefined) => (size && size < 24 ? 360 : 440);

/** A line to sign on (the paragraph's top border) with room above it, the name under it; `right` shortens the line. */
const signatureParagraph = (s: Signer | undefined, size: number | undefined, right = 284) =>
  s
    ? paragraph(
        { keepLines: true, spacing: { before: signRoom(size), after: 0 }, indent: { right }, topBorder: { size: 4, color: 'auto', space: 1 } },
        run(s.name ?? '', { size }),
      )
    : paragraph({ spacing: { after: 0 } });

/**
 * Labels and values in ONE borderless table (label column, then two half columns): every value starts at
 * the same place whatever the label's length, a value of several lines (the beslutande) stays beside its
 * label, and signatures stand side by side (two justerare on one row). Rows never split across pages.
 * Rows without a value are left out.
 */
export function labelTable(rows: readonly (LabelRow | SignatureRow)[], options: { size?: number } = {}): Block[] {
  const { size } = options;
  const half = Math.floor(valueWidth / 2);
  const widths = [LABEL_WIDTH, half, valueWidth - half];
  let body = '';
  for (const row of rows) {
    if ('signature' in row) {
      for (let i = 0; i < Math.max(1, row.signers.length); i += 2) {
        const pair = [row.signers[i], row.signers[i + 1]];
        const labelCell = cell(LABEL_WIDTH, [
          paragraph({ spacing: { before: signRoom(size), after: 0 } }, i === 0 ? run(row.signature, { bold: true, size }) : ''),
        ]);
        // One signer: a line across four fifths of the value column (a long name stays on one line); two: side by side.
        const signatures =
          row.signers.length === 1
            ? cell(valueWidth, [signatureParagraph(pair[0], size, Math.floor(valueWidth / 5))], 2)
            : `${cell(widths[1]!, [signatureParagraph(pair[0], size)])}${cell(widths[2]!, [signatureParagraph(pair[1], size)])}`;
        body += `<w:tr><w:trPr><w:cantSplit/></w:trPr>${labelCell}${signatures}</w:tr>`;
      }
      continue;
    }
    const [label, value] = row;
    const lines = value === undefined ? [] : (typeof value === 'string' ? value.split('\n') : [...value]).filter((l) => l !== '');
    if (lines.length === 0) continue;
    body +=
      '<w:tr><w:trPr><w:cantSplit/></w:trPr>' +
      cell(LABEL_WIDTH, [paragraph({ spacing: { after: 0 } }, run(label, { bold: true, size }))]) +
      cell(
        valueWidth,
        lines.map((line) => paragraph({ spacing: { after: 0 } }, run(line, { size }))),
        2,
      ) +
      '</w:tr>';
  }
  if (!body) return [];
  const nil = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="nil"/>`).join('');
  return [
    '<w:tbl><w:tblPr>' +
      `<w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/>` +
      `<w:tblBorders>${nil}</w:tblBorders>` +
      '<w:tblLayout w:type="fixed"/>' +
      '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="80" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>' +
      '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>' +
      `</w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${body}</w:tbl>`,
  ];
}

/** "Label  value" rows in a label table (see labelTable). */
export function labelRows(rows: readonly LabelRow[]): Block[] {
  return labelTable(rows);
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
