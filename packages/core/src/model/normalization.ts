/**
 * Unicode normalisation of a draft (issue 17 §5). Text pasted from macOS or a PDF often writes å, ä and ö
 * as a letter plus a combining mark (NFD). ärende reads every draft as NFC, so keys (`avsändare`),
 * headings (`## Vi föreslår därför att`) and citations are the same letters however they were encoded; a
 * position in the text as read maps back to the file's own text, so that a diagnostic points at the right
 * column and `--fix` changes only its span, writing its replacement in the draft's own form.
 */
import { LineIndex } from './positions.js';
import type { Point } from './types.js';

/** The file's text when it differs from the text as read (Draft.text, NFC). */
export interface SourceText {
  /** The text as written in the file (byte-order mark removed). */
  text: string;
  /** `toSource[i]`: the offset in `text` of the NFC text's offset `i` (length: the NFC text's length + 1). */
  toSource: Int32Array;
  /** Point in `text` of an offset in `text`. */
  pointAt(offset: number): Point;
}

/** Runs that NFC may change: a character followed by combining marks, or a character NFC maps to another. */
const CLUSTER = /\P{M}?\p{M}+|[^\p{M}]/gu;

/**
 * `text` as NFC, and, when that differs, how its offsets map back. The NFC text is built cluster by
 * cluster (a character with its combining marks), so every offset of it maps to a cluster boundary of
 * the source: a range never ends inside a letter.
 */
export function toNfc(text: string): { text: string; source?: SourceText } {
  if (text.normalize('NFC') === text) return { text };
  const parts: string[] = [];
  const map: number[] = [];
  let at = 0;
  // Only the parts that change are walked cluster by cluster; runs already in NFC are copied.
  const CHANGED = /\P{M}?\p{M}+|[\u0374\u037e\u0387\u1f71-\u1ffd\u2000\u2001\u2126\u212a\u212b\u2329\u232a\uf900-\ufaff\u{2f800}-\u{2fa1f}]/gu;
  for (const m of text.matchAll(CHANGED)) {
    const start = m.index!;
    const piece = m[0];
    if (start > at) copy(text.slice(at, start), at);
    CLUSTER.lastIndex = 0;
    for (const c of piece.matchAll(CLUSTER)) {
      const nfc = c[0].normalize('NFC');
      for (let k = 0; k < nfc.length; k++) map.push(start + c.index!);
      parts.push(nfc);
    }
    at = start + piece.length;
  }
  if (at < text.length) copy(text.slice(at), at);
  map.push(text.length);
  const nfc = parts.join('');
  const index = new LineIndex(text);
  return { text: nfc, source: { text, toSource: Int32Array.from(map), pointAt: (offset) => index.pointAt(offset) } };

  function copy(run: string, from: number) {
    for (let k = 0; k < run.length; k++) map.push(from + k);
    parts.push(run);
  }
}

/**
 * A replacement written into the source in the draft's own form: NFD where the draft is not NFC, unless
 * the span it replaces is itself written composed. A span is composed when it holds a letter that
 * decomposes (å written as one character); a span without one ("3 kap. 5 § SoL": § has no decomposed
 * form) says nothing of its own and takes the draft's form (the fuzz harness found "socialtjänstlagen"
 * written composed into an NFD draft when the span held only a §).
 */
export function inSourceForm(replacement: string, replaced: string): string {
  const composedSpan = replaced.normalize('NFD') !== replaced;
  return composedSpan ? replacement.normalize('NFC') : replacement.normalize('NFD');
}

/** The draft's text as written in its file (Draft.text is it read as NFC): what --fix edits and positions count in. */
export function fileText(draft: { text: string; source?: SourceText }): string {
  return draft.source?.text ?? draft.text;
}
