/**
 * LIX and OVIX, counted exactly as their definitions say, on plain text.
 *
 * LIX (läsbarhetsindex, C.-H. Björnsson 1968) = words / sentences + 100 · long words / words, where
 *   - a word is a run of characters between white space, with the punctuation around it removed, that
 *     holds at least one letter or digit ("§", "–" and "…" standing alone are no words);
 *   - a long word has more than six letters (letters and digits are counted; the hyphen in "att-sats"
 *     and the full stops in "t.ex." are not);
 *   - a sentence ends at ".", "!", "?" or ":" followed by white space or the end of the text, and at the
 *     end of a block of prose (a paragraph or a list item): text without a full stop is one sentence.
 * OVIX (ordvariationsindex, Hultman & Westman 1977) = log(N) / log(2 − log(V) / log(N)), N words and
 * V different words (compared in lower case). It is undefined (null) when every word differs (the
 * denominator is log 1 = 0) or there are fewer than two words.
 */

export interface Word {
  /** The word without surrounding punctuation. */
  text: string;
  /** Offsets in the text given to `words` (end exclusive). */
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  words: Word[];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** The words of a text, in order (see the module comment for what a word is). */
export function words(text: string): Word[] {
  const out: Word[] = [];
  const token = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(text))) {
    const raw = m[0];
    // Most tokens begin and end with a letter or digit: then they are the word as they stand.
    if (LETTER_OR_DIGIT.test(raw[0]!) && LETTER_OR_DIGIT.test(raw[raw.length - 1]!)) {
      out.push({ text: raw, start: m.index, end: m.index + raw.length });
      continue;
    }
    if (!LETTER_OR_DIGIT.test(raw)) continue;
    const lead = raw.length - raw.replace(/^[^\p{L}\p{N}]+/u, '').length;
    const trail = raw.length - raw.replace(/[^\p{L}\p{N}]+$/u, '').length;
    out.push({ text: raw.replace(EDGE_PUNCTUATION, ''), start: m.index + lead, end: m.index + raw.length - trail });
  }
  return out;
}

/** Letters and digits in a word: what "more than six letters" counts. */
function letterCount(word: string): number {
  return word.replace(NOT_LETTER_OR_DIGIT, '').length;
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;

export function isLongWord(word: string): boolean {
  // A word of at most six characters cannot have more than six letters.
  return word.length > 6 && letterCount(word) > 6;
}

/** The sentences of one block of prose (its end is a sentence end); sentences without words are dropped. */
export function sentences(text: string): Sentence[] {
  const ends: number[] = [];
  const end = /[.!?:](?=\s|$)/g;
  let m: RegExpExecArray | null;
  while ((m = end.exec(text))) ends.push(m.index + 1);
  if (ends[ends.length - 1] !== text.length) ends.push(text.length);
  const all = words(text);
  const out: Sentence[] = [];
  let w = 0;
  for (const e of ends) {
    const mine: Word[] = [];
    while (w < all.length && all[w]!.start < e) mine.push(all[w++]!);
    if (mine.length) out.push({ start: mine[0]!.start, end: e, words: mine });
  }
  return out;
}

export interface Counts {
  words: number;
  sentences: number;
  longWords: number;
  /** Different words, compared in lower case. */
  types: number;
}

/** Counts over blocks of prose (each block's end ends a sentence). */
export function countBlocks(blocks: readonly string[]): Counts {
  return countSentences(blocks.map((b) => sentences(b)));
}

/** Counts over sentences already found (per block), so that a caller tokenizes each block once. */
export function countSentences(blocks: readonly (readonly Sentence[])[]): Counts {
  let nWords = 0;
  let nSentences = 0;
  let longWords = 0;
  const types = new Set<string>();
  for (const block of blocks) {
    for (const s of block) {
      nSentences++;
      for (const w of s.words) {
        nWords++;
        if (isLongWord(w.text)) longWords++;
        // toLowerCase, not the 'sv' locale: the same for Swedish letters, and many times faster.
        types.add(w.text.toLowerCase());
      }
    }
  }
  return { words: nWords, sentences: nSentences, longWords, types: types.size };
}

/** LIX from counts; null for a text without words. */
export function lix(c: Counts): number | null {
  if (c.words === 0 || c.sentences === 0) return null;
  return c.words / c.sentences + (100 * c.longWords) / c.words;
}

/** OVIX from counts; null where the formula is undefined (see the module comment). */
export function ovix(c: Counts): number | null {
  if (c.words < 2 || c.types >= c.words) return null;
  const n = Math.log(c.words);
  return n / Math.log(2 - Math.log(c.types) / n);
}

/** The usual reading of a LIX value (Björnsson's scale as Swedish readers know it). */
export function lixLevel(value: number): { sv: string; en: string } {
  if (value < 30) return { sv: 'mycket lätt', en: 'very easy' };
  if (value < 40) return { sv: 'lätt', en: 'easy' };
  if (value < 50) return { sv: 'medelsvår', en: 'medium' };
  if (value < 60) return { sv: 'svår', en: 'hard' };
  return { sv: 'mycket svår', en: 'very hard' };
}
