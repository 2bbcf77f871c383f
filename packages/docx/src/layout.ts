/**
 * Page, type and style ids of the exported documents: A4, the margins and type of Swedish municipal
 * papers (tjänsteskrivelser, kallelser), and Word's own style ids so that Word's navigation pane,
 * pandoc and python-docx recognise headings, quotes and list paragraphs. styles.ts and numbering.ts
 * write the definitions.
 */
import type { PageSetup, TabStop } from './wml.js';

/** Millimetres to twips (1/20 pt), rounded down. */
export function mm(millimetres: number): number {
  return Math.floor((millimetres / 25.4) * 72 * 20);
}

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

export const PAGE_SETUP: PageSetup = { width: PAGE.width, height: PAGE.height, margin: MARGIN };

/** Width of the text column, for right tab stops and table widths. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Height of the text area (images taller than it are scaled down to it). */
export const TEXT_HEIGHT = PAGE.height - MARGIN.top - MARGIN.bottom;

/** A tab stop at the right margin. */
export const RIGHT_TAB: readonly TabStop[] = [{ type: 'right', position: TEXT_WIDTH }];

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
  footnoteReference: 'FootnoteReference',
} as const;
