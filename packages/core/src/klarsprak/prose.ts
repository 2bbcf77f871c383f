/**
 * The prose of a draft, section by section: what the klarspråk rules and `arende läsbarhet` read.
 *
 * Prose is the text of paragraphs and list items. Left out: headings, block quotes (quoted statute
 * text), tables (figures), code, HTML, images, footnote definitions, lists of names (a list whose
 * items are all short and end without a full stop, like "Beslutet skickas till"), and statute
 * citations ("10 kap. 8 § socialtjänstlagen (2025:400)"), which are blanked out with spaces so that
 * every character keeps its place. Inline code is blanked too: it is a command or a key, not words.
 */
import type { Nodes, RootContent } from 'mdast';
import { draftCitations } from '../citations.js';
import type { Draft, Range, Section } from '../model/types.js';
import { words } from './lix.js';

/** One block of prose (a paragraph or a list item's paragraph) with where each character stands. */
export interface ProseBlock {
  text: string;
  /** offsets[i]: the offset in Draft.text of text[i]; offsets[text.length]: the end of the block. */
  offsets: number[];
}

export interface SectionProse {
  section: Section;
  blocks: ProseBlock[];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Items at most this long, without a closing full stop, make a list of names rather than prose. */
const NAME_ITEM_WORDS = 6;

const cache = new WeakMap<Draft, SectionProse[]>();

/** The prose of each `##` section (the preamble included), cached per draft. */
export function draftProse(draft: Draft): SectionProse[] {
  let out = cache.get(draft);
  if (!out) {
    const citations = citationSpans(draft);
    const cursor = { at: 0 };
    out = draft.sections.map((section) => ({ section, blocks: sectionBlocks(section.children, citations, cursor) }));
    cache.set(draft, out);
  }
  return out;
}

/** The range in Draft.text of characters [from, to) of a block. */
export function blockRange(draft: Draft, block: ProseBlock, from: number, to: number): Range {
  const start = block.offsets[from] ?? block.offsets[block.offsets.length - 1]!;
  // The end is just after the last character (a character may stand for more source, like "&amp;").
  const end = to > from ? block.offsets[to - 1]! + 1 : start;
  return { start: draft.pointAt(start), end: draft.pointAt(Math.max(start, end)) };
}

function citationSpans(draft: Draft): [number, number][] {
  const spans: [number, number][] = [];
  for (const c of draftCitations(draft).citations) {
    if (c.where === 'body') spans.push([c.groupRange.start.offset, c.groupRange.end.offset]);
  }
  return spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

function sectionBlocks(children: readonly RootContent[], citations: readonly [number, number][], cursor: { at: number }): ProseBlock[] {
  const out: ProseBlock[] = [];
  const visit = (node: Nodes) => {
    switch (node.type) {
      case 'paragraph': {
        const block = inlineBlock(node.children as Nodes[]);
        blankCitations(block, citations, cursor);
        if (LETTER_OR_DIGIT.test(block.text)) out.push(block);
        return;
      }
      case 'list':
        if (isNameList(node)) return;
        for (const item of node.children) for (const c of item.children) visit(c as Nodes);
        return;
      default:
        // Headings, block quotes, tables, code, HTML, definitions, thematic breaks: not prose.
        return;
    }
  };
  for (const child of children) visit(child as Nodes);
  return out;
}

function isNameList(list: Extract<Nodes, { type: 'list' }>): boolean {
  return list.children.every((item) => {
    const text = item.children
      .map((c) => (c.type === 'paragraph' ? inlineBlock(c.children as Nodes[]).text : ''))
      .join(' ')
      .trim();
    return words(text).length <= NAME_ITEM_WORDS && !/[.!?:]$/.test(text) && !/^att\s/i.test(text);
  });
}

function inlineBlock(nodes: readonly Nodes[]): ProseBlock {
  let text = '';
  const offsets: number[] = [];
  let end = 0;
  const add = (value: string, start: number, sourceLength: number) => {
    const exact = value.length === sourceLength;
    for (let i = 0; i < value.length; i++) offsets.push(exact ? start + i : start);
    text += value;
    end = start + sourceLength;
  };
  const walk = (node: Nodes) => {
    const start = node.position?.start.offset ?? end;
    const stop = node.position?.end.offset ?? start;
    switch (node.type) {
      case 'text':
        add(node.value, start, stop - start);
        return;
      case 'break':
        add(' ', start, stop - start);
        return;
      case 'inlineCode':
        add(' '.repeat(Math.max(1, stop - start)), start, stop - start);
        return;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference':
        for (const c of node.children as Nodes[]) walk(c);
        return;
      default:
        // Images, HTML, footnote references: no words of the sentence.
        add(' ', start, stop - start);
        return;
    }
  };
  for (const n of nodes) walk(n);
  offsets.push(end);
  return { text, offsets };
}

/**
 * Blanks the characters of a block that lie in a citation. Blocks come in document order and the
 * spans are sorted, so one cursor walks the spans once for the whole draft (a draft with thousands of
 * citations stays linear).
 */
function blankCitations(block: ProseBlock, spans: readonly [number, number][], cursor: { at: number }): void {
  if (cursor.at >= spans.length || block.text.length === 0) return;
  const first = block.offsets[0]!;
  const last = block.offsets[block.offsets.length - 1]!;
  while (cursor.at < spans.length && spans[cursor.at]![1] <= first) cursor.at++;
  if (cursor.at >= spans.length || spans[cursor.at]![0] >= last) return;
  let k = cursor.at;
  // The kept characters are copied in runs (slices), not one by one: this runs over most paragraphs.
  let text = '';
  let run = 0;
  for (let i = 0; i < block.text.length; i++) {
    const at = block.offsets[i]!;
    while (k < spans.length && spans[k]![1] <= at) k++;
    if (k < spans.length && spans[k]![0] <= at) {
      text += `${block.text.slice(run, i)} `;
      run = i + 1;
    }
  }
  block.text = text + block.text.slice(run);
}

/** Quotations in running text ("…", ”…”, «…»): someone else's words, which the wording rules leave alone. */
const QUOTATION = /"[^"\n]*"|“[^”\n]*”|”[^”\n]*”|«[^»\n]*»|»[^»«\n]*[»«]/g;

/** The block's text with quotations blanked (same length, so offsets still hold). */
export function withoutQuotations(text: string): string {
  return text.replace(QUOTATION, (q) => ' '.repeat(q.length));
}

/**
 * Whether a word at `index` of a block starts with a capital letter where a sentence does not start:
 * then it is a name ("Ej" at a sentence start is the word, "Ej" mid-sentence is not Swedish prose).
 */
export function isNameAt(text: string, index: number): boolean {
  const first = text[index] ?? '';
  if (first === first.toLocaleLowerCase('sv')) return false;
  const before = text.slice(0, index).trimEnd();
  return before !== '' && !/[.!?:]$/.test(before) && !/[-–•*]$/.test(before);
}
