/**
 * What is printed is what is checked (issue 17). The text each output prints (the Word export, the kallelse,
 * the protokoll and its utdrag, the web page's Word file) is not the Markdown source: header values are
 * YAML-decoded (`"8\u00311218-9876"`), inline text has its markup, entities and comments removed
 * (`**8112**18&#45;98<!-- -->76`), and a reader does not see soft hyphens, zero-width characters or bidi
 * controls; full-width digits read as digits. This module produces that text, as segments whose every
 * character knows the source span it came from, and runs the personnummer and contact-detail searches on
 * it as well as on the source, reporting at the source.
 *
 * The segments: every string value in the frontmatter (keys are not printed); every run of inline content
 * in the body (a paragraph, a heading, a table cell; text, code, image alt text, the text left of raw HTML
 * once tags and comments are gone, a hard break as a line break); every code block; and every table row
 * with its cells joined by a tab, so that a date in one cell and four digits in the next are read as one
 * number.
 */
import { isScalar, visit } from 'yaml';
import type { Root } from 'mdast';
import { findIdentityNumbers, type IdentityNumber } from './personal-data.js';
import { findContactDetails, type ContactDetail } from './contact-details.js';
import { alignValue } from './model/source-map.js';
import type { Draft } from './model/types.js';

/** A piece of printed text: `text[i]` came from source offsets `from[i]`..`to[i]` of Draft.text. */
export interface PrintedSegment {
  text: string;
  from: Int32Array;
  to: Int32Array;
  /** Where it is printed: the header or the body. */
  where: 'header' | 'body';
}

/** Characters a reader does not see: soft hyphen, zero-width, word joiner, byte-order mark, bidi controls. */
// A literal class holding combining marks (U+034F, the variation selectors) is flagged by the linter as a
// mistake, so they are matched by an alternation.
const INVISIBLE =
  /[\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0]|\u034f|[\u180b-\u180d]|[\ufe00-\ufe0f]/u;
const INVISIBLE_G = new RegExp(INVISIBLE.source, 'gu');
/** Raw HTML a reader does not see: comments, declarations, processing instructions, tags (the exporter drops them). */
const HTML_MARKUP = /<!--[\s\S]*?-->|<![^>]*>|<\?[\s\S]*?\?>|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^>]*)?\/?>/g;

/**
 * Builds a segment piece by piece, each piece with its source span. The spans go straight into typed
 * arrays that grow by doubling: every character of every draft passes through here (the personnummer
 * and contact-detail rules read the printed text), and a number array per character plus a call per
 * character was the biggest cost of checking a folder of drafts.
 */
class SegmentBuilder {
  private parts: string[] = [];
  private from = new Int32Array(64);
  private to = new Int32Array(64);
  private n = 0;
  constructor(readonly where: PrintedSegment['where']) {}
  private reserve(count: number): void {
    if (this.n + count <= this.from.length) return;
    let size = this.from.length * 2;
    while (size < this.n + count) size *= 2;
    const from = new Int32Array(size);
    const to = new Int32Array(size);
    from.set(this.from.subarray(0, this.n));
    to.set(this.to.subarray(0, this.n));
    this.from = from;
    this.to = to;
  }
  /** `value` written as it is at source offset `start` onwards: character i came from start + i. */
  pushRun(value: string, start: number): void {
    this.reserve(value.length);
    for (let i = 0; i < value.length; i++) {
      this.from[this.n] = start + i;
      this.to[this.n] = start + i + 1;
      this.n++;
    }
    this.parts.push(value);
  }
  /** `value` whose i-th character came from `start + map.start[i]`..`start + map.end[i]`. */
  pushMapped(value: string, start: number, map: { start: Int32Array; end: Int32Array }): void {
    this.reserve(value.length);
    for (let i = 0; i < value.length; i++) {
      this.from[this.n] = start + map.start[i]!;
      this.to[this.n] = start + map.end[i]!;
      this.n++;
    }
    this.parts.push(value);
  }
  /** `value` printed from the source span start..end as a whole. */
  pushWhole(value: string, start: number, end: number): void {
    this.reserve(value.length);
    this.from.fill(start, this.n, this.n + value.length);
    this.to.fill(end, this.n, this.n + value.length);
    this.n += value.length;
    this.parts.push(value);
  }
  get length(): number {
    return this.n;
  }
  build(): PrintedSegment {
    return { text: this.parts.join(''), from: this.from.slice(0, this.n), to: this.to.slice(0, this.n), where: this.where };
  }
}

/** What a character (one code point) reads as: '' when invisible, else its NFKC form (cached: few distinct ones). */
const readForms = new Map<string, string>();
function readForm(ch: string): string {
  let form = readForms.get(ch);
  if (form === undefined) {
    form = INVISIBLE.test(ch) ? '' : ch.normalize('NFKC').replace(INVISIBLE_G, '');
    readForms.set(ch, form);
  }
  return form;
}

/**
 * The segment as a reader reads it: invisible characters dropped and each character in its compatibility
 * form (NFKC: full-width and other styled digits become 0–9). Positions are carried along.
 */
