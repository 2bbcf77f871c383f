/**
 * styles.xml: document defaults (Times New Roman 12 pt, sv-SE, 6 pt after), Normal as the base of
 * every paragraph style (pandoc needs it to see the headings), Heading 1–6 in Arial with their
 * outline levels, Quote, Source Code, List Paragraph, footnote and footer styles, our letterhead,
 * signature and label styles, and the Hyperlink, Verbatim Char and footnote reference character styles.
 */
import { BODY_FONT, CHAR_STYLE, CODE_FONT, HEADING_FONT, LANGUAGE, STYLE, mm } from './layout.js';
import { WML_NAMESPACES, paragraphProps, type ParagraphProps } from './wml.js';
import { XML_DECLARATION, escapeAttr } from './xml.js';

interface StyleRun {
  font?: string;
  /** Half-points. */
  size?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  underline?: boolean;
  superscript?: boolean;
}

export interface StyleDef {
  type: 'paragraph' | 'character' | 'table' | 'numbering';
  id: string;
  name: string;
  isDefault?: boolean;
  basedOn?: string;
  next?: string;
  uiPriority?: number;
  semiHidden?: boolean;
  quickFormat?: boolean;
  paragraph?: ParagraphProps;
  run?: StyleRun;
  /** Raw w:tblPr (the default table style). */
  tblPr?: string;
}

function fonts(font: string): string {
  const f = escapeAttr(font);
  return `<w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${f}" w:cs="${f}"/>`;
}

/** w:rPr of a style, in CT_RPr order: rFonts, b, bCs, i, iCs, color, sz, szCs, u, vertAlign. */
function styleRunProps(r: StyleRun): string {
  let out = '';
  if (r.font) out += fonts(r.font);
  if (r.bold) out += '<w:b/><w:bCs/>';
  if (r.italics) out += '<w:i/><w:iCs/>';
  if (r.color) out += `<w:color w:val="${r.color}"/>`;
  if (r.size) out += `<w:sz w:val="${r.size}"/><w:szCs w:val="${r.size}"/>`;
  if (r.underline) out += '<w:u w:val="single"/>';
  if (r.superscript) out += '<w:vertAlign w:val="superscript"/>';
  return out ? `<w:rPr>${out}</w:rPr>` : '';
}

/** w:style in CT_Style order: name, basedOn, next, uiPriority, semiHidden, unhideWhenUsed, qFormat, pPr, rPr, tblPr. */
export function style(s: StyleDef): string {
  let out = `<w:style w:type="${s.type}" w:styleId="${escapeAttr(s.id)}"${s.isDefault ? ' w:default="1"' : ''}><w:name w:val="${escapeAttr(s.name)}"/>`;
  if (s.basedOn) out += `<w:basedOn w:val="${s.basedOn}"/>`;
  if (s.next) out += `<w:next w:val="${s.next}"/>`;
  if (s.uiPriority !== undefined) out += `<w:uiPriority w:val="${s.uiPriority}"/>`;
  if (s.semiHidden) out += '<w:semiHidden/><w:unhideWhenUsed/>';
  if (s.quickFormat) out += '<w:qFormat/>';
  if (s.paragraph) out += paragraphProps(s.paragraph);
  if (s.run) out += styleRunProps(s.run);
  if (s.tblPr) out += s.tblPr;
  return `${out}</w:style>`;
}

const basedOnNormal = { type: 'paragraph', basedOn: STYLE.normal, next: STYLE.normal, quickFormat: true } as const;

function heading(level: number, sizePt: number): StyleDef {
  return {
    ...basedOnNormal,
    id: STYLE.heading(level),
    name: `Heading ${level}`,
    run: { font: HEADING_FONT, size: sizePt * 2, bold: true },
    paragraph: { keepNext: true, keepLines: true, spacing: { before: level === 1 ? 0 : 240, after: 120 }, outlineLevel: level - 1 },
  };
}

export const STYLES: StyleDef[] = [
  { type: 'paragraph', id: STYLE.normal, name: 'Normal', isDefault: true, quickFormat: true, run: { font: BODY_FONT, size: 24 } },
  { type: 'character', id: 'DefaultParagraphFont', name: 'Default Paragraph Font', isDefault: true, uiPriority: 1, semiHidden: true },
  {
    type: 'table',
    id: 'TableNormal',
    name: 'Normal Table',
    isDefault: true,
    uiPriority: 99,
    semiHidden: true,
    tblPr:
      '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>' +
      '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>',
  },
  {
    type: 'table',
    id: 'TableGrid',
    name: 'Table Grid',
    basedOn: 'TableNormal',
    uiPriority: 39,
    tblPr:
      '<w:tblPr><w:tblBorders>' +
      ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join('') +
      '</w:tblBorders></w:tblPr>',
  },
  { type: 'numbering', id: 'NoList', name: 'No List', isDefault: true, uiPriority: 99, semiHidden: true },
  heading(1, 16),
  heading(2, 13),
  heading(3, 12),
  heading(4, 12),
  heading(5, 12),
  heading(6, 12),
  { ...basedOnNormal, id: STYLE.quote, name: 'Quote', run: { italics: true }, paragraph: { indent: { left: mm(10), right: mm(10) } } },
  { ...basedOnNormal, id: STYLE.code, name: 'Source Code', run: { font: CODE_FONT, size: 20 }, paragraph: { spacing: { after: 0 } } },
  { ...basedOnNormal, id: STYLE.listParagraph, name: 'List Paragraph', paragraph: { spacing: { after: 60 } } },
  { ...basedOnNormal, id: STYLE.footnoteText, name: 'footnote text', run: { size: 20 }, paragraph: { spacing: { after: 0 } } },
  { ...basedOnNormal, id: STYLE.footer, name: 'footer', run: { font: HEADING_FONT, size: 16 }, paragraph: { spacing: { after: 0 } } },
  { ...basedOnNormal, id: STYLE.letterhead, name: 'Brevhuvud', run: { font: HEADING_FONT, size: 20 }, paragraph: { spacing: { after: 0 } } },
  { ...basedOnNormal, id: STYLE.signature, name: 'Underskrift', paragraph: { keepLines: true, spacing: { before: 480, after: 0 } } },
  { ...basedOnNormal, id: STYLE.label, name: 'Etikett', run: { bold: true }, paragraph: { keepNext: true, spacing: { before: 120, after: 60 } } },
  {
    type: 'character',
    id: CHAR_STYLE.hyperlink,
    name: 'Hyperlink',
    basedOn: 'DefaultParagraphFont',
    uiPriority: 99,
    run: { color: '0563C1', underline: true },
  },
  { type: 'character', id: CHAR_STYLE.code, name: 'Verbatim Char', basedOn: 'DefaultParagraphFont', run: { font: CODE_FONT, size: 20 } },
  {
    type: 'character',
    id: CHAR_STYLE.footnoteReference,
    name: 'footnote reference',
    basedOn: 'DefaultParagraphFont',
    uiPriority: 99,
    semiHidden: true,
    run: { superscript: true },
  },
];

let cached: string | undefined;

/** The styles part (the same for every document). */
export function stylesXml(): string {
  cached ??=
    `${XML_DECLARATION}<w:styles ${WML_NAMESPACES}>` +
    '<w:docDefaults><w:rPrDefault><w:rPr>' +
    `${fonts(BODY_FONT)}<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="${LANGUAGE}"/>` +
    '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    STYLES.map(style).join('') +
    '</w:styles>';
  return cached;
}
