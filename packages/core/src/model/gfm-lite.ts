import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Link, Nodes, Root, RootContent, Text } from 'mdast';
import type { Processor } from 'unified';

/** One GFM construct: its micromark and mdast extensions, and whether a text can hold it at all. */
interface Construct {
  micromark: () => unknown;
  fromMarkdown: () => unknown;
  /**
   * False only when the text cannot hold the construct (a necessary character is missing): then the
   * extension would change nothing, and leaving it out saves its work at every line or bracket.
   */
  possible: (text: string) => boolean;
}

const CONSTRUCTS: readonly Construct[] = [
  { micromark: gfmFootnote, fromMarkdown: gfmFootnoteFromMarkdown, possible: (t) => t.includes('[^') },
  { micromark: gfmStrikethrough, fromMarkdown: gfmStrikethroughFromMarkdown, possible: (t) => t.includes('~') },
  // A table needs a pipe, or a delimiter row with a colon beside a dash (":--", "--:"): without either,
  // "a" over "---" is a heading and "- :" a list item.
  { micromark: gfmTable, fromMarkdown: gfmTableFromMarkdown, possible: (t) => t.includes('|') || t.includes(':-') || t.includes('-:') },
  { micromark: gfmTaskListItem, fromMarkdown: gfmTaskListItemFromMarkdown, possible: (t) => /\[[\sxX]\]/.test(t) },
];

/**
 * GFM as remark-gfm parses it (tables, footnotes, strikethrough, task lists), except for literal
 * autolinks: micromark's autolink-literal extension inspects every character of text and made a
 * 30-page draft parse ~50 % slower (107 → 157 ms warm). Bare http(s):// and www. addresses are
 * turned into links afterwards by `linkBareUrls`, which is what a reader of a draft needs.
 * `only` (a bit per construct, in CONSTRUCTS' order) leaves out the others (see `gfmConstructsIn`).
 */
export function remarkGfmLite(this: Processor, only = (1 << CONSTRUCTS.length) - 1): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  const chosen = CONSTRUCTS.filter((_, i) => only & (1 << i));
  (data.micromarkExtensions ??= []).push(...chosen.map((c) => c.micromark()));
  (data.fromMarkdownExtensions ??= []).push(...chosen.map((c) => c.fromMarkdown()));
}

/**
 * Which GFM constructs `text` can hold, as remarkGfmLite's `only`. A parser with just those gives the
 * same tree as one with all four (a test compares them on every example and template and on texts made
 * of the constructs' own characters), and a short draft without tables, footnotes, strikethrough or task
 * lists, the common case, parses about a quarter faster in a fresh process, where every extension's
 * code would also be compiled on first use.
 */
export function gfmConstructsIn(text: string): number {
  let bits = 0;
  CONSTRUCTS.forEach((c, i) => {
    if (c.possible(text)) bits |= 1 << i;
  });
  return bits;
}

/** A bare address: http(s):// or www., ending before trailing punctuation. */
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()[\]]*[^\s<>()[\].,;:!?'"”»]/g;

/** Turns bare URLs in text nodes (outside links) into link nodes, keeping positions. */
export function linkBareUrls(tree: Root): void {
  const walk = (node: Nodes) => {
    if (!('children' in node) || node.type === 'link' || node.type === 'linkReference') return;
    const out: RootContent[] = [];
    let changed = false;
    for (const child of node.children) {
      if (child.type === 'text' && (child.value.includes('http') || child.value.includes('www.'))) {
        const parts = splitUrls(child);
        if (parts.length > 1 || parts[0] !== child) changed = true;
        // Not push(...parts): 70,000 addresses in one paragraph would overflow the call stack.
        for (const part of parts) out.push(part);
      } else {
        walk(child);
        out.push(child);
      }
    }
    // The links replace text nodes in the same parent: phrasing content where there was phrasing content.
    if (changed) (node as { children: RootContent[] }).children = out;
  };
  walk(tree);
}

function splitUrls(node: Text): (Text | Link)[] {
  const value = node.value;
  const start = node.position?.start;
  // Only a text node whose source is its value maps offsets exactly; others keep their URLs as text.
  const exact = start !== undefined && node.position!.end.offset! - start.offset! === value.length && !value.includes('\n');
  const out: (Text | Link)[] = [];
  let last = 0;
  BARE_URL.lastIndex = 0;
  for (let m = BARE_URL.exec(value); m; m = BARE_URL.exec(value)) {
    if (!exact) break;
    const pos = (o: number) => ({ line: start!.line, column: start!.column + o, offset: start!.offset! + o });
    if (m.index > last) out.push({ type: 'text', value: value.slice(last, m.index), position: { start: pos(last), end: pos(m.index) } });
    const url = m[0].startsWith('www.') ? `http://${m[0]}` : m[0];
    const range = { start: pos(m.index), end: pos(m.index + m[0].length) };
    out.push({ type: 'link', url, title: null, children: [{ type: 'text', value: m[0], position: range }], position: range });
    last = m.index + m[0].length;
  }
  if (out.length === 0) return [node];
  if (last < value.length)
    out.push({
      type: 'text',
      value: value.slice(last),
      position: { start: { line: start!.line, column: start!.column + last, offset: start!.offset! + last }, end: node.position!.end },
    });
  return out;
}