function asRead(segment: PrintedSegment): PrintedSegment {
  const { text } = segment;
  // Plain ASCII text reads as it is written: the common case costs one test.
  if (/^[\u0000-\u007f]*$/.test(text)) return segment;
  // Swedish text has å, ä, ö, §, dashes…: they read as written too. Find the first character that does not;
  // when there is none, the segment is its own reading.
  let first = -1;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (cp >= 0xa0) {
      const ch = width === 1 ? text[i]! : text.slice(i, i + width);
      if (readForm(ch) !== ch) {
        first = i;
        break;
      }
    }
    i += width;
  }
  if (first < 0) return segment;
  const out = new SegmentBuilder(segment.where);
  // Up to the first change, characters are one to one (a surrogate pair keeps its span: from of its first
  // unit, to of its last, as below).
  for (let i = 0; i < first; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    out.pushWhole(width === 1 ? text[i]! : text.slice(i, i + width), segment.from[i]!, segment.to[i + width - 1]!);
    i += width;
  }
  for (let i = first; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = width === 1 ? text[i]! : text.slice(i, i + width);
    const from = segment.from[i]!;
    const to = segment.to[i + width - 1]!;
    i += width;
    if (cp < 0xa0) {
      out.pushWhole(ch, from, to);
      continue;
    }
    const form = readForm(ch);
    if (form) out.pushWhole(form, from, to);
  }
  return out.build();
}

/** Every string value of the frontmatter, YAML-decoded, each mapped to its source node. */
function headerSegments(draft: Draft): PrintedSegment[] {
  const fm = draft.frontmatter;
  if (!fm || fm.shapeProblem) return [];
  const out: PrintedSegment[] = [];
  visit(fm.document, {
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range || !isScalar(node)) return;
      const value = node.value;
      const start = fm.offset + node.range[0];
      const end = fm.offset + node.range[1];
      const b = new SegmentBuilder('header');
      const source = draft.text.slice(start, end);
      // A plain scalar on one line is its source: exact positions. Otherwise (quotes, escapes, folding)
      // the whole node is where each character came from.
      if (source === value) b.pushRun(value, start);
      else b.pushWhole(value, start, end);
      out.push(b.build());
    },
  });
  return out;
}

type MdNode = {
  type: string;
  value?: string;
  alt?: string | null;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
};

/** Pushes the printed text of inline content (depth-first, without recursion). */
function pushInlines(nodes: readonly MdNode[], text: string, b: SegmentBuilder): void {
  const stack: MdNode[] = [...nodes].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    switch (node.type) {
      case 'text': {
        const value = node.value ?? '';
        const source = text.slice(start, end);
        // Text written as it reads (no escapes, entities or line breaks) maps one to one.
        if (source === value) {
          b.pushRun(value, start);
          break;
        }
        const map = alignValue(value, source);
        if (map) b.pushMapped(value, start, map);
        else b.pushWhole(value, start, end);
        break;
      }
      case 'inlineCode': {
        const value = node.value ?? '';
        const at = text.slice(start, end).indexOf(value);
        if (at >= 0 && value) b.pushRun(value, start + at);
        else b.pushWhole(value, start, end);
        break;
      }
      case 'break':
        b.pushWhole('\n', start, end);
        break;
      case 'html':
        pushHtml(node.value ?? '', text, start, end, b);
        break;
      case 'image':
      case 'imageReference':
        if (node.alt) b.pushWhole(node.alt, start, end);
        break;
      default:
        if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
}

/** Raw HTML as printed: what is left once tags and comments are removed. */
function pushHtml(value: string, text: string, start: number, end: number, b: SegmentBuilder): void {
  const exact = text.slice(start, end) === value;
  let last = 0;
  const keep = (from: number, to: number) => {
    if (to <= from) return;
    const part = value.slice(from, to);
    if (exact) b.pushRun(part, start + from);
    else b.pushWhole(part, start, end);
  };
  HTML_MARKUP.lastIndex = 0;
  for (let m = HTML_MARKUP.exec(value); m; m = HTML_MARKUP.exec(value)) {
    keep(last, m.index);
    last = m.index + m[0].length;
  }
  keep(last, value.length);
}

/** A code block's lines, each found in the source in order. */
function pushCode(value: string, text: string, start: number, end: number, b: SegmentBuilder): void {
  const source = text.slice(start, end);
  let at = 0;
  const lines = value.split('\n');
  lines.forEach((line, n) => {
    const found = line ? source.indexOf(line, at) : -1;
    if (found >= 0) {
      b.pushRun(line, start + found);
      at = found + line.length;
    } else b.pushWhole(line, start + at, start + Math.min(source.length, at + 1));
    if (n < lines.length - 1) b.pushWhole('\n', start + at, start + at);
  });
}

/** The body's printed text: one segment per block of inline content, code block and table row. */
function bodySegments(tree: Root, text: string): PrintedSegment[] {
  const out: PrintedSegment[] = [];
  const stack: MdNode[] = [...(tree.children as MdNode[])].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const b = new SegmentBuilder('body');
      pushInlines(node.children ?? [], text, b);
      if (b.length) out.push(b.build());
    } else if (node.type === 'code') {
      const b = new SegmentBuilder('body');
      pushCode(node.value ?? '', text, start, end, b);
      if (b.length) out.push(b.build());
    } else if (node.type === 'html') {
      const b = new SegmentBuilder('body');
      pushHtml(node.value ?? '', text, start, end, b);
      if (b.length) out.push(b.build());
    } else if (node.type === 'tableRow') {
      // The row as one line (cells joined by a tab): "811218 | 9876" is one number. The cells are also
      // read one by one (pushed below).
      const b = new SegmentBuilder('body');
      (node.children ?? []).forEach((cell, i) => {
        if (i > 0) b.pushWhole('\t', cell.position?.start.offset ?? start, cell.position?.start.offset ?? start);
        pushInlines(cell.children ?? [], text, b);
      });
      if (b.length) out.push(b.build());
      if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    } else if (node.children) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return out;
}

