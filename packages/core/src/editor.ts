/**
 * Editor features as plain data (yaml-language-server's way): hover, completion and fixes computed
 * from the draft model, with no editor types. The VS Code extension only maps them to its own types.
 */
import { citeText, completeCitation, hoverMarkdown, oldSolReading } from '@arende/lagrum';
import { draftCitations } from './citations.js';
import type { Diagnostic, Language } from './diagnostic.js';
import { isDraftKind, kindByName } from './kinds/index.js';
import { PROPOSAL_HEADINGS } from './model/headings.js';
import { locate } from './model/parse-draft.js';
import { DRAFT_KINDS, type Draft, type DraftKind, type Range } from './model/types.js';
import { SCHEMA_FILES } from './schema/validate.js';
import { schemaTextEn } from './schema/texts-en.js';
import common from '../schemas/common.schema.json';

export interface HoverResult {
  range: Range;
  /** Markdown, Swedish (or English with `language: 'en'`). */
  markdown: string;
}

/** What the editor features are asked in: Swedish (the default) or English (`arende.language: en`). */
export interface EditorOptions {
  language?: Language;
}

export interface CompletionEntry {
  label: string;
  detail?: string;
  documentation?: string;
  insertText: string;
  kind: 'key' | 'value' | 'heading' | 'law' | 'chapter' | 'paragraph';
}

export interface Completion {
  items: CompletionEntry[];
  /** The text the chosen item replaces (the word being typed). */
  range: Range;
}

export interface Fix {
  /** Swedish. */
  title: string;
  /** The same in English (an editor set to English): the replacement and a provision's heading stay as written. */
  titleEn: string;
  ruleId: string;
  range: Range;
  newText: string;
  /** The first fix of a diagnostic is the preferred one. */
  preferred: boolean;
}

const inside = (r: Range, offset: number) => r.start.offset <= offset && offset <= r.end.offset;

/** Schema text for a frontmatter key: title, description and the provision it rests on. */
/** The keys a schema node (a mapping, or a list of mappings) allows, with their `$ref`s followed. */
function propertiesOf(def: any): Record<string, any> {
  return { ...(def?.properties ?? {}), ...(refTarget(def?.items)?.properties ?? {}) };
}

/** The schema of the key at `key` (list indices left out) in the draft's kind: as written, and with its `$ref` followed. */
function schemaAt(kind: DraftKind | undefined, key: readonly string[]): { node: any; def: any } {
  const schema = SCHEMA_FILES[kind ?? 'utkast'] as { properties: Record<string, any> };
  let node: any = schema.properties[key[0]!];
  let def = refTarget(node);
  for (const k of key.slice(1)) {
    node = propertiesOf(def)[k];
    def = refTarget(node);
  }
  return { node, def };
}

/**
 * The kind for completion: a key half typed is seldom valid YAML, and then the draft has no kind. The
 * frontmatter's own `typ:` line says which keys belong.
 */
function kindWhileTyping(draft: Draft): DraftKind | undefined {
  const typ = draft.frontmatter && /^typ:[ \t]*["']?([^\s"']+)["']?[ \t]*$/m.exec(draft.frontmatter.source)?.[1];
  return typ && isDraftKind(typ) ? typ : undefined;
}

function keyDocs(draft: Draft, path: (string | number)[], language: Language = 'sv'): string | undefined {
  const schema = SCHEMA_FILES[draft.kind ?? kindWhileTyping(draft) ?? 'utkast'] as { properties: Record<string, any>; required?: string[] };
  const key = path.filter((p): p is string => typeof p === 'string');
  const { node, def } = schemaAt(draft.kind ?? kindWhileTyping(draft), key);
  if (!node && !def) return undefined;
  const title: string = node?.title ?? def?.title ?? key[key.length - 1];
  const description: string | undefined = node?.description ?? def?.description;
  const lagrum = node?.['x-lagrum'];
  const required = key.length === 1 && schema.required?.includes(key[0]!);
  if (language === 'en') {
    // A text without English shows its Swedish rather than nothing (a test keeps the list complete).
    return [
      `**${schemaTextEn(title) ?? title}** (\`${key.join('.')}\`)${required ? ' – required' : ''}`,
      description && (schemaTextEn(description) ?? description),
      lagrum ? `Legal basis (lagrum): ${lagrum}` : undefined,
    ]
      .filter(Boolean)
      .join('\n\n');
  }
  return [`**${title}** (\`${key.join('.')}\`)${required ? ' – obligatorisk' : ''}`, description, lagrum ? `Lagrum: ${lagrum}` : undefined]
    .filter(Boolean)
    .join('\n\n');
}

