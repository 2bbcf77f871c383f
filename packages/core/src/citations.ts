import { findCitations, parseCitationString, resolveCitation, type ResolvedCitation } from '@arende/lagrum';
import type { Node } from 'unist';
import type { Draft, LagrumEntry, Range } from './model/types.js';

/** A citation found in the draft, resolved on the draft's date, with its range in Draft.text. */
export interface DraftCitation {
  resolved: ResolvedCitation;
  /** This citation's own range (a list's paragraphs each have their own). */
  range: Range;
  /** The whole written reference ("6 och 7 §§ SoL"). */
  groupRange: Range;
  /** Whether the written reference holds only this citation (then it can be replaced by a fix). */
  alone: boolean;
  /** Found in the frontmatter `lagrum` list, or in the body text. */
  where: 'lagrum' | 'body';
  /** The words the citation stands among: its sentence in the body (as a reader sees it), or for a
   * `lagrum` entry the draft's rubrik and body. Read by citation-old-sol to tell which law was meant. */
  context: string;
}

export interface UnparsedLagrum {
  entry: LagrumEntry;
  reason: string;
  range: Range;
}

export interface DraftCitations {
  datum: string;
  citations: DraftCitation[];
  unparsed: UnparsedLagrum[];
}

const cache = new WeakMap<Draft, DraftCitations>();

/**
 * Where to report a problem with one citation: the whole written reference when it holds only this
 * citation (or this one has no text of its own, like "5" inside "4–6 §§"), else its own part of a list.
 */
export function citationPlace(c: DraftCitation): Range {
  return c.alone || c.range.start.offset === c.range.end.offset ? c.groupRange : c.range;
}

/**
 * Whether a reference may be rewritten as the new provision(s) it corresponds to: only when it names no
 * stycke, punkt or sentence, since those are numbered differently in the new law (a fix that kept
 * "andra stycket" could point at the wrong one, and one that dropped it would lose the writer's words).
 */
export function rewritable(r: ResolvedCitation): boolean {
  return r.stycke === null && r.punkt === null && !r.citation.unrepresented;
}

/** The date citations are read on: the draft's `datum`, else today (the law a reader would look up). */
export function citationDate(draft: Draft): string {
  return draft.metadata.datum ?? new Date().toISOString().slice(0, 10);
}

/**
 * Every citation in the draft's `lagrum` list and body, resolved once per draft (five rules, hover
 * and export read the same result).
 */
export function draftCitations(draft: Draft): DraftCitations {
  const hit = cache.get(draft);
  if (hit) return hit;
  const datum = citationDate(draft);
  const result: DraftCitations = { datum, citations: [], unparsed: [] };
  const { text, map } = visibleText(draft);
  const draftContext = `${draft.metadata.rubrik ?? ''}\n\n${text}`;

  for (const entry of draft.lagrum) {
    const parsed = parseCitationString(entry.text);
    // Entry text offsets map 1:1 onto the YAML value when it is written plain; quoted values shift by one.
    const source = draft.text.slice(entry.range.start.offset, entry.range.end.offset);
    const shift = source.indexOf(entry.text) >= 0 ? source.indexOf(entry.text) : 0;
    const at = (o: number) => draft.pointAt(entry.range.start.offset + shift + Math.min(o, entry.text.length));
    if (!parsed.ok) {
      const part = parsed.unparsed[0];
      result.unparsed.push({
        entry,
        reason: parsed.reason,
        range: parsed.citations.length && part ? { start: at(part.start), end: at(part.end) } : entry.range,
      });
    }
    for (const c of parsed.citations) {
      const resolved = resolveCitation(c, datum);
      result.citations.push({
        resolved,
        range: { start: at(c.start), end: at(c.end) },
        groupRange: { start: at(c.groupStart), end: at(c.groupEnd) },
        alone: parsed.citations.filter((o) => o.groupStart === c.groupStart).length === 1,
        where: 'lagrum',
        context: draftContext,
      });
    }
  }

  const found = findCitations(text);
  for (const c of found) {
    const resolved = resolveCitation(c, datum);
    result.citations.push({
      resolved,
      range: { start: draft.pointAt(map(c.start)), end: draft.pointAt(map(c.end, true)) },
      groupRange: { start: draft.pointAt(map(c.groupStart)), end: draft.pointAt(map(c.groupEnd, true)) },
      alone: found.filter((o) => o.groupStart === c.groupStart).length === 1,
      where: 'body',
      context: sentenceAround(text, c.groupStart, c.groupEnd),
    });
  }
  cache.set(draft, result);
  return result;
}

