import { todayInSweden } from './dates.js';
import { findCitations, parseCitationString, resolveCitation, sentenceAround, successorLabel, successorsOf, type ResolvedCitation } from '@arende/lagrum';
import type { Nodes } from 'mdast';
import type { Node } from 'unist';
import type { Draft, LagrumEntry, Range } from './model/types.js';
import { alignValue, Written, type ValueMap } from './model/source-map.js';

/** A citation found in the draft, resolved on the draft's date, with its range in Draft.text. */
export interface DraftCitation {
  resolved: ResolvedCitation;
  /** This citation's own range (a list's paragraphs each have their own). */
  range: Range;
  /** The whole written reference ("6 och 7 §§ SoL"). */
  groupRange: Range;
  /** Whether the written reference holds only this citation (then it can be replaced by a fix). */
  alone: boolean;
  /**
   * Whether `groupRange` is exactly the characters the writer typed for the reference (no markup,
   * escapes or character references inside it): only then may a fix replace it.
   */
  exact: boolean;
  /** Found in the frontmatter `lagrum` list, or in the body text. */
  where: 'lagrum' | 'body';
  /** The words the citation stands among: its sentence in the body (as a reader sees it), or for a
   * `lagrum` entry the draft's rubrik and body. Read by citation-old-sol to tell which law was meant. */
  context: string;
}

