/**
 * Personal identity numbers in text (docs/DOMAIN.md, "Personal data in documents that become public"): a
 * personnummer `YYMMDD-NNNC` / `YYMMDD+NNNC` (+ from the year the person turns 100) or
 * `YYYYMMDDNNNC` / `YYYYMMDD-NNNC`, where C is a Luhn check digit over the ten-digit form; a
 * samordningsnummer is the same with 60 added to the day. Organisationsnummer are Luhn-valid too but
 * have a "month" of 20 or more, so they never match a date here.
 *
 * Found in every form a person or a word processor produces (issue 8; the forms are listed in
 * packages/core/test/personnummer-forms.test.ts): a hyphen, en or em dash, minus sign or other dash (also as an HTML
 * entity or a Markdown escape `\-`), spaces and no-break spaces around it or instead of it, no separator
 * at all, a line break after the separator (a paragraph wrapped there), 10 or 12 digits, and any prefix
 * (`pnr:`, `personnr`, `Personnummer:`).
 *
 * Not mistaken for one: organisation numbers (month 20 or more), dates and times (the check digit and the
 * date must both be valid), numbers inside longer numbers, and telephone numbers: a ten-digit run that
 * starts with 0 and has no separator is how Swedish telephone numbers are written (0701234567), so it is
 * taken as a personnummer only after a word that says it is one ("pnr", "personnummer").
 */

export interface IdentityNumber {
  start: number;
  end: number;
  text: string;
  kind: 'personnummer' | 'samordningsnummer';
  /** The date part as written, 6 or 8 digits (for a masked message). */
  date: string;
  /** Written with "+" (the person is 100 or older). */
  plus: boolean;
  /**
   * False for a number shaped like a personnummer whose check digit is wrong (a typo): only returned when
   * asked for (`{ wrongCheckDigit: true }`); it still gives away a birth date.
   */
  checkDigitValid: boolean;
}

export interface FindOptions {
  /**
   * Also return numbers whose check digit is wrong, where the writing says it is a personnummer: a
   * dash or "+" between date and digits (10 or 12 digits), or a word before it ("pnr", "personnummer").
   * Never after a word for another kind of number (OCR, faktura, dnr, bankgiro…), and never a bare run of
   * digits without such a word: invoice and OCR numbers are written that way.
   */
  wrongCheckDigit?: boolean;
}

/** White space a word processor puts between groups: space, tab, no-break, figure, thin, narrow no-break, zero-width. */
const SPACE = String.raw`(?:[ \t\u00a0\u2007\u2009\u202f\u200b\u2060\u00ad]|&nbsp;|&#160;|&#x[aA]0;)`;
/** A dash of any kind: hyphen-minus, the Unicode hyphens and dashes, minus sign, small and full-width hyphen. */
const DASH = String.raw`(?:[\-\u2010-\u2015\u2212\ufe63\uff0d]|\\-|&(?:ndash|mdash|minus|hyphen|dash);|&#(?:45|8208|8209|8210|8211|8212|8722);|&#x(?:2[dD]|201[0-5]|2212);)`;
const SEPARATOR = String.raw`${SPACE}{0,3}(?:(${DASH})|(\+))?${SPACE}{0,3}(?:\r?\n[ \t>]{0,8})?`;
const CANDIDATE = new RegExp(String.raw`(?<![\p{N}])(?<!\p{N}[\-+/.,:])(?:(18|19|20)(?=\d{6}))?(\d{6})(${SEPARATOR})(\d{4})(?!\p{N})(?![\-./:,]\p{N})`, 'gu');
const SIX_DIGITS = /\d{6}/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** A word before a number that says it is an identity number. */
const SAYS_IDENTITY = /(?:pnr|p-nr|pers\.?\s?nr|personnr|personnummer|samordningsnr|samordningsnummer|födelsenummer|id-nr)\.?\s*[:.]?\s*$/iu;

/** A word before a number that says it is some other kind of number (it is then no personnummer with a typo). */
const SAYS_OTHER =
  /(?<![\p{L}])(?:ocr|faktura|fakturanr|dnr|diarienr|diarienummer|ärende|referens|ref|order|kund|bankgiro|plusgiro|bg|pg|konto|clearing|org|organisationsnummer|avtal|objekt|fastighet|löpnr|lopnr|nr)[\p{L}.-]*\s*[:.]?\s*$/iu;

/** Luhn (mod 10, weights 2,1,2,1,…) over the ten digits YYMMDDNNNC. */
export function luhnValid(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = tenDigits.charCodeAt(i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function dateKind(yymmdd: string, century: string | undefined): IdentityNumber['kind'] | undefined {
  const month = Number(yymmdd.slice(2, 4));
  let day = Number(yymmdd.slice(4, 6));
  if (month < 1 || month > 12) return undefined;
  const kind = day > 60 ? 'samordningsnummer' : 'personnummer';
  if (day > 60) day -= 60;
  let max = DAYS_IN_MONTH[month - 1]!;
  if (month === 2 && century) {
    const year = Number(century + yymmdd.slice(0, 2));
    max = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return day >= 1 && day <= max ? kind : undefined;
}

/** Every valid personnummer and samordningsnummer in `text`, with offsets (and, when asked, those with a wrong check digit). */
export function findIdentityNumbers(text: string, options: FindOptions = {}): IdentityNumber[] {
  const out: IdentityNumber[] = [];
  // Every form has six digits in a row (YYMMDD); without them the Unicode pattern need not run (or compile).
  if (!SIX_DIGITS.test(text)) return out;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const century = m[1];
    const yymmdd = m[2]!;
    const separator = m[3]!;
    const kind = dateKind(yymmdd, century);
    if (!kind) continue;
    // For the 12-digit form the check digit covers the last ten digits: YYMMDD and NNNC.
    const valid = luhnValid(yymmdd + m[6]!);
    const before = () => text.slice(Math.max(0, m.index - 30), m.index);
    if (!valid) {
      if (!options.wrongCheckDigit) continue;
      // A typo in a personnummer, or some other number? Only where the writing says personnummer.
      const dashed = m[4] !== undefined || m[5] !== undefined;
      const said = SAYS_IDENTITY.test(before());
      if (!said && (!dashed || SAYS_OTHER.test(before()))) continue;
    }
    if (!century && separator === '' && yymmdd.startsWith('0')) {
      // 0701234567 is a telephone number unless a word before it says otherwise.
      if (!SAYS_IDENTITY.test(before())) continue;
    }
    if (century && Number(century + yymmdd.slice(0, 2)) > new Date().getFullYear()) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      kind,
      date: (century ?? '') + yymmdd,
      plus: m[5] !== undefined,
      checkDigitValid: valid,
    });
  }
  return out;
}

/** The number as a reader would write it, with the last four digits masked: "811218-XXXX". */
export function maskedIdentityNumber(n: IdentityNumber): string {
  return `${n.date}${n.plus ? '+' : '-'}XXXX`;
}