/** The sentence of the visible text that holds [start, end): from the previous sentence end (". " before
 * a capital, or a blank line) to the next one. "kap. 1 §" is no sentence end (a digit follows). */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  let from = before.lastIndexOf('\n\n') + 1;
  for (const m of before.matchAll(/[.!?](?=\s+[A-ZÅÄÖ])/gu)) from = Math.max(from, m.index + 1);
  const after = text.slice(end);
  const stop = /[.!?](?=\s+[A-ZÅÄÖ]|\s*$)|\n\n/u.exec(after);
  return text.slice(from, stop ? end + stop.index + 1 : text.length).trim();
}

/** Node types whose text a reader does not see as prose (or that are not text at all). */
const SKIP = new Set(['code', 'inlineCode', 'html', 'definition', 'yaml', 'image', 'imageReference']);
/** Blocks after which the visible text gets a paragraph break (so a citation never spans two). */
const BLOCK = new Set(['paragraph', 'heading', 'tableCell', 'listItem', 'blockquote', 'footnoteDefinition']);

interface Segment {
  /** Start in the visible text. */
  at: number;
  length: number;
  /** Start in Draft.text. */
  source: number;
  /** Whether the source holds exactly the value (no escapes or entities), so offsets map 1:1. */
  exact: boolean;
  sourceEnd: number;
}

/**
 * The body's text as a reader sees it (markup removed, blocks separated by blank lines), with a
 * map from offsets in it back to Draft.text. Citations are searched here so that "samma lag" sees
 * the law named before it, and emphasis or links inside a sentence do not hide a citation.
 */
function visibleText(draft: Draft): { text: string; map: (offset: number, isEnd?: boolean) => number } {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  const push = (value: string, node: Node | null) => {
    if (node?.position) {
      const s = node.position.start.offset!;
      const e = node.position.end.offset!;
      segments.push({ at: length, length: value.length, source: s, sourceEnd: e, exact: draft.text.slice(s, e) === value });
    }
    parts.push(value);
    length += value.length;
  };
  const walk = (node: any) => {
    if (SKIP.has(node.type)) return;
    if (node.type === 'text') push(node.value, node);
    else if (node.type === 'break') push('\n', null);
    if (node.children) for (const child of node.children) walk(child);
    if (BLOCK.has(node.type)) push('\n\n', null);
  };
  walk(draft.tree);
  const text = parts.join('');
  const map = (offset: number, isEnd = false): number => {
    // Binary search for the segment holding the offset (an end offset belongs to the segment before).
    let lo = 0;
    let hi = segments.length - 1;
    let found: Segment | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = segments[mid]!;
      const inside = isEnd ? offset > s.at && offset <= s.at + s.length : offset >= s.at && offset < s.at + s.length;
      if (inside) {
        found = s;
        break;
      }
      if (offset < s.at || (isEnd && offset === s.at)) hi = mid - 1;
      else lo = mid + 1;
    }
    if (!found) {
      const before = segments[Math.max(0, Math.min(hi, segments.length - 1))];
      if (!before) return draft.tree.position?.start.offset ?? 0;
      return offset <= before.at ? before.source : before.sourceEnd;
    }
    if (found.exact) return found.source + (offset - found.at);
    return isEnd ? found.sourceEnd : found.source;
  };
  return { text, map };
}
