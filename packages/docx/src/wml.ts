/**
 * WordprocessingML builders: paragraphs, runs, hyperlinks, fields, tables and section properties
 * as strings. Child elements are written in the order the OOXML schema requires (CT_PPr, CT_RPr,
 * CT_SectPr, CT_TblPr, CT_TrPr), which Word checks and other readers may not.
 */
import { escapeAttr, escapeText } from './xml.js';

const NS_W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Namespace declarations for a part's root element (w: and r:). */
export const WML_NAMESPACES = `xmlns:w="${NS_W}" xmlns:r="${NS_R}"`;

export interface RunProps {
  /** Character style id (Hyperlink, VerbatimChar, FootnoteReference). */
  style?: string | undefined;
  bold?: boolean | undefined;
  italics?: boolean | undefined;
  strike?: boolean | undefined;
  /** Font size in half-points (20 = 10 pt). */
  size?: number | undefined;
}

/** w:rPr in CT_RPr order: rStyle, rFonts, b, bCs, i, iCs, …, strike, … */
export function runProps(p: RunProps): string {
  let out = '';
  if (p.style) out += `<w:rStyle w:val="${escapeAttr(p.style)}"/>`;
  if (p.bold) out += '<w:b/><w:bCs/>';
  if (p.italics) out += '<w:i/><w:iCs/>';
  if (p.strike) out += '<w:strike/>';
  if (p.size) out += `<w:sz w:val="${p.size}"/><w:szCs w:val="${p.size}"/>`;
  return out ? `<w:rPr>${out}</w:rPr>` : '';
}

/** An ISO date (2026-04-22), not inside a longer run of digits. */
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;

/**
 * Text as w:t (spaces kept). The hyphens of an ISO date are written as w:noBreakHyphen, Word's
 * non-breaking hyphen, so that a date never breaks across lines ("2026-" / "04-22"); readers show it as
 * a hyphen (or U+2011).
 */
export function textElement(text: string): string {
  if (!text.includes('-')) return plainTextElement(text);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(ISO_DATE)) {
    const at = m.index!;
    if (at > last) out += plainTextElement(text.slice(last, at));
    out += `${plainTextElement(m[1]!)}${NO_BREAK_HYPHEN}${plainTextElement(m[2]!)}${NO_BREAK_HYPHEN}${plainTextElement(m[3]!)}`;
    last = at + m[0].length;
  }
  if (last === 0) return plainTextElement(text);
  if (last < text.length) out += plainTextElement(text.slice(last));
  return out;
}

const NO_BREAK_HYPHEN = '<w:noBreakHyphen/>';

function plainTextElement(text: string): string {
  return `<w:t xml:space="preserve">${escapeText(text)}</w:t>`;
}

/** A run of text. */
export function run(text: string, props: RunProps = {}): string {
  return `<w:r>${runProps(props)}${textElement(text)}</w:r>`;
}

/** A line break (Markdown hard break, `<br>`). */
export function breakRun(): string {
  return '<w:r><w:br/></w:r>';
}

/** A tab, then text (right-aligned columns in the letterhead and footer). */
export function tabRun(text: string, props: RunProps = {}): string {
  return `<w:r>${runProps(props)}<w:tab/>${textElement(text)}</w:r>`;
}

/** A line break, then text (the signature's second line: parti and roll). */
export function breakThenText(text: string): string {
  return `<w:r><w:br/>${textElement(text)}</w:r>`;
}

export function hyperlink(relationshipId: string, runs: string): string {
  return `<w:hyperlink r:id="${escapeAttr(relationshipId)}" w:history="1">${runs}</w:hyperlink>`;
}

export function footnoteReference(id: number): string {
  return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
}

/** The mark at the start of a footnote's own text. */
export const FOOTNOTE_REF_MARK = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>';

/**
 * A field (PAGE, NUMPAGES) as a complex field: begin, instruction, separate, the result shown
 * until a reader updates it, end.
 */
export function field(instruction: string, placeholder = '1'): string {
  return (
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
    `<w:r><w:instrText xml:space="preserve"> ${escapeText(instruction)} </w:instrText></w:r>` +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
    `<w:r><w:rPr><w:noProof/></w:rPr>${textElement(placeholder)}</w:r>` +
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
  );
}

export type Alignment = 'left' | 'right' | 'center';

export interface TabStop {
  type: 'left' | 'right';
  position: number;
}

export interface ParagraphProps {
  style?: string | undefined;
  keepNext?: boolean | undefined;
  keepLines?: boolean | undefined;
  /** List numbering: w:num id and level (0–8). */
  numbering?: { numId: number; level: number } | undefined;
  /** A bottom border (thematic break). */
  bottomBorder?: { size: number; color: string; space: number } | undefined;
  /** A top border (the line a signature is written on, with the name under it). */
  topBorder?: { size: number; color: string; space: number } | undefined;
  tabs?: readonly TabStop[] | undefined;
  spacing?: { before?: number | undefined; after?: number | undefined; line?: number | undefined } | undefined;
  indent?: { left?: number | undefined; right?: number | undefined; hanging?: number | undefined } | undefined;
  alignment?: Alignment | undefined;
  /** Outline level (0-based), for headings in styles. */
  outlineLevel?: number | undefined;
  /** Section properties that end the section with this paragraph. */
  sectPr?: string | undefined;
}

/**
 * w:pPr in CT_PPr order: pStyle, keepNext, keepLines, …, numPr, …, pBdr, …, tabs, …, spacing, ind,
 * …, jc, …, outlineLvl, …, sectPr.
 */
