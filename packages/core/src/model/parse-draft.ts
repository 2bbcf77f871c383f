import { isMap, isScalar, isSeq, type Document, type Node as YamlNode, type Pair } from 'yaml';
import type { List, Heading, Root, RootContent } from 'mdast';
import { LineIndex } from './positions.js';
import { toNfc } from './normalization.js';
import { splitFrontmatter } from './frontmatter.js';
import { limitProblem } from './limits.js';
import { MAX_ALIAS_COUNT, yamlShapeProblem } from './yaml-shape.js';
import { parseBody, parseBodyOnce } from './body.js';
import { headingKey, isProposalHeading } from './headings.js';
import { plainText } from './text.js';
import { DRAFT_KINDS, type AttSats, type Draft, type DraftKind, type LagrumEntry, type Metadata, type Person, type Range, type Section } from './types.js';

export interface ParseOptions {
  path?: string;
  /**
   * Keep the body's sections in the parse cache so that parsing an edited text again re-parses only
   * what changed (an editor). Default true; a one-off check or export is faster without (false).
   */
  incremental?: boolean;
}

/**
 * Parses a draft (Markdown with YAML frontmatter) into the model every rule and exporter reads.
 * Never throws on bad input: YAML errors stay on `frontmatter.document.errors`, and the model holds
 * what could be read.
 */
export function parseDraft(input: string, options: ParseOptions = {}): Draft {
  const hadBom = input.charCodeAt(0) === 0xfeff;
  // Read as NFC (issue 17): a letter plus a combining mark is the same letter as its composed form.
  const { text, source } = toNfc(hadBom ? input.slice(1) : input);
  const index = new LineIndex(text);
  const split = splitFrontmatter(text, index);
  const frontmatter = split.frontmatter;
  const bodyLine = index.pointAt(split.bodyOffset).line;
  // Beyond a limit the body is not parsed as Markdown at all (the parser is quadratic on some hostile
  // shapes): the draft has an empty body and `limit` says why; checkDraft reports only that.
  const limit = limitProblem(text);
  const tree: Root = limit
    ? { type: 'root', children: [], position: { start: index.pointAt(split.bodyOffset), end: index.pointAt(text.length) } }
    : options.incremental === false
      ? parseBodyOnce(text, split.bodyOffset, bodyLine)
      : parseBody(text.slice(split.bodyOffset), split.bodyOffset, bodyLine);

  const rangeOf = (path: ReadonlyArray<string | number>, part: 'key' | 'value' | 'pair' = 'value'): Range | undefined => {
    if (!frontmatter) return undefined;
    const found = locate(frontmatter.document, path);
    if (!found) return undefined;
    const base = frontmatter.offset;
    const keyRange = found.key?.range;
    const valueRange = found.value?.range;
    // Trim trailing white space: a block node's range runs to the start of the next line.
    const pick = (r: [number, number, number] | null | undefined) => {
      if (!r || r[1] <= r[0]) return undefined;
      let end = r[1];
      while (end > r[0] && /\s/.test(frontmatter.source[end - 1]!)) end--;
      return index.range(base + r[0], base + end);
    };
    if (part === 'key') return pick(keyRange) ?? pick(valueRange);
    if (part === 'pair') {
      const k = pick(keyRange);
      const v = pick(valueRange);
      if (!k || !v) return k ?? v;
      return { start: k.start, end: v.end };
    }
    return pick(valueRange) ?? pick(keyRange);
  };

  if (frontmatter && frontmatter.document.errors.length === 0) {
    const problem = yamlShapeProblem(frontmatter.document);
    if (problem) frontmatter.shapeProblem = problem;
  }
  const raw = frontmatter?.shapeProblem ? {} : frontmatterData(frontmatter?.document);
  const metadata = readMetadata(raw);
  const sections = buildSections(tree.children, index, split.bodyOffset);
  const proposal = sections.find((s) => s.depth === 2 && isProposalHeading(s.heading));

  return {
    path: options.path,
    text,
    ...(source ? { source } : {}),
    hadBom,
    frontmatter,
    frontmatterUnclosed: split.unclosed,
    kind: metadata.typ,
    metadata,
    tree,
    ...(limit ? { limit } : {}),
    sections,
    proposal,
    attSatser: proposal ? readAttSatser(proposal, index) : [],
    senders: metadata.avsändare,
    lagrum: readLagrum(frontmatter?.document, rangeOf),
    pointAt: (offset) => index.pointAt(offset),
    rangeOf,
  };
}

