const MONTHS = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni',
  'juli', 'augusti', 'september', 'oktober', 'november', 'december',
];

/** "1 juli 2025" → "2025-07-01"; null when it is not such a date. */
export function parseSwedishDate(day: string, month: string, year: string): string | null {
  const m = MONTHS.indexOf(month.toLowerCase());
  if (m < 0) return null;
  return `${year}-${String(m + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Finds "Övergångsbestämmelser SFS 1. Denna lag träder i kraft den D M Y" for the law itself. */
export function inForceFromTransitional(text: string, sfs: string): string | null {
  const escaped = sfs;
  const re = new RegExp(
    `(?:^|\\s)${escaped}\\s+(?:1\\.\\s+)?Denna lag träder i kraft den (\\d{1,2}) (\\p{L}+) (\\d{4})`,
    'u',
  );
  const m = re.exec(text);
  return m ? parseSwedishDate(m[1], m[2], m[3]) : null;
}
