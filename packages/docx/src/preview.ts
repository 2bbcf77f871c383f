/**
 * The draft as the Word document will read, as HTML for the editor's preview ("Förhandsgranska"): the
 * same blocks the export writes (draftBlocks: letterhead, rubrik, sections, numbered att-satser,
 * signature), read back from their WordprocessingML into HTML, styled from the export's own style
 * definitions (STYLES) and page (layout.ts). Nothing is written and no image is read: a picture shows as
 * its alt text. The XML read here is only what this package writes, so a small tokenizer does.
 */
import { dnrText, draftBlocks } from './draft.js';
import { DocumentState } from './document-state.js';
import { BODY_FONT, MARGIN, PAGE } from './layout.js';
import { STYLES, type StyleDef } from './styles.js';
import { listIndent } from './numbering.js';
import type { ExportableDraft } from './types.js';
import { escapeHtml } from './xml.js';

const BULLETS = ['•', '–', '▪'];

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, n: string) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&amp;/g, '&');
const attr = (attrs: string, name: string) => {
  const m = new RegExp(`${name}="([^"]*)"`).exec(attrs);
  return m ? unescapeXml(m[1]!) : undefined;
};
const cssClass = (style: string) => `s-${style.replace(/[^A-Za-z0-9_-]/g, '_')}`;
const pt = (twips: number) => `${twips / 20}pt`;

/** CSS for the export's styles: fonts, sizes, weight, spacing and indents as Word applies them. */
export function previewCss(): string {
  const mmOf = (twips: number) => `${((twips / 20 / 72) * 25.4).toFixed(1)}mm`;
  const rules = [
    `body { background: #e8e8e8; margin: 0; padding: 16px 0; color: #000; }`,
    // A4 with the export's margins; in a panel narrower than the page, the page narrows (the margins in
    // proportion) rather than hiding the letterhead's right column.
    `.page { background: #fff; width: ${mmOf(PAGE.width)}; max-width: calc(100% - 16px); min-height: ${mmOf(PAGE.height)}; box-sizing: border-box; margin: 0 auto;` +
      ` padding: ${mmOf(MARGIN.top)} min(${mmOf(MARGIN.right)}, 8%) ${mmOf(MARGIN.bottom)} min(${mmOf(MARGIN.left)}, 10%);` +
      ` box-shadow: 0 1px 4px rgba(0,0,0,.3); font-family: '${BODY_FONT}', serif; font-size: 12pt; line-height: 1.15; }`,
    `.page p { margin: 0 0 8pt 0; }`,
    `.tabbed { display: flex; justify-content: space-between; gap: 1em; }`,
    `.num { display: inline-block; min-width: 6mm; }`,
    `.image { font-style: italic; color: #555; }`,
    `table { border-collapse: collapse; margin: 0 0 8pt 0; } td { border: 1px solid #000; padding: 0 5.4pt; vertical-align: top; }`,
    `.footer { color: #555; border-top: 1px solid #ccc; margin-top: 24pt; padding-top: 4pt; font-size: 8pt; font-family: Arial, sans-serif; }`,
  ];
  for (const s of STYLES) {
    if (s.type !== 'paragraph' && s.type !== 'character') continue;
    rules.push(`.${cssClass(s.id)} { ${declarations(s)} }`);
  }
  return rules.join('\n');
}

function declarations(s: StyleDef): string {
  const out: string[] = [];
  const r = s.run;
  if (r?.font) out.push(`font-family: '${r.font}', ${/Arial|Helvetica/.test(r.font) ? 'sans-serif' : /Courier/.test(r.font) ? 'monospace' : 'serif'}`);
  if (r?.size) out.push(`font-size: ${r.size / 2}pt`);
  if (r?.bold) out.push('font-weight: bold');
  if (r?.italics) out.push('font-style: italic');
  if (r?.color) out.push(`color: #${r.color}`);
  if (r?.underline) out.push('text-decoration: underline');
  const p = s.paragraph;
  if (p?.spacing?.before !== undefined) out.push(`margin-top: ${pt(p.spacing.before)}`);
  if (p?.spacing?.after !== undefined) out.push(`margin-bottom: ${pt(p.spacing.after)}`);
  if (p?.indent?.left !== undefined) out.push(`margin-left: ${pt(p.indent.left)}`);
  if (p?.indent?.right !== undefined) out.push(`margin-right: ${pt(p.indent.right)}`);
  return out.join('; ');
}