function refTarget(node: any): any {
  const ref: string | undefined = node?.$ref;
  if (!ref?.startsWith('common.schema.json#/$defs/')) return node;
  const target = (common.$defs as Record<string, any>)[ref.slice('common.schema.json#/$defs/'.length)];
  if (!target?.properties || !node.properties) return { ...target, ...node };
  // A kind narrows a shared definition (a sender's `parti` described for this kind): the keys of both,
  // each with the kind's words over the shared ones.
  const properties: Record<string, any> = { ...target.properties };
  for (const [k, v] of Object.entries(node.properties as Record<string, any>)) properties[k] = { ...(properties[k] ?? {}), ...v };
  return { ...target, ...node, properties };
}

/** Hover at an offset in Draft.text: a citation (text of the provision, status on the draft's date), or a frontmatter key. */
export function hoverAt(draft: Draft, offset: number, options: EditorOptions = {}): HoverResult | null {
  const en = options.language === 'en';
  const { datum, citations } = draftCitations(draft);
  const hit =
    citations.find((c) => inside(c.range, offset) && c.range.start.offset < c.range.end.offset) ?? citations.find((c) => inside(c.groupRange, offset));
  if (hit) {
    // An old SoL number whose words fit the repealed law (rule citation-old-sol) says so in the hover too.
    const old = oldSolReading(hit.resolved, hit.context);
    const markdown = hoverMarkdown(hit.resolved, datum, options);
    if (!old) return { range: hit.groupRange, markdown };
    return { range: hit.groupRange, markdown: en ? `${markdown}\n\n**Note:** ${old.messageEn}` : `${markdown}\n\n**Obs!** ${old.message}` };
  }
  const fm = draft.frontmatter;
  if (!fm || offset < fm.offset || offset > fm.offset + fm.source.length) return null;
  for (const path of keyPaths(draft)) {
    const range = draft.rangeOf(path, 'key');
    if (range && inside(range, offset)) {
      const markdown = keyDocs(draft, path, options.language);
      return markdown ? { range, markdown } : null;
    }
  }
  return null;
}

/** Every key path in the frontmatter (['avsändare', 0, 'namn'] …). */
function keyPaths(draft: Draft): (string | number)[][] {
  const out: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value))
      value.forEach((v, i) => {
        walk(v, [...path, i]);
      });
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        out.push([...path, k]);
        walk(v, [...path, k]);
      }
    }
  };
  walk(draft.metadata.raw, []);
  return out;
}

