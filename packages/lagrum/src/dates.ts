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

const STOCKHOLM = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today's date in Sweden as YYYY-MM-DD, whatever the machine's clock zone: a draft written at 00:30 in
 * Sweden carries that day's date (a UTC clock would still say yesterday), and which wording of a law
 * applies "today" is decided by the Swedish calendar.
 */
export function todayInSweden(now: Date = new Date()): string {
  const parts = Object.fromEntries(STOCKHOLM.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
