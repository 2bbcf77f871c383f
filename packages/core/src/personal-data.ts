/**
 * Personal identity numbers in text (DOMAIN.md, "Personal data in published documents"): a
 * personnummer `YYMMDD-NNNC` / `YYMMDD+NNNC` (+ from the year the person turns 100) or
 * `YYYYMMDDNNNC` / `YYYYMMDD-NNNC`, where C is a Luhn check digit over the ten-digit form; a
 * samordningsnummer is the same with 60 added to the day. Organisationsnummer are Luhn-valid too but
 * have a "month" of 20 or more, so they never match a date here.
 *
 * Ten digits without a separator are not read as a personnummer: telephone numbers (070 123 45 67)
 * look like dates too often. A date-shaped number whose check digit is wrong is not reported either:
 * it is not anyone's number.
 */

export interface IdentityNumber {
  start: number;
  end: number;
  text: string;
  kind: 'personnummer' | 'samordningsnummer';
}

const CANDIDATE = /(?<![\d+\-/.,:])(?:(18|19|20)(\d{6})-?|(\d{6})([-+]))(\d{4})(?![\d/]|[-.,:]\d)/g;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

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

/** Every valid personnummer and samordningsnummer in `text`, with offsets. */
export function findIdentityNumbers(text: string): IdentityNumber[] {
  const out: IdentityNumber[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const century = m[1];
    // For the 12-digit form the check digit covers the last ten digits: YYMMDD and NNNC.
    const yymmdd = century ? m[2]! : m[3]!;
    const kind = dateKind(yymmdd, century);
    if (!kind || !luhnValid(yymmdd + m[5]!)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind });
  }
  return out;
}
