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

/**
 * GFM as remark-gfm parses it (tables, footnotes, strikethrough, task lists), except for literal
 * autolinks: micromark's autolink-literal extension inspects every character of text and made a
 * 30-page draft parse ~50 % slower (107 → 157 ms warm). Bare http(s):// and www. addresses are
 * turned into links afterwards by `linkBareUrls`, which is what a reader of a draft needs.
 */
export function remarkGfmLite(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
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
