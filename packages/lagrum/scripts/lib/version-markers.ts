/**
 * Riksdagen's consolidated text marks provisions that change on a known date:
 * "/Upphör att gälla U:2026-03-01/", "/Träder i kraft I:2027-01-01/", "/Ny beteckning 8 kap. 11 § U:2027-01-01/",
 * and for headings "/Rubriken träder i kraft I:…/". We keep the dates and drop the markers from the text.
 */
const MARKER = /\/(?:[^/]{0,80}?)\s[IU]:(\d{4}-\d{2}-\d{2})[^/]{0,60}\//gu;

export interface VersionedText {
  text: string;
  from: string;
  until: string;
}

export function extractVersionMarkers(text: string): VersionedText {
  let from = '';
  let until = '';
  const leading = /^\s*\/([^/]{0,80}?)\s([IU]):(\d{4}-\d{2}-\d{2})[^/]{0,60}\/\s*/u.exec(text);
  if (leading && !/^Rubriken/u.test(leading[1])) {
    if (leading[2] === 'I') from = leading[3];
    else until = leading[3];
    text = text.slice(leading[0].length);
  }
  return { text: stripVersionMarkers(text), from, until };
}

export function stripVersionMarkers(text: string): string {
  return text.replace(MARKER, ' ').replace(/\s{2,}/g, ' ').trim();
}
