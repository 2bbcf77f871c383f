/**
 * Dates, once for all of ärende: what "today" is, and what a date is. Lagrum sits at the bottom of
 * the flow (lagrum → core → docx/cli/extension/web), so everything above can use these.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

// Made on first use, and only for years before 1996 (see swedishOffsetHours): building a formatter with a
// time zone loads ICU's zone data, 15–90 ms at the first call in a process, which `arende check` paid at
// every start.
let stockholm: Intl.DateTimeFormat | undefined;

/** UTC time of 01:00 UTC on the last Sunday of `month` (0-based) in `year`. */
function lastSundayAtOneUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

/**
 * Sweden's offset from UTC in hours at `t`, by the EU's summer-time rule that Sweden has followed since
 * 1996 (directive 2000/84/EC before it, 80/737/EEC and its successors): summer time (UTC+2) from 01:00 UTC on
 * the last Sunday of March to 01:00 UTC on the last Sunday of October, else UTC+1. The time-zone
 * database assumes the same rule for every later year; a test compares the two hour by hour, so a Node
 * whose zone data one day says otherwise (the EU ending summer time) is noticed. Undefined before 1996.
 */
function swedishOffsetHours(t: number): number | undefined {
  const year = new Date(t).getUTCFullYear();
  if (year < 1996) return undefined;
  return t >= lastSundayAtOneUtc(year, 2) && t < lastSundayAtOneUtc(year, 9) ? 2 : 1;
}

/**
 * Today's date in Sweden as YYYY-MM-DD, whatever the machine's clock zone: a draft written at 00:30 in
 * Sweden carries that day's date (a UTC clock would still say yesterday), and which wording of a law
 * applies "today" is decided by the Swedish calendar.
 */
export function todayInSweden(now: Date = new Date()): string {
  // Swedish time differs from UTC by whole hours, so the date can only change where a minute starts:
  // the answer is kept for the minute asked about (checking 200 drafts asked ~1,000 times).
  const minute = Math.floor(now.getTime() / 60_000);
  if (lastMinute === minute && lastDate !== undefined) return lastDate;
  lastMinute = minute;
  const offset = swedishOffsetHours(now.getTime());
  if (offset !== undefined) {
    lastDate = new Date(now.getTime() + offset * 3_600_000).toISOString().slice(0, 10);
    return lastDate;
  }
  lastDate = todayInSwedenByZoneData(now);
  return lastDate;
}

/** The same from the time-zone database (Intl): years before 1996, and the test's reference. */
export function todayInSwedenByZoneData(now: Date): string {
  stockholm ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts = Object.fromEntries(stockholm.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
let lastMinute: number | undefined;
let lastDate: string | undefined;
