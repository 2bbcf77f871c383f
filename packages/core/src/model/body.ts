import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { gfmConstructsIn, linkBareUrls, remarkGfmLite } from './gfm-lite.js';
import type { Nodes, Root, RootContent } from 'mdast';
import type { Node, Parent } from 'unist';

/**
 * Parses the Markdown body in chunks that start at `#`/`##` headings, caching each chunk's tree by
 * its text. After an edit only the chunks whose text changed are parsed again: remark-parse costs
 * ~80 ms for a 30-page draft, a chunk a few ms, and the editor re-checks on every keystroke.
 *
 * Chunks are parsed separately, so a footnote call or link reference in one chunk would not see
 * a definition in another. Each chunk therefore gets stub definitions for the labels defined
 * elsewhere; the stubs are appended after the chunk's own text and dropped from the tree.
 */
/** The Markdown parser of drafts (exported so tests compare against one whole parse). */
export const processor = unified().use(remarkParse).use(remarkGfmLite);

/** Parsers with only some GFM constructs, by remarkGfmLite's `only` (at most 16, made on first use). */
const parsers = new Map<number, typeof processor>();

/** Parses `text` as `processor` does, with only the GFM extensions the text can use (see gfmConstructsIn). */
export function parseMarkdown(text: string): Root {
  const only = gfmConstructsIn(text);
  let parser = parsers.get(only);
  if (!parser) {
    parser = unified().use(remarkParse).use(remarkGfmLite, only) as typeof processor;
    parsers.set(only, parser);
  }
  return parser.parse(text) as Root;
}

interface CachedChunk {
  tree: Root;
  lastUsed: number;
}

const cache = new Map<string, CachedChunk>();
const CACHE_LIMIT = 2000;
let clock = 0;

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const SPLIT_HEADING = /^#{1,2}(?:[ \t]|$)/;

interface Chunk {
  start: number;
  end: number;
}

/** Splits at heading lines of depth 1–2 outside fenced code. */
function splitChunks(body: string): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let fence: string | null = null;
  let pos = 0;
  while (pos < body.length) {
    let eol = body.indexOf('\n', pos);
    if (eol === -1) eol = body.length;
    const line = body.slice(pos, eol).replace(/\r$/, '');
    if (fence) {
      if (line.trimStart().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') fence = null;
    } else {
      const m = FENCE_OPEN.exec(line);
      if (m) fence = m[1]!;
      else if (SPLIT_HEADING.test(line) && pos > chunkStart) {
        chunks.push({ start: chunkStart, end: pos });
        chunkStart = pos;
      }
    }
    pos = eol + 1;
  }
  chunks.push({ start: chunkStart, end: body.length });
  return chunks;
}

function parseChunk(text: string, stubs: string): Root {
  const key = stubs ? `${text}\u0000${stubs}` : text;
  const hit = cache.get(key);
  if (hit) {
    hit.lastUsed = ++clock;
    return hit.tree;
  }
  const tree = parseMarkdown(stubs ? `${text}\n\n${stubs}` : text);
  linkBareUrls(tree);
  if (stubs) {
    // Drop the stub definitions (they lie beyond the chunk's own text).
    tree.children = tree.children.filter((n) => (n.position?.start.offset ?? 0) < text.length);
  }
  if (cache.size >= CACHE_LIMIT) evictOldest();
  cache.set(key, { tree, lastUsed: ++clock });
  return tree;
}

function evictOldest(): void {
  const entries = [...cache.entries()].sort((a, b) => a[1].lastUsed - b[1].lastUsed);
  for (const [k] of entries.slice(0, Math.ceil(CACHE_LIMIT / 4))) cache.delete(k);
}

