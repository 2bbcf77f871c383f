/**
 * The draft model: what every other part of ärende (rules, export, editor features) reads.
 * Positions follow unist: line and column are 1-based, offset is 0-based into `Draft.text`
 * (the file's text with a leading byte-order mark removed, line endings as written).
 */
import type { Root, Content, Heading } from 'mdast';
import type { Document } from 'yaml';

export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Range {
  start: Point;
  end: Point;
}

import type { DraftKind } from '../kinds/index.js';
import type { LimitProblem } from './limits.js';
import type { SourceText } from './normalization.js';

// The kinds live in ../kinds/ (one file each); re-exported here because the model's types name them.
export { DRAFT_KINDS, type DraftKind } from '../kinds/index.js';

/** A person in `avsändare`: namn is required; contact details are kept out of published exports. */
export interface Person {
  namn: string;
  parti?: string;
  roll?: string;
  adress?: string;
  'e-post'?: string;
  telefon?: string;
}

export interface Uppdrag {
  beslut: string;
  datum: string;
  diarienummer?: string;
}

/** The frontmatter values, as far as they have the right type (anything else is left out here). */
export interface Metadata {
  typ?: DraftKind;
  rubrik?: string;
  datum?: string;
  mottagare?: string;
  kommun?: string;
  diarienummer?: string;
  avsändare: Person[];
  lagrum: string[];
  uppdrag?: Uppdrag;
  förvaltning?: string;
  bilagor: string[];
  beslutet_skickas_till: string[];
  /** Agenda order, when the draft carries one. */
  punkt?: number;
  /** Every key as written, for rules that need the raw values. */
  raw: Record<string, unknown>;
}

export interface Frontmatter {
  /** The YAML between the fences. */
  source: string;
  /** The whole block, from the opening `---` to the end of the closing fence line. */
  range: Range;
  /** Range of the opening `---` line. */
  openingRange: Range;
  /**
   * Range of the closing `---` line: where a missing top-level key is reported, since that is where the
   * writer adds it (on line 1 the problem was easy to miss, above everything else).
   */
  closingRange: Range;
  /** Offset of `source` in Draft.text. */
  offset: number;
  /** yaml's Document with node ranges (relative to `source`). */
  document: Document;
  /**
   * Valid YAML that cannot be read as data (a key that is a collection, an undefined or exploding
   * reference): set by parseDraft, reported by the rule frontmatter-yaml; the data is then read as empty.
   */
  shapeProblem?: { message: string; messageEn: string; start: number; end: number };
}

export interface Section {
  /** Heading text as written (without `##` and trailing colon), or '' for text before the first `##`. */
  heading: string;
  /** Lower-cased, trimmed, trailing colon removed: for matching against the known headings. */
  key: string;
  depth: number;
  headingNode?: Heading;
  /** Range of the heading line (or the start of the body for the preamble). */
  headingRange: Range;
  /** The whole section, heading included. */
  range: Range;
  /** Block nodes of the section, heading excluded. */
  children: Content[];
}

/** A proposed decision: one list item of the proposal section. */
export interface AttSats {
  /** Plain text of the item (inline formatting removed). */
  text: string;
  range: Range;
}

/** A raw citation string from the frontmatter `lagrum` list, with its range in Draft.text. */
export interface LagrumEntry {
  text: string;
  range: Range;
  index: number;
}

export interface Draft {
  /** File path as given (may be undefined for unsaved text). */
  path?: string;
  /** The text as read: NFC (issue 17), so that keys, headings and citations match however å/ä/ö were encoded. */
  text: string;
  /**
   * Set when the file's own text is not NFC (a letter plus a combining mark, from macOS or a PDF): that
   * text and how offsets of `text` map back to it. checkDraft reports in the file's own positions.
   */
  source?: SourceText;
  /** True when the file started with a byte-order mark (removed from `text`). */
  hadBom: boolean;
  /**
   * Set when the text passes one of ärende's input limits (size, nesting, brackets, table size): the body
   * was then not parsed (`tree` is empty), and this is the one problem checkDraft reports.
   */
  limit?: LimitProblem;
  frontmatter: Frontmatter | null;
  /** Set when the text opens a frontmatter block with `---` but never closes it. */
  frontmatterUnclosed: boolean;
  kind: DraftKind | undefined;
  metadata: Metadata;
  /** The whole body as one mdast tree (frontmatter excluded), positions in Draft.text. */
  tree: Root;
  /** `##`-level sections in order; sections[0] is the preamble when there is text before the first `##`. */
  sections: Section[];
  /** The proposal section (Förslag till beslut, Vi föreslår därför att, …), if any. */
  proposal: Section | undefined;
  attSatser: AttSats[];
  senders: Person[];
  lagrum: LagrumEntry[];
  /** Converts an offset in `text` to a point. */
  pointAt(offset: number): Point;
  /**
   * The range of a frontmatter node by path (e.g. ['avsändare', 0, 'namn']).
   * `part` 'key' gives the key, 'value' the value (falls back to the key for an empty value),
   * 'pair' both. Returns undefined when the path does not exist.
   */
  rangeOf(path: ReadonlyArray<string | number>, part?: 'key' | 'value' | 'pair'): Range | undefined;
}
