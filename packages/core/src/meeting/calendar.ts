/**
 * Swedish calendar reckoning for the protokoll's appeal period:
 *
 * - allmänna helgdagar (lagen (1989:253) om allmänna helgdagar): nyårsdagen, trettondedag jul, långfredagen,
 *   påskdagen, annandag påsk, Kristi himmelsfärdsdag (the sixth Thursday after påskdagen), pingstdagen (the
 *   seventh Sunday after påskdagen), 1 maj, 6 juni, midsommardagen (the Saturday 20–26 June), alla helgons dag
 *   (the Saturday 31 October–6 November), juldagen, annandag jul, and every Sunday;
 * - lagen (1930:173) om beräkning av lagstadgad tid, 2 §: a period whose last day is a Saturday, a Sunday,
 *   another allmän helgdag, midsommarafton, julafton or nyårsafton ends on the next vardag instead.
 *
 * Påskdagen by the Gregorian computus (Meeus/Jones/Butcher). Dates are ISO strings, computed in UTC.
 */

const DAY = 86_400_000;
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function addDaysIso(date: string, n: number): string {
  return iso(utc(date) + n * DAY);
}

/** Påskdagen of a year (Gregorian). */
export function påskdagen(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The Saturday in the 7 days from `from` (midsommardagen from 20 June, alla helgons dag from 31 October). */
function saturdayFrom(from: string): string {
  const dow = new Date(utc(from)).getUTCDay();
  return addDaysIso(from, (6 - dow + 7) % 7);
}

/** The allmänna helgdagar of a year other than Sundays, by date, with their names. */
export function helgdagar(year: number): Map<string, string> {
  const p = påskdagen(year);
  const y = String(year);
  const midsommardagen = saturdayFrom(`${y}-06-20`);
  return new Map([
    [`${y}-01-01`, 'nyårsdagen'],
    [`${y}-01-06`, 'trettondedag jul'],
    [addDaysIso(p, -2), 'långfredagen'],
    [p, 'påskdagen'],
    [addDaysIso(p, 1), 'annandag påsk'],
    [addDaysIso(p, 39), 'Kristi himmelsfärdsdag'],
    [addDaysIso(p, 49), 'pingstdagen'],
    [`${y}-05-01`, 'första maj'],
    [`${y}-06-06`, 'Sveriges nationaldag'],
    [midsommardagen, 'midsommardagen'],
    [saturdayFrom(`${y}-10-31`), 'alla helgons dag'],
    [`${y}-12-25`, 'juldagen'],
    [`${y}-12-26`, 'annandag jul'],
  ]);
}

/** The days lagen (1930:173) 2 § treats as a helgdag though they are not allmänna helgdagar. */
function aftnar(year: number): Map<string, string> {
  const y = String(year);
  return new Map([
    [addDaysIso(saturdayFrom(`${y}-06-20`), -1), 'midsommarafton'],
    [`${y}-12-24`, 'julafton'],
    [`${y}-12-31`, 'nyårsafton'],
  ]);
}

/** Why a day is not a vardag for a period's last day (1930:173 2 §), or undefined when it is one. */
export function notVardag(date: string): string | undefined {
  const dow = new Date(utc(date)).getUTCDay();
  const year = Number(date.slice(0, 4));
  const named = helgdagar(year).get(date) ?? aftnar(year).get(date);
  if (named) return named;
  if (dow === 0) return 'söndag';
  if (dow === 6) return 'lördag';
  return undefined;
}

/** The last day of a period ending on `date`, moved to the next vardag when it falls on a lördag, söndag or helgdag. */
export function nextVardag(date: string): string {
  let d = date;
  while (notVardag(d)) d = addDaysIso(d, 1);
  return d;
}

/**
 * The appeal period of a protokoll (laglighetsprövning, 13 kap. 5 § KL): an appeal must reach the
 * förvaltningsrätt within three weeks from the day the justering was announced on the anslagstavla. Three
 * weeks from a Wednesday end on the Wednesday three weeks later; a last day on a lördag, söndag or helgdag
 * moves to the next vardag (1930:173). The tillkännagivande may be taken down the day after (8 kap. 12 §).
 */
export function överklagandetid(anslag: string): { sistaDag: string; tasNedTidigast: string } {
  const sistaDag = nextVardag(addDaysIso(anslag, 21));
  return { sistaDag, tasNedTidigast: addDaysIso(sistaDag, 1) };
}