/** Copies a cached tree with its positions moved to where the chunk stands in the file. */
function shifted<T extends Node>(node: T, lineDelta: number, offsetDelta: number): T {
  const copy: Node & { children?: Node[] } = { ...node };
  if (node.position) {
    copy.position = {
      start: {
        line: node.position.start.line + lineDelta,
        column: node.position.start.column,
        offset: (node.position.start.offset ?? 0) + offsetDelta,
      },
      end: {
        line: node.position.end.line + lineDelta,
        column: node.position.end.column,
        offset: (node.position.end.offset ?? 0) + offsetDelta,
      },
    };
  }
  const children = 'children' in node ? (node as Parent).children : undefined;
  if (children) copy.children = children.map((c) => shifted(c, lineDelta, offsetDelta));
  return copy as T;
}

/**
 * Parses `body` (which starts at `bodyOffset` on line `bodyLine` of the whole text) into one mdast
 * tree whose positions are those of the whole text.
 */
export function parseBody(body: string, bodyOffset: number, bodyLine: number): Root {
  const chunks = splitChunks(body).map((c) => body.slice(c.start, c.end));
  let trees = chunks.map((text) => parseChunk(text, ''));
  // Definitions as the parser saw them (a `[x]: …` line inside a paragraph is no definition).
  if (body.includes(']:')) {
    const own = trees.map(definitionsOf);
    const all = new Map<string, Definition>();
    for (const defs of own) for (const [k, v] of defs) if (!all.has(k)) all.set(k, v);
    trees = trees.map((tree, i) => {
      const lower = chunks[i]!.toLowerCase();
      const missing = [...all.entries()].filter(
        ([k, d]) => !own[i]!.has(k) && lower.includes(d.footnote ? `[^${d.label.toLowerCase()}]` : `[${d.label.toLowerCase()}]`),
      );
      if (missing.length === 0) return tree;
      const stubs = missing.map(([, d]) => (d.footnote ? `[^${d.label}]: -` : `[${d.label}]: #`)).join('\n\n');
      return parseChunk(chunks[i]!, stubs);
    });
  }
  const children: RootContent[] = [];
  let line = bodyLine;
  let offset = bodyOffset;
  trees.forEach((tree, i) => {
    for (const child of tree.children) children.push(shifted(child, line - 1, offset));
    line += countLines(chunks[i]!);
    offset += chunks[i]!.length;
  });
  const end = bodyOffset + body.length;
  return {
    type: 'root',
    children,
    position: {
      start: { line: bodyLine, column: 1, offset: bodyOffset },
      end: children.length ? children[children.length - 1]!.position!.end : { line: bodyLine, column: 1, offset: end },
    },
  };
}

/**
 * Parses the body in one go, without the chunk cache: for one-off checks and exports (the CLI), where
 * nothing is parsed twice and copying cached trees into place costs ~20 %. The frontmatter is masked
 * with spaces (line breaks kept) so that every position is already that of the whole text.
 */
export function parseBodyOnce(text: string, bodyOffset: number, bodyLine: number): Root {
  const masked = bodyOffset > 0 ? text.slice(0, bodyOffset).replace(/[^\r\n]/g, ' ') + text.slice(bodyOffset) : text;
  const tree = parseMarkdown(masked);
  linkBareUrls(tree);
  const end = tree.children.length ? tree.children[tree.children.length - 1]!.position!.end : { line: bodyLine, column: 1, offset: text.length };
  tree.position = { start: { line: bodyLine, column: 1, offset: bodyOffset }, end };
  return tree;
}

interface Definition {
  label: string;
  footnote: boolean;
}

/** Link and footnote definitions in a tree, keyed by kind and normalised identifier. */
function definitionsOf(tree: Root): Map<string, Definition> {
  const out = new Map<string, Definition>();
  const walk = (node: Nodes) => {
    if (node.type === 'definition' || node.type === 'footnoteDefinition') {
      const footnote = node.type === 'footnoteDefinition';
      out.set(`${footnote ? '^' : ''}${node.identifier}`, { label: node.label ?? node.identifier, footnote });
    }
    if ('children' in node) for (const c of node.children) walk(c);
  };
  walk(tree);
  return out;
}

/** Number of line breaks in a text (CRLF counts once). */
function countLines(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

/** Empties the chunk cache (tests and benchmarks measure cold parses with it). */
export function clearParseCache(): void {
  cache.clear();
}