/** Completion at an offset: frontmatter keys and values, proposal and section headings, and citations. */
export function completeAt(draft: Draft, offset: number, options: EditorOptions = {}): Completion {
  const en = options.language === 'en';
  const lineStart = draft.text.lastIndexOf('\n', offset - 1) + 1;
  const prefix = draft.text.slice(lineStart, offset);
  const fm = draft.frontmatter;
  const inFrontmatter = fm !== null && offset >= fm.offset && offset <= fm.offset + fm.source.length;
  const word = /[\p{L}\p{N}_-]*$/u.exec(prefix)![0];
  const wordRange = { start: draft.pointAt(offset - word.length), end: draft.pointAt(offset) };

  if (inFrontmatter) {
    const nested = /^( *)(- +)?[\p{L}_-]*$/u.exec(prefix);
    if (nested && (nested[1]!.length > 0 || nested[2])) {
      // A key inside a mapping or a list item (an ärende of a meeting file, a sender, uppdrag): the keys its
      // schema allows that this mapping does not have yet.
      const context = keyContext(draft.text.slice(fm!.offset, lineStart).split('\n'), nested[1]!.length, nested[2]?.length ?? 0);
      if (!context) return { items: [], range: wordRange };
      const { def } = schemaAt(draft.kind ?? kindWhileTyping(draft), context.path);
      const items = Object.keys(propertiesOf(def))
        .filter((k) => !context.siblings.has(k) && k.startsWith(word))
        .map((k) => ({ label: k, documentation: keyDocs(draft, [...context.path, k], options.language), insertText: `${k}: `, kind: 'key' as const }));
      return { items, range: wordRange };
    }
    if (/^[\p{L}_-]*$/u.test(prefix)) {
      const schema = SCHEMA_FILES[draft.kind ?? kindWhileTyping(draft) ?? 'utkast'] as { properties: Record<string, unknown> };
      // The keys written at the start of a line (the YAML may not parse while a key is half typed).
      const present = new Set([...Object.keys(draft.metadata.raw), ...[...fm!.source.matchAll(/^([^\s:#'"-][^:#]*?) *:(?: |$)/gm)].map((m) => m[1]!)]);
      const items = Object.keys(schema.properties)
        .filter((k) => !present.has(k) && k.startsWith(word))
        .map((k) => ({ label: k, documentation: keyDocs(draft, [k], options.language), insertText: `${k}: `, kind: 'key' as const }));
      return { items, range: wordRange };
    }
    if (/^typ:\s*\S*$/.test(prefix)) {
      return { items: DRAFT_KINDS.map((k) => ({ label: k, insertText: k, kind: 'value' as const })), range: wordRange };
    }
    if (/^\s+-\s+/.test(prefix) && isInLagrum(draft, lineStart)) return citationCompletion(prefix.replace(/^\s+-\s+/, ''), draft, offset, options);
    return { items: [], range: wordRange };
  }

  if (/^##\s+[^#]*$/.test(prefix)) {
    const typed = prefix.replace(/^##\s+/, '');
    const headings = kindByName(draft.kind)?.headings ?? [...PROPOSAL_HEADINGS, 'Bakgrund'];
    const range = { start: draft.pointAt(offset - typed.length), end: draft.pointAt(offset) };
    return {
      items: headings
        .filter((h) => h.toLocaleLowerCase('sv').startsWith(typed.toLocaleLowerCase('sv')))
        .map((h) => ({
          label: h,
          insertText: h,
          kind: 'heading' as const,
          detail: PROPOSAL_HEADINGS.includes(h as never) ? (en ? 'proposal section (att-satser)' : 'förslagsavsnitt (att-satser)') : en ? 'section' : 'avsnitt',
        })),
      range,
    };
  }
  return citationCompletion(prefix, draft, offset, options);
}

/** A YAML key line: indentation, an optional list dash, the key (plain or quoted) and its colon. */
const KEY_LINE = /^( *)(- +)?(?:("[^"]*"|'[^']*'|[^\s:#'"-][^:#]*?) *:(?: |$))?/;

/**
 * Where a key typed at column `indent` (after a list dash of `dash` characters, when it starts a list item)
 * belongs, read from the frontmatter lines above it by their indentation: the path of keys to its mapping
 * (list items left out) and the keys that mapping already has above this line. Undefined when the lines
 * above do not say (a block scalar, a flow collection: then nothing is offered rather than a wrong key).
 */
function keyContext(above: string[], indent: number, dash: number): { path: string[]; siblings: Set<string> } | undefined {
  const path: string[] = [];
  const siblings = new Set<string>();
  // `column` is where the keys of the mapping being looked for start; `item` says the mapping is a list
  // item whose dash is at `column` (then the key holding the list is looked for).
  let column = indent + dash;
  let item = dash > 0;
  if (item) column = indent;
  let collecting = true;
  for (let i = above.length - 1; i >= 0; i--) {
    const line = above[i]!;
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const m = KEY_LINE.exec(line)!;
    const lineIndent = m[1]!.length;
    const lineDash = m[2]?.length ?? 0;
    const key = m[3] ? m[3].replace(/^(["'])(.*)\1$/, '$2') : undefined;
    if (item) {
      if (lineDash && lineIndent === column) {
        collecting = false; // an earlier item of the same list
        continue;
      }
      if (!lineDash && key && lineIndent <= column) {
        path.unshift(key);
        column = lineIndent;
        item = false;
        collecting = false;
        continue;
      }
      if (lineIndent > column) continue; // inside an earlier item
      return undefined;
    }
    if (lineDash && lineIndent + lineDash === column) {
      // The first key of the list item this key belongs to.
      if (collecting && key) siblings.add(key);
      item = true;
      column = lineIndent;
      collecting = false;
      continue;
    }
    if (lineIndent === column && !lineDash) {
      if (collecting && key) siblings.add(key);
      continue;
    }
    if (lineIndent > column) continue; // the value of a sibling key
    if (key && lineIndent < column) {
      // The key holding this mapping: for a key after a dash, the mapping is inside that list item.
      path.unshift(key);
      collecting = false;
      if (lineDash) {
        item = true;
        column = lineIndent;
      } else column = lineIndent;
      continue;
    }
    return undefined;
  }
  return column === 0 && !item && path.length > 0 ? { path, siblings } : undefined;
}

function isInLagrum(draft: Draft, lineStart: number): boolean {
  const seq = draft.frontmatter && locate(draft.frontmatter.document, ['lagrum']);
  const r = seq?.value?.range;
  if (!r || !draft.frontmatter) return false;
  const base = draft.frontmatter.offset;
  return lineStart >= base + r[0] - 4 && lineStart <= base + r[2];
}

function citationCompletion(prefix: string, draft: Draft, offset: number, options: EditorOptions = {}): Completion {
  const items = completeCitation(prefix, draftCitations(draft).datum, true, options).map((i) => ({ ...i }));
  const word = /[\p{L}\p{N} .-]*$/u.exec(prefix)![0];
  // Replace the last typed token only (law names have no spaces before the cursor when partly typed).
  const token = /[\p{L}\p{N}-]*$/u.exec(word)![0];
  return { items, range: { start: draft.pointAt(offset - token.length), end: draft.pointAt(offset) } };
}

/** Quick fixes: one per `expected` value of each diagnostic that has them. */
export function fixesFor(diagnostics: readonly Diagnostic[]): Fix[] {
  const out: Fix[] = [];
  for (const d of diagnostics) {
    const several = (d.expected?.length ?? 0) > 1 || d.choose === true;
    d.expected?.forEach((text, i) => {
      const rename = d.ruleId === 'frontmatter-unknown-key';
      let title = rename ? `Byt namn till '${text}'` : `Ersätt med '${text}'`;
      let titleEn = rename ? `Rename to '${text}'` : `Replace with '${text}'`;
      // A repealed paragraph taken over by several new ones: each choice says what its paragraph is about,
      // so the writer need not look six numbers up to pick one.
      if (several && d.ruleId.startsWith('citation-')) {
        const heading = headingOf(text);
        if (heading) {
          title += ` – ${heading}`;
          titleEn += ` – '${heading}'`;
        }
      }
      // Answers to choose between: none is preferred (an editor's "fix all" and auto-fix skip them).
      out.push({ title, titleEn, ruleId: d.ruleId, range: d.range, newText: text, preferred: i === 0 && !d.choose });
    });
  }
  return out;
}

/** The heading (rubrik) of the one provision `citation` names, when the registry has one. */
function headingOf(citation: string): string | undefined {
  const found = citeText(citation);
  return found.length === 1 && found[0]!.rubrik ? found[0]!.rubrik : undefined;
}
