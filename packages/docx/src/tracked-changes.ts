/**
 * `arende ändringar`: the Förslag till beslut of one § with each bifallet yrkande as Word tracked changes
 * (revisions, ECMA-376 Part 1 §17.13.5), so that "Accept all" gives the adopted beslut and "Reject all" the
 * förslag as it was put to the meeting; then a yrkandetabell (id, namn/parti, typ, att-sats, text, utfall).
 *
 * - a changed word: the old text in `w:del` (its runs hold `w:delText`, not `w:t`), the new in `w:ins`;
 * - an inserted att-sats (tillägg, or a motförslag's): its runs in `w:ins` and its paragraph mark tracked
 *   too (`w:pPr/w:rPr/w:ins`), so rejecting removes the paragraph, not only its text;
 * - a deleted att-sats (a bifallet motförslag or avslag replaces the förslag): its runs in `w:del` and its
 *   paragraph mark `w:pPr/w:rPr/w:del`.
 * Each revision's `w:author` is the yrkande's `namn`, `w:date` the meeting day; ids count from 1 in order.
 */
import { yrkandeParty, type ChangedSats, type ComputedBeslut, type Yrkande } from '@arende/core';
import { STYLE } from './layout.js';
import { DocumentState, type Block } from './mdast-to-docx.js';
import { label, letterhead, text } from './meeting-parts.js';
import { packDocument } from './pack.js';
import { paragraph, paragraphProps, run, table, textElement } from './wml.js';
import { escapeAttr, escapeText } from './xml.js';
import type { ExportOptions } from './types.js';

export interface ÄndringarInput {
  nämnd: string;
  kommun?: string;
  /** The meeting day, YYYY-MM-DD: every revision's date. */
  datum: string;
  nummer: number;
  rubrik: string;
  /** The Förslag till beslut as put to the meeting. */
  förslag: readonly string[];
  /** "förvaltningens förslag". */
  förslagLabel: string;
  yrkanden: readonly Yrkande[];
  /** The beslut the yrkanden give (compute-beslut.ts). */
  computed: ComputedBeslut;
}

/** Numbers revisions in order of appearance (w:id must be unique among the document's annotations). */
class Revisions {
  private next = 1;
  constructor(private readonly date: string) {}
  attrs(by: Yrkande | undefined): string {
    const author = by ? by.namn : 'ärende';
    return `w:id="${this.next++}" w:author="${escapeAttr(author)}" w:date="${this.date}"`;
  }
  ins(content: string, by: Yrkande | undefined): string {
    return `<w:ins ${this.attrs(by)}><w:r>${textElement(content)}</w:r></w:ins>`;
  }
  del(content: string, by: Yrkande | undefined): string {
    return `<w:del ${this.attrs(by)}><w:r><w:delText xml:space="preserve">${escapeText(content)}</w:delText></w:r></w:del>`;
  }
  /** The paragraph mark's own revision (w:pPr/w:rPr/w:ins or w:del). */
  mark(kind: 'ins' | 'del', by: Yrkande | undefined): string {
    return `<w:rPr><w:${kind} ${this.attrs(by)}/></w:rPr>`;
  }
}

/** A paragraph whose w:pPr ends with a tracked paragraph mark (w:rPr comes after numPr, spacing and ind in CT_PPr). */
function markedParagraph(props: Parameters<typeof paragraphProps>[0], mark: string, content: string): string {
  const pPr = paragraphProps(props);
  const withMark = pPr ? pPr.replace(/<\/w:pPr>$/, `${mark}</w:pPr>`) : `<w:pPr>${mark}</w:pPr>`;
  return `<w:p>${withMark}${content}</w:p>`;
}

function satsParagraph(c: ChangedSats, numId: number, rev: Revisions): Block {
  const props = { style: STYLE.listParagraph, numbering: { numId, level: 0 } };
  if (c.inserted && c.nummer === undefined) {
    const by = c.inserted;
    return markedParagraph(props, rev.mark('ins', by), c.segments.map((s) => rev.ins(s.text, s.by ?? by)).join(''));
  }
  if (c.deleted) {
    const by = c.deleted;
    return markedParagraph(props, rev.mark('del', by), c.segments.map((s) => rev.del(s.text, s.by ?? by)).join(''));
  }
  const content = c.segments.map((s) => (s.op === 'same' ? run(s.text) : s.op === 'del' ? rev.del(s.text, s.by) : rev.ins(s.text, s.by))).join('');
  return paragraph(props, content);
}

