import { type Document, parseDocument } from 'yaml';
import type { LineIndex } from './positions.js';
import type { Frontmatter } from './types.js';

/** Where the frontmatter block is, if the text starts with one. */
export interface FrontmatterSplit {
  frontmatter: Frontmatter | null;
  /** Set when an opening fence has no closing fence (reported as a YAML problem). */
  unclosed: boolean;
  /** Offset where the Markdown body starts. */
  bodyOffset: number;
}

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Parses a frontmatter's YAML as every part of ärende reads it. The last answer is kept: a command that
 * walks a folder asks "is this a draft?" (draftVerdict, through splitFrontmatter) and then parses the same
 * draft, and the YAML parse was a twentieth of `arende check` on a folder. Callers only read the document.
 */
function parseFrontmatterYaml(yamlSource: string): Document.Parsed {
  if (last?.source === yamlSource) return last.document;
  const document = parseDocument(yamlSource, { prettyErrors: false, uniqueKeys: true, strict: true });
  last = { source: yamlSource, document };
  return document;
}
let last: { source: string; document: Document.Parsed } | undefined;

/** Finds the `---` … `---` block at the very start of the text and parses it with yaml (ranges kept). */
export function splitFrontmatter(text: string, index: LineIndex): FrontmatterSplit {
  const firstLine = index.lineRange(1);
  if (!FENCE.test(text.slice(firstLine.start.offset, firstLine.end.offset))) {
    return { frontmatter: null, unclosed: false, bodyOffset: 0 };
  }
  const sourceStart = index.lineCount > 1 ? index.lineStarts[1]! : text.length;
  for (let line = 2; line <= index.lineCount; line++) {
    const r = index.lineRange(line);
    if (CLOSE.test(text.slice(r.start.offset, r.end.offset))) {
      const sourceEnd = r.start.offset;
      const source = text.slice(sourceStart, sourceEnd);
      const bodyOffset = line < index.lineCount ? index.lineStarts[line]! : text.length;
      // yaml knows only LF and CRLF line breaks; a lone CR (old Mac files) is one too. Same length, so
      // every node's range is still an offset into `source`.
      const document = parseFrontmatterYaml(source.includes('\r') ? source.replace(/\r(?!\n)/g, '\n') : source);
      return {
        frontmatter: {
          source,
          offset: sourceStart,
          range: index.range(0, r.end.offset),
          openingRange: firstLine,
          closingRange: r,
          document,
        },
        unclosed: false,
        bodyOffset,
      };
    }
  }
  return { frontmatter: null, unclosed: true, bodyOffset: 0 };
}
