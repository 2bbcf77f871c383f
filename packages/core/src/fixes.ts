import type { Diagnostic } from './diagnostic.js';

export interface AppliedFixes {
  /** The text with the fixes applied. */
  text: string;
  /** The diagnostics whose first (preferred) replacement was applied. */
  applied: Diagnostic[];
}

/** Whether `--fix` and Fix All may apply a diagnostic: it has a replacement, and not several to choose between. */
export function isFixable(d: Diagnostic): boolean {
  return Boolean(d.expected?.length) && !d.choose;
}

/**
 * Applies the preferred replacement (`expected[0]`) of every fixable diagnostic to `text` (the
 * draft's text the diagnostics were computed on). Fixes whose ranges overlap an earlier-applied one
 * are left for the next round: check again and apply again until nothing is fixable. A diagnostic whose
 * replacements are for a person to choose between (`choose`) is never applied here.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): AppliedFixes {
  const fixable = diagnostics.filter(isFixable).sort((a, b) => b.range.start.offset - a.range.start.offset || b.range.end.offset - a.range.end.offset);
  let out = text;
  let limit = Infinity;
  const applied: Diagnostic[] = [];
  for (const d of fixable) {
    // From the end, so earlier offsets stay valid; a fix reaching into one already made waits.
    if (d.range.end.offset > limit) continue;
    // A diagnostic computed on another text (an editor's stale list) must not replace the wrong characters.
    if (d.range.start.offset < 0 || d.range.end.offset < d.range.start.offset || d.range.end.offset > text.length) continue;
    if (d.actual !== undefined && text.slice(d.range.start.offset, d.range.end.offset) !== d.actual) continue;
    out = out.slice(0, d.range.start.offset) + d.expected![0] + out.slice(d.range.end.offset);
    limit = d.range.start.offset;
    applied.push(d);
  }
  return { text: out, applied: applied.reverse() };
}

/** The text after fixing until nothing fixable is left, its diagnostics, and every fix applied (all rounds). */
export interface StableFixes {
  text: string;
  diagnostics: Diagnostic[];
  applied: Diagnostic[];
  /** How many rounds applied something. */
  rounds: number;
}

/**
 * Applies the fixes, checks the new text again (`recheck`) and applies what is fixable then, until
 * nothing fixable is left: a fix may uncover another, and fixes whose ranges overlap wait a round.
 * At most `maxRounds` rounds, so that two rules that undo each other cannot loop. The one loop the
 * CLI's `check --fix` and the extension's Fix All share.
 */
export function fixUntilStable(
  text: string,
  diagnostics: readonly Diagnostic[],
  recheck: (text: string) => { text: string; diagnostics: Diagnostic[] },
  maxRounds = 5,
): StableFixes {
  let current = { text, diagnostics: [...diagnostics] };
  const applied: Diagnostic[] = [];
  let rounds = 0;
  while (rounds < maxRounds) {
    const round = applyFixes(current.text, current.diagnostics);
    if (round.applied.length === 0) break;
    applied.push(...round.applied);
    rounds++;
    current = recheck(round.text);
  }
  return { ...current, applied, rounds };
}

/**
 * The one edit that turns `before` into `after`: the range between their common start and common end,
 * so that an editor leaves everything around it (cursors, folds, undo steps) as it was.
 */
export function changedRange(before: string, after: string): { start: number; end: number; text: string } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { start, end: before.length - end, text: after.slice(start, after.length - end) };
}
