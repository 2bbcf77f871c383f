/**
 * Hostile inputs that once took quadratic time (issue 8 §3): each is run on an input and on one eight times
 * larger, and must grow less than quadratically. See test/support/growth.ts and docs/RELIABILITY.md.
 */
import assert from 'node:assert/strict';
import { findCitations } from '../packages/lagrum/src/index.js';
import { assertSubquadratic } from './support/growth.js';

/** "1, 2, 3, …" of about `bytes` characters: a long run of numbers with no "§" after it. */
const numberRun = (bytes: number, sep = ', ') => {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const s = String((i % 999) + 1);
    parts.push(s);
    length += s.length + sep.length;
  }
  return parts.join(sep);
};

describe('hostile input: the citation scanner grows linearly', () => {
  it('a long comma-separated run of numbers (was 15 s for 80 KB)', () => {
    assertSubquadratic('findCitations on "1, 2, 3, …"', (n) => numberRun(n), findCitations, 20_000);
  });
  it('a long "och"-separated run of numbers', () => {
    assertSubquadratic('findCitations on "1 och 2 och 3 …"', (n) => numberRun(n, ' och '), findCitations, 20_000);
  });
  it('a run of numbers after a chapter ("1 kap. 1, 2, 3, …")', () => {
    assertSubquadratic('findCitations on "1 kap. 1, 2, …"', (n) => `1 kap. ${numberRun(n)}`, findCitations, 20_000);
  });
  it('a run of numbers after a paragraph ("9 § 1, 2, 3, …")', () => {
    assertSubquadratic('findCitations on "9 § 1, 2, …"', (n) => `9 § ${numberRun(n)}`, findCitations, 20_000);
  });
  it('still reads a long list of paragraphs whole (40 numbers)', () => {
    const list = Array.from({ length: 40 }, (_, i) => String(2 * i + 1));
    const found = findCitations(`enligt ${list.slice(0, -1).join(', ')} och ${list.at(-1)} §§ SoL`);
    assert.deepEqual(found.map((c) => c.paragraf), list);
    assert.ok(found.every((c) => c.law?.name === 'SoL'));
  });
});