/** The body of the preview: one page-like column holding the document's paragraphs and tables. */
export function previewHtml(draft: ExportableDraft, options: { withContactDetails?: boolean } = {}): string {
  const state = new DocumentState();
  const blocks = draftBlocks(draft, state, options);
  const lists = new Map(state.lists.map((l) => [l.numId, l]));
  const counters = new Map<number, number[]>();
  const html: string[] = [];

  for (const block of blocks) blockHtml(block, lists, counters, html);
  // The footer Word repeats on every page (the diarienummer), once at the end here.
  const footerText = dnrText(draft.metadata.diarienummer);
  const footer = footerText ? `<div class="footer">${escapeHtml(footerText)}</div>` : '';
  return `<div class="page">${html.join('\n')}${footer}</div>`;
}

/** A paragraph being read from WordprocessingML: its properties, and its text in parts split at tabs. */
interface PreviewParagraph {
  style?: string;
  numId?: number;
  level?: number;
  align?: string;
  indentLeft?: number;
  border?: boolean;
  rightTab?: boolean;
  parts: string[][];
}

/** What the preview needs of a numbering instance. */
type PreviewList = { kind: 'bullet' | 'ordered'; start: number };

const TOKEN = /<(\/?)([\w:]+)((?:\s+[\w:]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;

/** One block of the document's XML (a paragraph or a table) as HTML, appended to `html`. */
function blockHtml(block: string, lists: Map<number, PreviewList>, counters: Map<number, number[]>, html: string[]): void {
  TOKEN.lastIndex = 0;
  let skip = 0; // inside an element whose content is not shown (pPr, rPr, instrText, drawing, delText)
  let para: PreviewParagraph | undefined;
  let run: { bold?: boolean; italics?: boolean; strike?: boolean; style?: string } = {};
  let inTabs = false;
  const out = (text: string) => {
    if (para) para.parts[para.parts.length - 1]!.push(text);
  };
  for (let m = TOKEN.exec(block); m; m = TOKEN.exec(block)) {
    const [, close, name, attrs = '', selfClosing, text] = m;
    if (text !== undefined) {
      if (!skip && para) out(wrap(escapeHtml(unescapeXml(text)), run));
      continue;
    }
    const open = !close;
    const empty = !!selfClosing;
    switch (name) {
      case 'w:p':
        if (open) para = { parts: [[]] };
        else if (para) {
          html.push(paragraphHtml(para, lists, counters));
          para = undefined;
        }
        break;
      case 'w:pPr':
      case 'w:rPr':
        break;
      case 'w:pStyle':
        if (para) para.style = attr(attrs, 'w:val');
        break;
      case 'w:numId':
        if (para) para.numId = Number(attr(attrs, 'w:val'));
        break;
      case 'w:ilvl':
        if (para) para.level = Number(attr(attrs, 'w:val'));
        break;
      case 'w:jc':
        if (para) para.align = attr(attrs, 'w:val');
        break;
      case 'w:ind':
        if (para && attr(attrs, 'w:left')) para.indentLeft = Number(attr(attrs, 'w:left'));
        break;
      case 'w:bottom':
        if (para) para.border = true;
        break;
      case 'w:tabs':
        inTabs = open && !empty;
        break;
      case 'w:tab':
        if (inTabs) {
          if (para && attr(attrs, 'w:val') === 'right') para.rightTab = true;
        } else if (para && !skip) para.parts.push([]); // a tab in the text: a new part of the line
        break;
      case 'w:r':
        if (open) run = {};
        break;
      case 'w:b':
        run.bold = true;
        break;
      case 'w:i':
        run.italics = true;
        break;
      case 'w:strike':
        run.strike = true;
        break;
      case 'w:rStyle':
        run.style = attr(attrs, 'w:val');
        break;
      case 'w:noBreakHyphen':
        if (!skip) out('&#8209;'); // Word's non-breaking hyphen (dates, diarienummer)
        break;
      case 'w:br':
        if (!skip) out('<br>');
        break;
      case 'w:footnoteReference':
        out(`<sup>${escapeHtml(attr(attrs, 'w:id') ?? '')}</sup>`);
        break;
      case 'wp:docPr':
        out(`<span class="image">[${escapeHtml(attr(attrs, 'descr') || 'bild')}]</span>`);
        break;
      case 'w:instrText':
      case 'w:drawing':
      case 'w:delText':
      case 'w:sectPr':
        if (!empty) skip += open ? 1 : -1;
        break;
      case 'w:tbl':
        html.push(open ? '<table>' : '</table>');
        break;
      case 'w:tr':
        html.push(open ? '<tr>' : '</tr>');
        break;
      case 'w:tc':
        html.push(open ? '<td>' : '</td>');
        break;
      default:
    }
  }
}

function wrap(text: string, run: { bold?: boolean; italics?: boolean; strike?: boolean; style?: string }): string {
  let out = text;
  if (run.bold) out = `<b>${out}</b>`;
  if (run.italics) out = `<i>${out}</i>`;
  if (run.strike) out = `<s>${out}</s>`;
  if (run.style) out = `<span class="${cssClass(run.style)}">${out}</span>`;
  return out;
}

function paragraphHtml(p: PreviewParagraph, lists: Map<number, PreviewList>, counters: Map<number, number[]>): string {
  let number = '';
  if (p.numId !== undefined && lists.has(p.numId)) {
    const list = lists.get(p.numId)!;
    const level = p.level ?? 0;
    const count = counters.get(p.numId) ?? [];
    count[level] = (count[level] ?? (level === 0 ? list.start - 1 : 0)) + 1;
    count.length = level + 1; // deeper levels start again
    counters.set(p.numId, count);
    const n = count[level]!;
    number =
      list.kind === 'bullet'
        ? BULLETS[level % BULLETS.length]!
        : level % 3 === 0
          ? `${n}.`
          : level % 3 === 1
            ? `${String.fromCharCode(96 + ((n - 1) % 26) + 1)}.`
            : `${roman(n)}.`;
  }
  const style: string[] = [];
  if (p.align && p.align !== 'left') style.push(`text-align: ${p.align === 'both' ? 'justify' : p.align}`);
  if (p.indentLeft !== undefined) style.push(`margin-left: ${pt(p.indentLeft)}`);
  else if (number) {
    // The list's indentation from numbering.xml: the text at `left`, the number hanging before it.
    const { left, hanging } = listIndent(p.level ?? 0);
    style.push(`margin-left: ${pt(left - hanging)}`);
  }
  if (p.border) style.push('border-bottom: 1px solid #808080; padding-bottom: 3pt');
  const classes = [p.style ? cssClass(p.style) : '', p.rightTab && p.parts.length > 1 ? 'tabbed' : ''].filter(Boolean).join(' ');
  const content =
    p.rightTab && p.parts.length > 1
      ? p.parts.map((part) => `<span>${part.join('')}</span>`).join('')
      : p.parts.map((part) => part.join('')).join('<span style="display:inline-block;width:2em"></span>');
  const tag = /^Heading([1-6])$/.exec(p.style ?? '')?.[1];
  const element = tag ? `h${tag}` : 'p';
  return `<${element}${classes ? ` class="${classes}"` : ''}${style.length ? ` style="${style.join('; ')}"` : ''}>${number ? `<span class="num">${number}</span>` : ''}${content || '&#8203;'}</${element}>`;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [value, letters] of table)
    while (n >= value) {
      out += letters;
      n -= value;
    }
  return out;
}
