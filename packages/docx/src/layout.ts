/**
 * Page, styles and list numbering of the exported documents: A4, the margins and type of Swedish
 * municipal papers (tjänsteskrivelser, kallelser), and Word's own style ids so that Word's navigation
 * pane, pandoc and python-docx recognise headings, quotes and list paragraphs.
 */
import {
  AlignmentType,
  LevelFormat,
  convertMillimetersToTwip,
  type ILevelsOptions,
  type INumberingOptions,
  type IStylesOptions,
} from 'docx';

const mm = convertMillimetersToTwip;

/** A4 in twips (210 × 297 mm). */
export const PAGE = { width: 11906, height: 16838 } as const;

/**
 * Margins: 25 mm left (room for archive binding and the margin notes nämnd secretaries make),
 * 20 mm right, 20 mm top, 25 mm bottom, header/footer 12 mm from the edge.
 */
export const MARGIN = {
  top: 1134,
  right: 1134,
  bottom: 1417,
  left: 1417,
  header: 680,
  footer: 680,
} as const;

/** Width of the text column, for right tab stops and table widths. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** A tab stop at the right margin (styles cannot carry tab stops in docx, so paragraphs do). */
export const RIGHT_TAB = [{ type: 'right', position: TEXT_WIDTH }] as const;

export const LANGUAGE = 'sv-SE';

export const BODY_FONT = 'Times New Roman';
export const HEADING_FONT = 'Arial';
export const CODE_FONT = 'Courier New';

/** Paragraph style ids written by the exporter (Word's built-in ids where one exists). */
export const STYLE = {
  normal: 'Normal',
  heading: (level: number) => `Heading${Math.min(Math.max(level, 1), 6)}`,
  quote: 'Quote',
  code: 'SourceCode',
  listParagraph: 'ListParagraph',
  footnoteText: 'FootnoteText',
  footer: 'Footer',
  /** The first-page block (kommun, kind, datum, dnr). */
  letterhead: 'Brevhuvud',
  /** The signature block. */
  signature: 'Underskrift',
  /** Labels in the agenda ("Förslag till beslut", "Dnr"). */
  label: 'Etikett',
} as const;

export const CHAR_STYLE = {
  hyperlink: 'Hyperlink',
  code: 'VerbatimChar',
} as const;

const basedOnNormal = { basedOn: STYLE.normal, next: STYLE.normal, quickFormat: true } as const;

function heading(level: number, sizePt: number) {
  return {
    id: STYLE.heading(level),
    name: `Heading ${level}`,
    ...basedOnNormal,
    run: { font: HEADING_FONT, size: sizePt * 2, bold: true },
    paragraph: {
      spacing: { before: level === 1 ? 0 : 240, after: 120 },
      keepNext: true,
      keepLines: true,
      outlineLevel: level - 1,
    },
  };
}

/** Styles: Normal is the base of every paragraph style (pandoc needs it to see the headings). */
export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: BODY_FONT, size: 24, language: { value: LANGUAGE } },
        paragraph: { spacing: { after: 120, line: 264 } },
      },
    },
    paragraphStyles: [
      { id: STYLE.normal, name: 'Normal', quickFormat: true, run: { font: BODY_FONT, size: 24 } },
      heading(1, 16),
      heading(2, 13),
      heading(3, 12),
      heading(4, 12),
      heading(5, 12),
      heading(6, 12),
      {
        id: STYLE.quote,
        name: 'Quote',
        ...basedOnNormal,
        run: { italics: true },
        paragraph: { indent: { left: mm(10), right: mm(10) } },
      },
      {
        id: STYLE.code,
        name: 'Source Code',
        ...basedOnNormal,
        run: { font: CODE_FONT, size: 20 },
        paragraph: { spacing: { after: 0 } },
      },
      { id: STYLE.listParagraph, name: 'List Paragraph', ...basedOnNormal, paragraph: { spacing: { after: 60 } } },
      { id: STYLE.footnoteText, name: 'footnote text', ...basedOnNormal, run: { size: 20 }, paragraph: { spacing: { after: 0 } } },
      { id: STYLE.footer, name: 'footer', ...basedOnNormal, run: { font: HEADING_FONT, size: 16 }, paragraph: { spacing: { after: 0 } } },
      {
        id: STYLE.letterhead,
        name: 'Brevhuvud',
        ...basedOnNormal,
        run: { font: HEADING_FONT, size: 20 },
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: STYLE.signature,
        name: 'Underskrift',
        ...basedOnNormal,
        paragraph: { spacing: { before: 480, after: 0 }, keepLines: true, keepNext: false },
      },
      { id: STYLE.label, name: 'Etikett', ...basedOnNormal, run: { bold: true }, paragraph: { spacing: { before: 120, after: 60 }, keepNext: true } },
    ],
    characterStyles: [
      { id: CHAR_STYLE.hyperlink, name: 'Hyperlink', basedOn: 'DefaultParagraphFont', run: { color: '0563C1', underline: { type: 'single' } } },
      { id: CHAR_STYLE.code, name: 'Verbatim Char', basedOn: 'DefaultParagraphFont', run: { font: CODE_FONT, size: 20 } },
    ],
  };
}

export const NUMBERING = {
  bullet: 'punktlista',
  ordered: 'numrerad-lista',
} as const;

const BULLETS = ['•', '–', '▪'];

function levels(kind: 'bullet' | 'ordered', start = 1): ILevelsOptions[] {
  const out: ILevelsOptions[] = [];
  for (let level = 0; level < 9; level++) {
    const indent = { left: mm(8 + level * 7), hanging: mm(6) };
    out.push(
      kind === 'bullet'
        ? { level, format: LevelFormat.BULLET, text: BULLETS[level % BULLETS.length]!, alignment: AlignmentType.LEFT, style: { paragraph: { indent } } }
        : {
            level,
            format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level % 3]!,
            text: `%${level + 1}.`,
            start: level === 0 ? start : 1,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent } },
          },
    );
  }
  return out;
}

/** Numbering definitions: bullets, decimal lists, and one decimal list per other start number used. */
export function documentNumbering(starts: Iterable<number>): INumberingOptions {
  const config: { reference: string; levels: ILevelsOptions[] }[] = [
    { reference: NUMBERING.bullet, levels: levels('bullet') },
    { reference: NUMBERING.ordered, levels: levels('ordered') },
  ];
  for (const start of [...new Set(starts)].sort((a, b) => a - b)) {
    if (start !== 1) config.push({ reference: orderedReference(start), levels: levels('ordered', start) });
  }
  return { config };
}

export function orderedReference(start: number): string {
  return start === 1 ? NUMBERING.ordered : `${NUMBERING.ordered}-${start}`;
}