export function paragraphProps(p: ParagraphProps): string {
  let out = '';
  if (p.style) out += `<w:pStyle w:val="${escapeAttr(p.style)}"/>`;
  if (p.keepNext) out += '<w:keepNext/>';
  if (p.keepLines) out += '<w:keepLines/>';
  if (p.numbering) out += `<w:numPr><w:ilvl w:val="${p.numbering.level}"/><w:numId w:val="${p.numbering.numId}"/></w:numPr>`;
  if (p.topBorder || p.bottomBorder) {
    // CT_PBdr: top before bottom.
    const side = (name: string, b: { size: number; color: string; space: number } | undefined) =>
      b ? `<w:${name} w:val="single" w:sz="${b.size}" w:space="${b.space}" w:color="${b.color}"/>` : '';
    out += `<w:pBdr>${side('top', p.topBorder)}${side('bottom', p.bottomBorder)}</w:pBdr>`;
  }
  if (p.tabs?.length) out += `<w:tabs>${p.tabs.map((t) => `<w:tab w:val="${t.type}" w:pos="${t.position}"/>`).join('')}</w:tabs>`;
  if (p.spacing) {
    const s = p.spacing;
    let attrs = '';
    if (s.before !== undefined) attrs += ` w:before="${s.before}"`;
    if (s.after !== undefined) attrs += ` w:after="${s.after}"`;
    if (s.line !== undefined) attrs += ` w:line="${s.line}" w:lineRule="auto"`;
    if (attrs) out += `<w:spacing${attrs}/>`;
  }
  if (p.indent) {
    const i = p.indent;
    let attrs = '';
    if (i.left !== undefined) attrs += ` w:left="${i.left}"`;
    if (i.right !== undefined) attrs += ` w:right="${i.right}"`;
    if (i.hanging !== undefined) attrs += ` w:hanging="${i.hanging}"`;
    if (attrs) out += `<w:ind${attrs}/>`;
  }
  if (p.alignment) out += `<w:jc w:val="${p.alignment}"/>`;
  if (p.outlineLevel !== undefined) out += `<w:outlineLvl w:val="${p.outlineLevel}"/>`;
  if (p.sectPr) out += p.sectPr;
  return out ? `<w:pPr>${out}</w:pPr>` : '';
}

/** A paragraph: its properties, then its content (runs, hyperlinks). */
export function paragraph(props: ParagraphProps, content = ''): string {
  return `<w:p>${paragraphProps(props)}${content}</w:p>`;
}

/**
 * A table of equal columns (`width` twips each, or one width per column) in the Table Grid style (its
 * borders come from the style, so a kommun's template styles our tables); the first row repeats as header
 * row on every page (w:tblHeader) and the table look names it as the header row; no row breaks across pages.
 */
export function table(rows: readonly (readonly string[])[], columns: number, width: number | readonly number[]): string {
  const widths = typeof width === 'number' ? Array.from({ length: columns }, () => width) : width;
  let out =
    '<w:tbl><w:tblPr>' +
    `<w:tblStyle w:val="${TABLE_STYLE}"/>` +
    `<w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/>` +
    '<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>' +
    '</w:tblPr><w:tblGrid>';
  for (let c = 0; c < columns; c++) out += `<w:gridCol w:w="${widths[c]}"/>`;
  out += '</w:tblGrid>';
  rows.forEach((cells, r) => {
    // CT_TrPr: cantSplit before tblHeader.
    out += `<w:tr><w:trPr><w:cantSplit/>${r === 0 ? '<w:tblHeader/>' : ''}</w:trPr>`;
    cells.forEach((cell, c) => {
      out += `<w:tc><w:tcPr><w:tcW w:w="${widths[c] ?? widths[widths.length - 1]}" w:type="dxa"/></w:tcPr>${cell}</w:tc>`;
    });
    out += '</w:tr>';
  });
  return `${out}</w:tbl>`;
}

/** The table style id (Word's built-in Table Grid). */
const TABLE_STYLE = 'TableGrid';

export interface PageSetup {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number; header: number; footer: number };
}

/** A header or footer reference of a section. */
export interface PartReference {
  kind: 'header' | 'footer';
  type: 'default' | 'first' | 'even';
  relationshipId: string;
}

/**
 * w:sectPr in CT_SectPr order: header/footer references, (type), pgSz, pgMar, cols, titlePg, docGrid.
 * Sections start on a new page. `footer` is a default footer's relationship id, or a list of references.
 */
export function sectionProperties(
  page: PageSetup,
  footer: string | readonly PartReference[],
  options: { titlePage?: boolean; lineNumbers?: boolean | undefined } = {},
): string {
  const m = page.margin;
  const refs: readonly PartReference[] = typeof footer === 'string' ? [{ kind: 'footer', type: 'default', relationshipId: footer }] : footer;
  return (
    '<w:sectPr>' +
    refs.map((r) => `<w:${r.kind}Reference w:type="${r.type}" r:id="${escapeAttr(r.relationshipId)}"/>`).join('') +
    '<w:type w:val="nextPage"/>' +
    `<w:pgSz w:w="${page.width}" w:h="${page.height}"/>` +
    `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="${m.header}" w:footer="${m.footer}" w:gutter="0"/>` +
    // Line numbers in the margin (CT_SectPr: lnNumType after pgMar, before cols): every line, counted
    // through the document, never restarted per page or section, so "rad 14" is one line in Word and PDF.
    (options.lineNumbers ? '<w:lnNumType w:countBy="1" w:distance="284" w:restart="continuous"/>' : '') +
    '<w:cols w:space="708"/>' +
    (options.titlePage ? '<w:titlePg/>' : '') +
    '<w:docGrid w:linePitch="360"/>' +
    '</w:sectPr>'
  );
}