export interface UnparsedLagrum {
  entry: LagrumEntry;
  reason: string;
  reasonEn: string;
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

/** Whether a fix may replace the written reference: it holds only this citation, exactly as typed. */
export function replaceable(c: DraftCitation): boolean {
  return c.alone && c.exact;
}

/** A fix that writes where a repealed paragraph of the old SoL went, and what the message adds about it. */
export interface SuccessorFix {
  expected?: string[];
  /** Set when the candidates are for a person to choose between: `--fix` applies none. */
  choose?: boolean;
  /** Appended to the message: why nothing is applied unattended, and each candidate with its heading. */
  note: string;
  noteEn: string;
}

/**
 * The fix for an old SoL paragraph (`kapitel:paragraf` of 2001:453) cited where the new law applies: the one
 * new paragraph when the correspondence moves it whole and the sentence fits (then `--fix` may write it);
 * otherwise every candidate, with its heading, for a person to choose (the editor offers each; `--fix` none).
 */
export function successorFix(c: DraftCitation, kapitel: string | null, paragraf: string, form: 'fullForm' | 'standardForm'): SuccessorFix {
  const s = successorsOf(kapitel, paragraf, c.context);
  if (s.sure) return replaceable(c) && rewritable(c.resolved) ? { expected: [s.sure[form]], note: '', noteEn: '' } : { note: '', noteEn: '' };
  if (!s.successors.length) return { note: '', noteEn: '' };
  const list = s.successors.map((x) => successorLabel(x, form)).join('; ');
  const listEn = s.successors.map((x) => successorLabel(x, form, 'en')).join('; ');
  return {
    expected: replaceable(c) && rewritable(c.resolved) ? s.successors.map((x) => x[form]) : undefined,
    choose: true,
    note: ` ${s.why} Möjliga: ${list}. Hänvisningen ändras inte av --fix.`,
    noteEn: ` ${s.whyEn} Candidates: ${listEn}. --fix does not change the reference.`,
  };
}

/** The date citations are read on: the draft's `datum`, else today (the law a reader would look up). */
export function citationDate(draft: Draft): string {
  return draft.metadata.datum ?? todayInSweden();
}

/**
 * parseCitationString, remembered per entry text: a folder of drafts repeats the same few `lagrum`
 * entries ("10 kap. 8 § socialtjänstlagen (2025:400)"), and reading one runs the whole citation
 * finder. The result is only read (resolveCitation does not change a citation). Bounded: cleared when full.
 */
const parsedEntries = new Map<string, ReturnType<typeof parseCitationString>>();
function parsedEntry(text: string): ReturnType<typeof parseCitationString> {
  let parsed = parsedEntries.get(text);
  if (!parsed) {
    if (parsedEntries.size >= 2000) parsedEntries.clear();
    parsed = parseCitationString(text);
    parsedEntries.set(text, parsed);
  }
  return parsed;
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
  const { text, span } = visibleText(draft);
  const draftContext = `${draft.metadata.rubrik ?? ''}\n\n${text}`;

  for (const entry of draft.lagrum) {
    const parsed = parsedEntry(entry.text);
    // Entry text offsets map 1:1 onto the YAML value when it is written plain; quoted values shift by one.
    const source = draft.text.slice(entry.range.start.offset, entry.range.end.offset);
    const found = source.indexOf(entry.text);
    // A folded or escaped value is not its source: its citations are reported on the whole entry, never fixed.
    const exact = found >= 0;
    const shift = exact ? found : 0;
    const at = (o: number) => draft.pointAt(entry.range.start.offset + shift + Math.min(o, entry.text.length));
    if (!parsed.ok) {
      const part = parsed.unparsed[0];
      result.unparsed.push({
        entry,
        reason: parsed.reason,
        reasonEn: parsed.reasonEn,
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
        exact,
        where: 'lagrum',
        context: draftContext,
      });
    }
  }

  const found = findCitations(text);
  // How many citations each written reference holds, counted once (a filter per citation was quadratic).
  const perGroup = new Map<number, number>();
  for (const c of found) perGroup.set(c.groupStart, (perGroup.get(c.groupStart) ?? 0) + 1);
  const range = (s: SourceSpan): Range => ({ start: draft.pointAt(s.start), end: draft.pointAt(s.end) });
  for (const c of found) {
    const resolved = resolveCitation(c, datum);
    const group = span(c.groupStart, c.groupEnd);
    result.citations.push({
      resolved,
      range: range(span(c.start, c.end)),
      groupRange: range(group),
      alone: perGroup.get(c.groupStart) === 1,
      exact: group.exact,
      where: 'body',
      context: sentenceAround(text, c.groupStart, c.groupEnd),
    });
  }
  cache.set(draft, result);
  return result;
}

/** Node types whose text a reader does not see as prose (or that are not text at all). */
const SKIP = new Set(['code', 'inlineCode', 'html', 'definition', 'yaml', 'image', 'imageReference']);
/** Blocks after which the visible text gets a paragraph break (so a citation never spans two). */
const BLOCK = new Set(['paragraph', 'heading', 'tableCell', 'listItem', 'blockquote', 'footnoteDefinition']);

interface Segment {
  /** Start in the visible text. */
  at: number;
  length: number;
  /** The text node's span in Draft.text. */
  source: number;
  sourceEnd: number;
  /** Where each character of the value was written (null: the value is the source, character for character). */
  map: ValueMap | null;
  /** Whether every character's place in the source is known (false: only the node's span is). */
  aligned: boolean;
}

/** A span of the visible text mapped back to Draft.text. */
interface SourceSpan {
  start: number;
  end: number;
  /**
   * Whether the span is the reference exactly as the writer typed it: one text node, no escapes or
   * character references inside, only line breaks (with their indentation or `>`) between the words.
   * Only then may a fix replace it without touching anything else.
   */
  exact: boolean;
}

/**
 * The body's text as a reader sees it (markup removed, blocks separated by blank lines), with a
 * map from spans in it back to Draft.text. Citations are searched here so that "samma lag" sees
 * the law named before it, and emphasis or links inside a sentence do not hide a citation.
 */
function visibleText(draft: Draft): { text: string; span: (start: number, end: number) => SourceSpan } {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  const push = (value: string, node: Node | null) => {
    if (node?.position) {
      const s = node.position.start.offset!;
      const e = node.position.end.offset!;
      const source = draft.text.slice(s, e);
      const map = source === value ? null : (alignValue(value, source) ?? null);
      segments.push({ at: length, length: value.length, source: s, sourceEnd: e, map, aligned: source === value || map !== null });
    }
    parts.push(value);
    length += value.length;
  };
  const walk = (node: Nodes) => {
    if (SKIP.has(node.type)) return;
    if (node.type === 'text') push(node.value, node);
    else if (node.type === 'break') push('\n', null);
    if ('children' in node) for (const child of node.children) walk(child);
    if (BLOCK.has(node.type)) push('\n\n', null);
  };
  walk(draft.tree);
  const text = parts.join('');

  /** Index of the segment holding the character at `offset`, or of the last segment before it (-1: none). */
  const find = (offset: number): number => {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = segments[mid]!;
      if (offset < s.at) hi = mid - 1;
      else if (offset >= s.at + s.length) lo = mid + 1;
      else return mid;
    }
    return hi;
  };
  const holds = (i: number, offset: number) => i >= 0 && offset >= segments[i]!.at && offset < segments[i]!.at + segments[i]!.length;
  const charStart = (s: Segment, offset: number) => (s.map ? s.source + s.map.start[offset - s.at]! : s.aligned ? s.source + offset - s.at : s.source);
  const charEnd = (s: Segment, offset: number) => (s.map ? s.source + s.map.end[offset - s.at]! : s.aligned ? s.source + offset - s.at + 1 : s.sourceEnd);
  const fallback = () => draft.tree.position?.start.offset ?? 0;

  const span = (start: number, end: number): SourceSpan => {
    const a = find(start);
    const first = holds(a, start) ? segments[a]! : undefined;
    const from = first ? charStart(first, start) : a >= 0 ? segments[a]!.sourceEnd : fallback();
    if (end <= start) return { start: from, end: from, exact: false };
    const b = find(end - 1);
    const last = holds(b, end - 1) ? segments[b]! : undefined;
    const to = last ? charEnd(last, end - 1) : b >= 0 ? segments[b]!.sourceEnd : from;
    let exact = first !== undefined && first === last && first.aligned;
    if (exact && first!.map) {
      const how = first!.map.how;
      for (let k = start - first!.at; k < end - first!.at && exact; k++) exact = how[k] !== Written.Encoded;
    }
    return { start: from, end: Math.max(from, to), exact };
  };
  return { text, span };
}
