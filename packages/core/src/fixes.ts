import type { Diagnostic } from './diagnostic.js';

export interface AppliedFixes {
  /** The text with the fixes applied. */
  text: string;
  /** The diagnostics whose first (preferred) replacement was applied. */
  applied: Diagnostic[];
}

/**
 * Applies the preferred replacement (`expected[0]`) of every fixable diagnostic to `text` (the
 * draft's text the diagnostics were computed on). Fixes whose ranges overlap an earlier-applied one
 * are left for the next round: check again and apply again until nothing is fixable. A diagnostic whose
 * replacements are for a person to choose between (`choose`) is never applied here.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): AppliedFixes {
  const fixable = diagnostics
    .filter((d) => d.expected?.length && !d.choose)
    .sort((a, b) => b.range.start.offset - a.range.start.offset || b.range.end.offset - a.range.end.offset);
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
