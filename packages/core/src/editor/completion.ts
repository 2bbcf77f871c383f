/** Completion: frontmatter keys and values, proposal and section headings, and citations. */
import { completeCitation } from '@arende/lagrum';
import { draftCitations } from '../citations.js';
import { kindByName } from '../kinds/index.js';
import { PROPOSAL_HEADINGS } from '../model/headings.js';
import { locate } from '../model/parse-draft.js';
import { DRAFT_KINDS, type Draft } from '../model/types.js';
import { keyDocs } from './key-docs.js';
import { kindSchema, kindWhileTyping, propertiesOf, schemaAt } from './schema-walk.js';
import type { Completion, EditorOptions } from './types.js';

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
      const schema = kindSchema(draft.kind ?? kindWhileTyping(draft));
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
