/**
 * Kommuner and regioner by name: which names are right (the legal "X kommun", the name a kommun uses for
 * itself, a region's name), and which official name a short or misspelt form means ("Lindesberg" →
 * "Lindesbergs kommun"). The data and its source are in ./data.ts.
 */
import { KOMMUNER_TSV, REGIONER_TSV } from './data.js';

export interface Kommun {
  /** SCB's four-digit kommunkod. */
  kod: string;
  /** The legal name, "X kommun". */
  namn: string;
  län: string;
  /** The name the kommun uses for itself, where it differs ("Stockholms stad", "Region Gotland"). */
  egetNamn?: string;
}

export interface Region {
  /** SCB's two-digit länskod. */
  kod: string;
  namn: string;
  län: string;
}

export const KOMMUNER: readonly Kommun[] = KOMMUNER_TSV.split('\n').map((line) => {
  const [kod = '', namn = '', län = '', egetNamn = ''] = line.split('\t');
  return egetNamn ? { kod, namn, län, egetNamn } : { kod, namn, län };
});

export const REGIONER: readonly Region[] = REGIONER_TSV.split('\n').map((line) => {
  const [kod = '', namn = '', län = ''] = line.split('\t');
  return { kod, namn, län };
});

/** Every right name, legal names first, then the names kommuner use themselves, then the regioner (for lists to pick from). */
export function kommunNames(): string[] {
  const out = new Set<string>();
  for (const k of KOMMUNER) out.add(k.namn);
  for (const k of KOMMUNER) if (k.egetNamn) out.add(k.egetNamn);
  for (const r of REGIONER) out.add(r.namn);
  return [...out].sort((a, b) => a.localeCompare(b, 'sv'));
}

/** Case, spacing and Unicode form aside ("Göteborgs Stad" = "göteborgs  stad"). */
function fold(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');
}

/** The names a value is checked against. */
interface Known {
  /** The right names, as written: what a fix offers, legal name first. */
  right: string[];
}

interface Index {
  /** Folded right name → its entry. */
  right: Map<string, Known>;
  /** Folded short or variant form ("lindesberg", "kommunen lindesberg") → its entry; ambiguous forms left out. */
  variants: Map<string, Known>;
}

let index: Index | undefined;

function buildIndex(): Index {
  const right = new Map<string, Known>();
  const variants = new Map<string, Known | null>();
  const addVariant = (form: string, known: Known) => {
    const key = fold(form);
    if (right.has(key)) return;
    const had = variants.get(key);
    variants.set(key, had === undefined || had === known ? known : null);
  };
  for (const k of KOMMUNER) {
    const known: Known = { right: k.egetNamn ? [k.namn, k.egetNamn] : [k.namn] };
    for (const name of known.right) right.set(fold(name), known);
  }
  for (const r of REGIONER) if (!right.has(fold(r.namn))) right.set(fold(r.namn), { right: [r.namn] });
  for (const k of KOMMUNER) {
    const known = right.get(fold(k.namn))!;
    // "Lindesbergs kommun": the genitive "Lindesbergs" and the place "Lindesberg" both mean it.
    const genitive = k.namn.replace(/ kommun$/, '');
    const place = /[^s]s$/.test(genitive) ? genitive.slice(0, -1) : genitive;
    // "Falu kommun" is the kommun of Falun.
    const town = /u$/.test(genitive) ? `${genitive}n` : place;
    for (const base of new Set([genitive, place, town])) {
      addVariant(base, known);
      addVariant(`${base} kommun`, known);
      addVariant(`kommunen ${base}`, known);
      addVariant(`${base} stad`, known);
    }
  }
  const usable = new Map<string, Known>();
  for (const [key, known] of variants) if (known && !right.has(key)) usable.set(key, known);
  return { right, variants: usable };
}

function getIndex(): Index {
  index ??= buildIndex();
  return index;
}

export type KommunNameCheck =
  /** One of the right names, as written. */
  | { status: 'right' }
  /** A short, differently written or misspelt form of a known kommun or region: `official` are the right names, legal first. */
  | { status: 'fix'; official: string[] }
  /** Not a name ärende knows (perhaps a made-up kommun in an example, or a spelling too far from any). */
  | { status: 'unknown' };

/**
 * Levenshtein distance when it is at most `max`, else `max + 1` (stops as soon as every cell of a row
 * passes `max`: the typo search compares a name with some two thousand forms on each check).
 */
function distanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < least) least = v;
    }
    if (least > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** Recent answers: an editor checks the same value on every keystroke elsewhere in the draft. */
const answers = new Map<string, KommunNameCheck>();

/** Whether `value` names a kommun or region rightly; if not, which right name it most likely means. */
export function checkKommunName(value: string): KommunNameCheck {
  const had = answers.get(value);
  if (had) return had;
  const answer = checkUncached(value);
  if (answers.size >= 200) answers.delete(answers.keys().next().value!);
  answers.set(value, answer);
  return answer;
}

function checkUncached(value: string): KommunNameCheck {
  const written = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!written) return { status: 'unknown' };
  const { right, variants } = getIndex();
  const key = fold(written);
  const exact = right.get(key);
  if (exact) {
    // "Göteborgs Stad" and "Göteborgs stad" are both in use; other case differences are fixed.
    const same = (a: string, b: string) => a.replace(/ [Ss]tad$/, ' stad') === b.replace(/ [Ss]tad$/, ' stad');
    if (exact.right.some((r) => same(r, written))) return { status: 'right' };
    // Offer the form the writer meant first ("stockholms stad" → "Stockholms stad").
    return { status: 'fix', official: [...exact.right].sort((a, b) => Number(fold(b) === key) - Number(fold(a) === key)) };
  }
  const variant = variants.get(key);
  if (variant) return { status: 'fix', official: variant.right };
  // A likely typo: one or two letters off a right name or a variant, and closer to it than to any other.
  if (key.length < 6) return { status: 'unknown' };
  const max = key.length >= 10 ? 2 : 1;
  let best: Known | undefined;
  let bestScore = Infinity;
  let tie = false;
  for (const map of [right, variants]) {
    for (const [form, known] of map) {
      const score = distanceWithin(key, form, max);
      if (score > max) continue;
      if (score < bestScore) {
        bestScore = score;
        best = known;
        tie = false;
      } else if (score === bestScore && known !== best) tie = true;
    }
  }
  if (best && !tie) return { status: 'fix', official: best.right };
  return { status: 'unknown' };
}

/** The legal name of the kommun or region `value` names (any right or variant form), or undefined. */
export function officialKommunName(value: string): string | undefined {
  const key = fold(value);
  const { right, variants } = getIndex();
  return (right.get(key) ?? variants.get(key))?.right[0];
}