const TYP_LABEL: Record<string, string> = {
  bifall: 'Bifall',
  avslag: 'Avslag',
  ändring: 'Ändring',
  tillägg: 'Tillägg',
  motförslag: 'Motförslag',
  återremiss: 'Återremiss',
  bordläggning: 'Bordläggning',
};

/** The yrkandetabell's cells for one yrkande: id, namn/parti, typ, att-sats, text, utfall. */
export function yrkandeRow(y: Yrkande): string[] {
  const attSats =
    y.typ === 'ändring' ? String(y.att_sats ?? '') : y.typ === 'tillägg' ? (y.efter === undefined ? 'sist' : y.efter === 0 ? 'först' : `efter ${y.efter}`) : '';
  const content =
    y.typ === 'ändring'
      ? y.ny_lydelse
        ? `Ny lydelse: ${y.ny_lydelse}`
        : y.ersätt !== undefined
          ? `”${y.ersätt}” ersätts med ”${y.med ?? ''}”`
          : (y.text ?? '')
      : y.typ === 'motförslag' || (y.typ === 'avslag' && y.att_satser.length)
        ? y.att_satser.map((s, i) => `${i + 1}. ${s}`).join(' ')
        : (y.text ?? '');
  const who = yrkandeParty(y) + (y.instämmer.length ? ` (instämmer: ${y.instämmer.join(', ')})` : '');
  return [y.id ?? '', who, y.typ ? TYP_LABEL[y.typ]! : '', attSats, content, y.utfall ?? '–'];
}

const HEADER = ['Id', 'Namn (parti)', 'Typ', 'Att-sats', 'Text', 'Utfall'];

function yrkandetabell(yrkanden: readonly Yrkande[], width: number): Block {
  const cell = (content: string, bold = false) => paragraph({ spacing: { after: 0 } }, content ? run(content, bold ? { bold: true } : {}) : '');
  const rows = [HEADER.map((h) => cell(h, true)), ...yrkanden.map((y) => yrkandeRow(y).map((c) => cell(c)))];
  const narrow = Math.floor(width * 0.08);
  const mid = Math.floor(width * 0.13);
  const who = Math.floor(width * 0.22);
  return table(rows, 6, [narrow, who, mid, mid, width - narrow - who - 3 * mid, mid]);
}

/** Writes the § N's förslag with the bifallna yrkanden as tracked changes, and the yrkandetabell. */
export function exportÄndringar(input: ÄndringarInput, options: ExportOptions = {}): Uint8Array {
  const state = new DocumentState(options.images, options.template);
  const rev = new Revisions(`${input.datum || '2000-01-01'}T00:00:00Z`);
  const c = input.computed;
  const blocks: Block[] = [
    ...letterhead(input.kommun ?? '', 'Ändringar i förslaget', input.nämnd, `Sammanträdesdatum ${input.datum}`),
    paragraph({ style: STYLE.heading(1) }, run(`§ ${input.nummer} ${input.rubrik}`)),
    text(
      `${capitalize(input.förslagLabel)} med de yrkanden som bifölls som spårade ändringar. Godkänn alla ändringar för att få beslutet; avvisa alla för att få förslaget som det lades fram.`,
    ),
    label('Förslag till beslut med bifallna yrkanden'),
  ];
  const numId = state.listInstance('ordered');
  if (c.basis === 'återremiss' || c.basis === 'bordläggning') {
    // No sakbeslut: the förslag stands unchanged, and the procedural beslut is said in words.
    for (const s of input.förslag) blocks.push(paragraph({ style: STYLE.listParagraph, numbering: { numId, level: 0 } }, run(s)));
    blocks.push(text(`Inget beslut i sak: ${c.satser.join(' ')}`));
  } else {
    for (const sats of c.changes) blocks.push(satsParagraph(sats, numId, rev));
  }
  if (input.yrkanden.length) {
    blocks.push(label('Yrkanden'));
    blocks.push(yrkandetabell(input.yrkanden, state.textArea.width));
  }
  const line = `${input.nämnd} ${input.datum}, § ${input.nummer}`;
  return packDocument(
    { title: `Ändringar ${line}`, subject: 'Förslag till beslut med bifallna yrkanden', creator: input.nämnd, state, sections: [{ blocks, footer: line }] },
    options.date ?? input.datum,
  );
}

const capitalize = (s: string) => (s ? s[0]!.toLocaleUpperCase('sv') + s.slice(1) : s);
