import type { Diagnostic } from './diagnostic.js';
import { LineIndex } from './model/positions.js';

/** A draft file's bytes as text, or (when they are not UTF-8) the one problem that says so. */
export interface DecodedDraft {
  /**
   * The text (a byte-order mark kept, as parseDraft expects). When `problem` is set this is only a
   * best-effort reading for showing positions: it must never be checked further, fixed or exported.
   */
  text: string;
  /** Set when the file is not UTF-8: one error naming the encoding found and how to save as UTF-8. */
  problem?: Diagnostic;
  /** The encoding found when it is not UTF-8 ("UTF-16", "Windows-1252 (Latin-1)", …). */
  encoding?: string;
}

/** The id the encoding problem is reported under (not a rule: it cannot be turned off or silenced). */
export const ENCODING_PROBLEM_ID = 'file-encoding';

const HOW_TO_SAVE =
  "Spara filen som UTF-8: i VS Code klickar du på kodningen längst ner till höger och väljer 'Spara med kodning' → 'UTF-8'; i Anteckningar väljer du Arkiv → Spara som och Kodning: UTF-8. ärende ändrar inte filen förrän den är UTF-8.";

/** Index of the first byte that is not part of valid UTF-8, or -1 when all of it is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, surrogates and code points beyond U+10FFFF are not UTF-8 either.
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** UTF-16 without a byte-order mark: every other byte of ASCII text is zero. */
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Bytes Windows-1252 uses for Swedish and other Western letters, and its typographic quotes and dashes. */
function looksLikeWindows1252(bytes: Uint8Array, from: number): boolean {
  let high = 0;
  let letters = 0;
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    high++;
    if ((b >= 0xc0 && b <= 0xff && b !== 0xd7 && b !== 0xf7) || b === 0x96 || b === 0x97 || (b >= 0x91 && b <= 0x94) || b === 0xa7 || b === 0xa0) letters++;
  }
  return high > 0 && letters / high > 0.8;
}

function problemAt(text: string, offset: number, message: string): Diagnostic {
  const index = new LineIndex(text);
  const start = index.pointAt(offset);
  const end = index.pointAt(Math.min(text.length, offset + 1));
  return {
    ruleId: ENCODING_PROBLEM_ID,
    source: 'arende',
    severity: 'error',
    message,
    range: { start, end },
    url: 'docs/FORMAT.md#ett-utkast-är-en-markdown-fil',
  };
}

/**
 * Reads a draft file's bytes. UTF-8 (with or without a byte-order mark) is the format; UTF-16 (as
 * Windows programs save "Unicode" text) and bytes that are not UTF-8 (usually Windows-1252/Latin-1)
 * give one error that names the encoding and says how to save the file as UTF-8. Decoding them with
 * replacement characters instead would report nonsense and, worse, a fix would write every å, ä and ö
 * back as U+FFFD.
 */
export function decodeDraft(bytes: Uint8Array): DecodedDraft {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  const utf16 = le ? 'utf-16le' : be ? 'utf-16be' : utf16Without(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes);
    const encoding = utf16 === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
    return {
      text,
      encoding,
      problem: problemAt(text, 0, `Filen är sparad som ${encoding} ("Unicode"), inte som UTF-8, och kan inte kontrolleras. ${HOW_TO_SAVE}`),
    };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
  const prefix = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, bad));
  const cp1252 = looksLikeWindows1252(bytes, bad);
  const rest = new TextDecoder(cp1252 ? 'windows-1252' : 'utf-8').decode(bytes.subarray(bad));
  const text = prefix + rest;
  const encoding = cp1252 ? 'Windows-1252 (Latin-1)' : 'okänd kodning';
  const byte = `0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')}`;
  const where = new LineIndex(text).pointAt(prefix.length);
  return {
    text,
    encoding,
    problem: problemAt(
      text,
      prefix.length,
      `Filen är inte sparad som UTF-8 utan ${cp1252 ? `troligen som ${encoding}` : 'i en annan kodning'}: byten ${byte} på rad ${where.line}, kolumn ${where.column}${cp1252 ? ` ('${rest[0]}')` : ''} är inte UTF-8. ${HOW_TO_SAVE}`,
    ),
  };
}
