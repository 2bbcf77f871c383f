import { decodeNamedCharacterReference } from 'decode-named-character-reference';

/** How one character of a text node's value was written in the source. */
export const Written = {
  /** The same character, as it is. */
  Same: 0,
  /** A line ending (with the trailing white space before it and the container prefix after it: `  > `). */
  LineBreak: 1,
  /** A backslash escape (`\*`) or a character reference (`&amp;`, `&#160;`). */
  Encoded: 2,
} as const;

/**
 * Where each character of a text node's value stands in the source: `start[i]`..`end[i]` is the source
 * span (relative to the node's start) that character `i` came from, `how[i]` how it was written.
 */
export interface ValueMap {
  start: Int32Array;
  end: Int32Array;
  how: Uint8Array;
}

const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const REFERENCE = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/;

/** The text a character reference at the start of `s` stands for, with its source length (or undefined). */
function reference(s: string): { value: string; length: number } | undefined {
  const m = REFERENCE.exec(s);
  if (!m) return undefined;
  if (m[3] !== undefined) {
    const value = decodeNamedCharacterReference(m[3]);
    return value === false ? undefined : { value, length: m[0].length };
  }
  const code = m[1] !== undefined ? Number.parseInt(m[1], 10) : Number.parseInt(m[2]!, 16);
  // CommonMark: 0, surrogates and out-of-range code points become U+FFFD.
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return { value: valid ? String.fromCodePoint(code) : '\ufffd', length: m[0].length };
}

/**
 * Aligns a text node's `value` with its `source` (the node's span of the file): escapes and character
 * references, and line endings inside list items, block quotes and footnotes (where the parser drops the
 * indentation and `>` of the next line), are mapped back to the exact characters they were written as.
 * Returns undefined when the two cannot be aligned (then no position inside the node can be trusted).
 */
export function alignValue(value: string, source: string): ValueMap | undefined {
  const n = value.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const how = new Uint8Array(n);
  let i = 0;
  let j = 0;
  while (i < n) {
    const v = value[i]!;
    const c = source[j];
    if (c === undefined) return undefined;
    if (c === '\\' && ASCII_PUNCTUATION.test(source[j + 1] ?? '') && source[j + 1] === v) {
      start[i] = j;
      end[i] = j + 2;
      how[i] = Written.Encoded;
      i++;
      j += 2;
      continue;
    }
    if (c === '&') {
      const ref = reference(source.slice(j, j + 40));
      if (ref && value.startsWith(ref.value, i)) {
        for (let k = 0; k < ref.value.length; k++) {
          start[i + k] = j;
          end[i + k] = j + ref.length;
          how[i + k] = Written.Encoded;
        }
        i += ref.value.length;
        j += ref.length;
        continue;
      }
    }
    if (v === '\r' || v === '\n') {
      const ending = v === '\r' && value[i + 1] === '\n' ? '\r\n' : v;
      let k = j;
      while (source[k] === ' ' || source[k] === '\t') k++;
      if (!source.startsWith(ending, k)) return undefined;
      k += ending.length;
      // The next line's container prefix: indentation and block quote markers (a paragraph's own text
      // never starts with white space, and a `>` there would open a block quote).
      while (source[k] === ' ' || source[k] === '\t' || source[k] === '>') k++;
      for (let e = 0; e < ending.length; e++) {
        start[i + e] = j;
        end[i + e] = k;
        how[i + e] = Written.LineBreak;
      }
      i += ending.length;
      j = k;
      continue;
    }
    if (c !== v) return undefined;
    start[i] = j;
    end[i] = j + 1;
    how[i] = Written.Same;
    i++;
    j++;
  }
  return { start, end, how };
}
