// Shared by the property test (fix-ranges.test.ts) and the fuzz harness (test/support/fuzz.ts), so both
// hold --fix to the same promise. Not a test file: the fuzz script imports it outside mocha.
import assert from 'node:assert/strict';
import type { Diagnostic } from '../src/index.js';

/**
 * The property: the text outside the applied fixes' ranges is unchanged, byte for byte, and each range
 * now holds the fix's replacement. Computed independently of applyFixes (from the ranges alone).
 */
export function assertOnlyInside(before: string, after: string, applied: readonly Diagnostic[]): void {
  const sorted = [...applied].sort((a, b) => a.range.start.offset - b.range.start.offset);
  let at = 0;
  let pos = 0;
  for (const d of sorted) {
    const keep = before.slice(at, d.range.start.offset);
    assert.equal(after.slice(pos, pos + keep.length), keep, `text before the fix at ${d.range.start.line}:${d.range.start.column} changed`);
    pos += keep.length;
    assert.equal(after.slice(pos, pos + d.expected![0]!.length), d.expected![0]);
    pos += d.expected![0]!.length;
    at = d.range.end.offset;
  }
  assert.equal(after.slice(pos), before.slice(at), 'text after the last fix changed');
}