function frontmatterData(document: Document | undefined): Record<string, unknown> {
  if (!document || document.errors.length > 0) return {};
  try {
    const data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const strList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function readMetadata(raw: Record<string, unknown>): Metadata {
  const typ = (DRAFT_KINDS as readonly string[]).includes(raw.typ as string) ? (raw.typ as DraftKind) : undefined;
  // Only string values reach the model: `parti: [A, B]` or `roll: 5` is the schema's problem to report,
  // and must not reach the exporter as anything but text it can print.
  const senders: Person[] = Array.isArray(raw.avsändare)
    ? raw.avsändare.flatMap((p): Person[] => {
        if (!p || typeof p !== 'object' || typeof (p as Person).namn !== 'string') return [];
        const person: Person = { namn: (p as Person).namn };
        for (const key of ['parti', 'roll', 'adress', 'e-post', 'telefon'] as const) {
          const value = (p as Record<string, unknown>)[key];
          if (typeof value === 'string') person[key] = value;
        }
        return [person];
      })
    : [];
  const up = raw.uppdrag as Record<string, unknown> | undefined;
  return {
    typ,
    rubrik: str(raw.rubrik),
    datum: typeof raw.datum === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.datum) ? raw.datum : undefined,
    mottagare: str(raw.mottagare),
    kommun: str(raw.kommun),
    diarienummer: str(raw.diarienummer),
    avsändare: senders,
    lagrum: strList(raw.lagrum),
    uppdrag:
      up && typeof up === 'object' && typeof up.beslut === 'string'
        ? { beslut: up.beslut, datum: String(up.datum ?? ''), diarienummer: str(up.diarienummer) }
        : undefined,
    förvaltning: str(raw.förvaltning),
    bilagor: strList(raw.bilagor),
    beslutet_skickas_till: strList(raw.beslutet_skickas_till),
    punkt: typeof raw.punkt === 'number' ? raw.punkt : undefined,
    raw,
  };
}

interface Located {
  key?: YamlNode;
  value?: YamlNode;
}

/** Finds the key and value nodes at a path in the YAML document. */
export function locate(document: Document, path: ReadonlyArray<string | number>): Located | undefined {
  let node: unknown = document.contents;
  let found: Located = { value: node as YamlNode };
  for (const step of path) {
    if (isMap(node)) {
      const pair = (node.items as Pair[]).find((p) => (isScalar(p.key) ? p.key.value : p.key) === step);
      if (!pair) return undefined;
      found = { key: pair.key as YamlNode, value: (pair.value ?? undefined) as YamlNode | undefined };
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step];
      if (item === undefined) return undefined;
      found = { value: item as YamlNode };
      node = item;
    } else return undefined;
  }
  return found;
}

function readLagrum(document: Document | undefined, rangeOf: Draft['rangeOf']): LagrumEntry[] {
  if (!document) return [];
  const seq = document.get('lagrum', true);
  if (!isSeq(seq)) return [];
  const out: LagrumEntry[] = [];
  seq.items.forEach((item, i) => {
    if (isScalar(item) && typeof item.value === 'string') {
      const range = rangeOf(['lagrum', i]);
      if (range) out.push({ text: item.value, range, index: i });
    }
  });
  return out;
}

function nodeRange(node: { position?: { start: { offset?: number }; end: { offset?: number } } }, index: LineIndex): Range {
  return index.range(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
}

/** Groups the body into `##` sections (deeper headings stay inside their section). */
function buildSections(children: RootContent[], index: LineIndex, bodyOffset: number): Section[] {
  const sections: Section[] = [];
  let current: Section | null = null;
  const close = (s: Section, endOffset: number) => {
    s.range = index.range(s.range.start.offset, endOffset);
  };
  for (const node of children) {
    if (node.type === 'heading' && node.depth <= 2) {
      if (current) close(current, lastEnd(current, index));
      const heading = plainText(node).trim();
      current = {
        heading: heading.replace(/:+$/, '').trim(),
        key: headingKey(heading),
        depth: node.depth,
        headingNode: node as Heading,
        headingRange: nodeRange(node, index),
        range: nodeRange(node, index),
        children: [],
      };
      sections.push(current);
      continue;
    }
    if (!current) {
      const start = index.range(bodyOffset, bodyOffset);
      current = { heading: '', key: '', depth: 0, headingRange: start, range: start, children: [] };
      sections.push(current);
    }
    current.children.push(node);
  }
  if (current) close(current, lastEnd(current, index));
  return sections;
}

function lastEnd(s: Section, index: LineIndex): number {
  const last = s.children[s.children.length - 1];
  return last?.position?.end.offset ?? s.headingRange.end.offset ?? index.text.length;
}

function readAttSatser(section: Section, index: LineIndex): AttSats[] {
  const out: AttSats[] = [];
  for (const node of section.children) {
    if (node.type !== 'list') continue;
    for (const item of (node as List).children) {
      const text = plainText(item).replace(/\s+/g, ' ').trim();
      if (text) out.push({ text, range: nodeRange(item, index) });
    }
  }
  return out;
}