/** The printed text of a draft, segment by segment, as a reader reads it (see asRead). */
export function printedSegments(draft: Draft): PrintedSegment[] {
  return [...headerSegments(draft), ...bodySegments(draft.tree, draft.text)].map(asRead);
}

/** A finding's source span, from the segment offsets it was found at. */
function sourceSpan(segment: PrintedSegment, start: number, end: number): { start: number; end: number } {
  let from = segment.from[start]!;
  let to = segment.to[Math.max(start, end - 1)]!;
  if (to < from) [from, to] = [to, from];
  return { start: from, end: Math.max(to, from) };
}

/** An identity number found in the source or in the printed text, with its span in Draft.text. */
export interface FoundIdentityNumber extends IdentityNumber {
  /** True when it was only seen in the printed text (the source hides it: an escape, markup, a comment…). */
  printedOnly: boolean;
}

const memo = new WeakMap<Draft, { segments?: PrintedSegment[]; numbers?: FoundIdentityNumber[] }>();
function cached(draft: Draft) {
  let m = memo.get(draft);
  if (!m) memo.set(draft, (m = {}));
  return m;
}

/** printedSegments, computed once per draft (the rule and the CLI's guard both ask). */
function printedSegmentsOf(draft: Draft): PrintedSegment[] {
  const m = cached(draft);
  m.segments ??= printedSegments(draft);
  return m.segments;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Every personnummer and samordningsnummer in the draft, in the source and in the printed text, each once
 * (a number seen in both is reported where the source has it), in source order. Numbers with a wrong check
 * digit are included (`checkDigitValid: false`) where the writing says it is a personnummer.
 */
export function identityNumbersInDraft(draft: Draft): FoundIdentityNumber[] {
  const m = cached(draft);
  if (m.numbers) return m.numbers;
  const out: FoundIdentityNumber[] = findIdentityNumbers(draft.text, { wrongCheckDigit: true }).map((n) => ({ ...n, printedOnly: false }));
  // The limits guard refused the body: the source scan is all there is (the draft is not exported).
  const segments = draft.limit ? [] : printedSegmentsOf(draft);
  for (const segment of segments) {
    for (const n of findIdentityNumbers(segment.text, { wrongCheckDigit: true })) {
      const span = sourceSpan(segment, n.start, n.end);
      const same = out.find((o) => overlaps(o, span));
      if (same) {
        // The source had it with a wrong check digit where the printed text has a valid one: take the valid.
        if (!same.checkDigitValid && n.checkDigitValid) Object.assign(same, { ...n, ...span, text: draft.text.slice(span.start, span.end), printedOnly: true });
        continue;
      }
      out.push({ ...n, ...span, text: draft.text.slice(span.start, span.end), printedOnly: true });
    }
  }
  out.sort((a, b) => a.start - b.start);
  m.numbers = out;
  return out;
}

/** identityNumbersInDraft with a valid check digit: what the export guard refuses. */
export function validIdentityNumbersInDraft(draft: Draft): FoundIdentityNumber[] {
  return identityNumbersInDraft(draft).filter((n) => n.checkDigitValid);
}

/**
 * Contact details in the printed body text that the source does not show as such (an e-mail address with
 * an entity for "@", a comment inside a telephone number…), with spans in Draft.text.
 */
export function hiddenContactDetails(
  draft: Draft,
  kinds: readonly ContactDetail['what'][],
  inSource: readonly { start: number; end: number }[],
): ContactDetail[] {
  if (draft.limit) return [];
  const out: ContactDetail[] = [];
  for (const segment of printedSegmentsOf(draft)) {
    if (segment.where !== 'body') continue;
    for (const c of findContactDetails(segment.text, kinds)) {
      const span = sourceSpan(segment, c.start, c.end);
      if (inSource.some((s) => overlaps(s, span)) || out.some((o) => overlaps(o, span))) continue;
      out.push({ ...c, ...span });
    }
  }
  return out;
}
