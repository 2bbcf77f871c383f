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

// Made on first use: building a formatter with a time zone loads ICU's zone data (about 12 ms), which
// every start of the CLI would pay at import even when no command asks for today's date.
let stockholm: Intl.DateTimeFormat | undefined;

/**
 * Today's date in Sweden as YYYY-MM-DD, whatever the machine's clock zone: a draft written at 00:30 in
 * Sweden carries that day's date (a UTC clock would still say yesterday), and which wording of a law
 * applies "today" is decided by the Swedish calendar.
 */
export function todayInSweden(now: Date = new Date()): string {
  // Swedish time differs from UTC by whole hours, so the date can only change where a minute starts:
  // the answer is kept for the minute asked about (checking 200 drafts asked ~1,000 times, each a
  // formatToParts of some 30 µs).
  const minute = Math.floor(now.getTime() / 60_000);
  if (lastMinute === minute && lastDate !== undefined) return lastDate;
  stockholm ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts = Object.fromEntries(stockholm.formatToParts(now).map((p) => [p.type, p.value]));
  lastMinute = minute;
  lastDate = `${parts.year}-${parts.month}-${parts.day}`;
  return lastDate;
}
let lastMinute: number | undefined;
let lastDate: string | undefined;
