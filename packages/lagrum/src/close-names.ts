/**
 * A misspelt law name ("socialtjänstlagan", "kommunlagen", "LLS") close to one the registry knows, for
 * citation-unknown-law's "menade du …". Close means one edit (a letter added, dropped, changed, or two
 * neighbours swapped) for an abbreviation, written in capitals, and at most two for a one-word name of
 * eight letters or more; and only one law may be that close (two candidates: no suggestion).
 */
import { knownNames } from './law-mentions.js';

/** Optimal string alignment distance (Damerau–Levenshtein without repeated edits of one substring). */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(d);
    }
  }
  return rows[a.length]![b.length]!;
}

/** Abbreviations of laws outside the registry that are one letter from one inside it: never a misspelling
 * ("LOU" is lagen om offentlig upphandling, not LVU; "SFB" socialförsäkringsbalken, not FB). */
const OTHER_ABBREVIATIONS = new Set([
  'LOU',
  'SFB',
  'PBL',
  'BrB',
  'RB',
  'JB',
  'ÄB',
  'TF',
  'RF',
  'YGL',
  'LAS',
  'MBL',
  'AML',
  'LRV',
  'LOL',
  'PSL',
  'PDL',
  'SkolL',
  'DL',
  'ML',
  'FPL',
  'LVUL',
]);

let candidates: { name: string; abbreviation: boolean; sfs: string[] }[] | null = null;

/** The one known name or abbreviation `word` is a misspelling of, or null (none, or several laws as close). */
export function closeLawName(word: string): string | null {
  candidates ??= knownNames().filter((n) => n.abbreviation || !/\s/u.test(n.name));
  const abbreviation = /^[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,5}$/u.test(word) && /[A-ZÅÄÖ].*[A-ZÅÄÖ]|^[A-ZÅÄÖ][a-zåäö]{0,2}[A-ZÅÄÖ]/u.test(word);
  const lower = word.toLowerCase();
  if (!abbreviation && (lower.length < 8 || !/^\p{Ll}+$/u.test(lower))) return null;
  if (abbreviation && (word.length < 3 || OTHER_ABBREVIATIONS.has(word))) return null;
  const limit = abbreviation ? 1 : 2;
  let best: { name: string; d: number; sfs: string } | null = null;
  let tie = false;
  for (const c of candidates) {
    // An abbreviation only by a changed or swapped letter (a dropped one makes "SL" of "SoL" and "KL").
    if (c.abbreviation !== abbreviation || (abbreviation && c.name.length !== word.length)) continue;
    const d = abbreviation ? editDistance(word, c.name, limit) : editDistance(lower, c.name, limit);
    if (d === 0 || d > limit) continue;
    if (!best || d < best.d) {
      best = { name: c.name, d, sfs: c.sfs.join() };
      tie = false;
    } else if (d === best.d && c.sfs.join() !== best.sfs) tie = true;
  }
  return best && !tie ? best.name : null;
}
