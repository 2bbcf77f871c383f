const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** "1 juli 2025" → "2025-07-01"; null when it is not such a date. */
export function parseSwedishDate(day: string, month: string, year: string): string | null {
  const m = MONTHS.indexOf(month.toLowerCase());
  if (m < 0) return null;
  return `${year}-${String(m + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Finds "Övergångsbestämmelser SFS 1. Denna lag träder i kraft den D M Y" for the law itself. */
export function inForceFromTransitional(text: string, sfs: string): string | null {
  const escaped = sfs;
  const re = new RegExp(`(?:^|\\s)${escaped}\\s+(?:1\\.\\s+)?Denna lag träder i kraft den (\\d{1,2}) (\\p{L}+) (\\d{4})`, 'u');
  const m = re.exec(text);
  return m ? parseSwedishDate(m[1]!, m[2]!, m[3]!) : null;
}

/** A law that the law's own transitional provisions repeal ("Genom lagen upphävs a) kommunallagen
 * (1991:900), och …"; "… då sekretesslagen (1980:100) ska upphöra att gälla"). */
export interface Predecessor {
  sfs: string;
  /** As the provision names it: "kommunallagen", "sekretesslagen". */
  namn: string;
}

export function predecessorsFromTransitional(text: string, sfs: string): Predecessor[] {
  const start = new RegExp(`(?:^|\\s)${sfs}\\s+(?:1\\.\\s+)?Denna lag träder i kraft`, 'u').exec(text);
  if (!start) return [];
  // The law's own block runs to the next amending act's block ("2018:1234 1. Denna lag …").
  const rest = text.slice(start.index + start[0].length);
  const next = /\s\d{4}:\d+\s+(?:1\.\s+)?Denna lag/u.exec(rest);
  const block = next ? rest.slice(0, next.index) : rest;
  const out: Predecessor[] = [];
  const repealed = /Genom lagen upphävs\s+(?:a\)\s+)?(\p{Ll}[\p{L}\- ]*?) \((\d{4}:\d+)\)/u.exec(block);
  if (repealed) out.push({ namn: repealed[1]!, sfs: repealed[2]! });
  // "… då sekretesslagen (1980:100) ska upphöra att gälla", "… då socialtjänstlagen (1980:620) upphör att gälla".
  const ending = /då (\p{Ll}[\p{L}\- ]*?) \((\d{4}:\d+)\) (?:ska upphöra|upphör) att gälla/u.exec(block);
  if (ending) out.push({ namn: ending[1]!, sfs: ending[2]! });
  return out;
}
