/**
 * A rule's documented examples (docs.bad / docs.good) as whole drafts, so that they can be checked: the
 * test that runs them, and the rule documentation that shows what `arende check --fix` makes of them.
 */
import { checkText } from './check.js';
import { applyFixes } from './fixes.js';
import { KINDS } from './kinds/index.js';
import { TEMPLATES } from './templates.js';
import type { RuleDefinition } from './rules/rule.js';
import type { HandlingLoader } from './meeting/resolve.js';

/** The files an example names (docs.files), as the loader a check reads a meeting file's handlingar with. */
function exampleFiles(rule: RuleDefinition): HandlingLoader {
  const files = rule.docs.files ?? {};
  return (rel) => (rel in files ? { exists: true, text: files[rel]!, path: rel } : { exists: false });
}

/** The frontmatter lines of each kind's template: the base a documented fragment is put into. */
export const EXAMPLE_BASES: readonly string[] = KINDS.map((k) => /^---\r?\n([\s\S]*?)\r?\n---/.exec(TEMPLATES[k.name])?.[1] ?? '');

/** Drops a top-level key (and its indented lines) from frontmatter lines. */
function withoutKey(frontmatter: string, key: string): string {
  const out: string[] = [];
  let skipping = false;
  for (const line of frontmatter.split('\n')) {
    if (/^\S/.test(line)) skipping = line.startsWith(`${key}:`);
    if (!skipping) out.push(line);
  }
  return out.join('\n');
}

/** An example in a draft: the whole text, and where the example itself starts and how much follows it. */
export interface ExampleDraft {
  text: string;
  start: number;
  after: number;
}

/**
 * An example as a whole draft of the kind `base` comes from: a whole file stays as it is; frontmatter lines
 * (`lagrum:\n  - …`) replace the same keys of the base; a body fragment follows the base's frontmatter.
 */
export function exampleDraft(rule: RuleDefinition, example: string, base: string): ExampleDraft {
  if (example.startsWith('---') || rule.id === 'frontmatter-missing') return { text: example, start: 0, after: 0 };
  if (/^[\p{L}_-]+:/u.test(example)) {
    const keys = [...example.matchAll(/^([\p{L}_-]+):/gmu)].map((m) => m[1]!);
    const head = `---\n${keys.reduce(withoutKey, base)}\n`;
    const tail = '\n---\n\nText.\n';
    return { text: head + example + tail, start: head.length, after: tail.length };
  }
  const head = `---\n${base}\n---\n\n`;
  return { text: `${head}${example}\n`, start: head.length, after: 1 };
}

/** The diagnostics of `rule` on an example in a draft. */
export function exampleFindings(rule: RuleDefinition, draft: ExampleDraft) {
  return checkText(draft.text, { handlingar: exampleFiles(rule) }).diagnostics.filter((d) => d.ruleId === rule.id);
}

/** The bases (kinds) under which the bad example breaks the rule. */
export function basesWhereBad(rule: RuleDefinition): string[] {
  return EXAMPLE_BASES.filter((base) => exampleFindings(rule, exampleDraft(rule, rule.docs.bad, base)).length > 0);
}

/** What `arende check --fix` makes of the bad example (the rule's own fixes), or undefined when it fixes nothing. */
export function fixedExample(rule: RuleDefinition): string | undefined {
  const base = basesWhereBad(rule)[0];
  if (base === undefined) return undefined;
  const draft = exampleDraft(rule, rule.docs.bad, base);
  const { text, applied } = applyFixes(draft.text, exampleFindings(rule, draft));
  if (applied.length === 0) return undefined;
  return text.slice(draft.start, text.length - draft.after);
}
