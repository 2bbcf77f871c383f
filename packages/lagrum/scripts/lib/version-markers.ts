/**
 * Riksdagen's consolidated text marks provisions that change on a known date:
 * "/Upphör att gälla U:2026-03-01/", "/Träder i kraft I:2027-01-01/", "/Ny beteckning 8 kap. 11 § U:2027-01-01/",
 * and for headings "/Rubriken träder i kraft I:…/". We keep the dates and drop the markers from the text.
 *
 * An amended provision holds both wordings in one text: the current one after "/Upphör att gälla U:D/"
 * (or "/Ny beteckning … U:D/" when it is renumbered), then, optionally, the new subheading after
 * "/Rubriken träder i kraft I:D/", then "N § /Träder i kraft I:D/" and the new wording. Amended is not
 * repealed: `splitWordings` returns both, each with its own dates.
 */
const MARKER = /\/(?:[^/]{0,80}?)\s[IU]:(\d{4}-\d{2}-\d{2})[^/]{0,60}\//gu;

export interface VersionedText {
  text: string;
  from: string;
  until: string;
}

/** One wording of a provision. */
export interface Wording extends VersionedText {
  /** The subheading that comes into force with this wording ("" = the provision's own). */
  rubrik: string;
  /** The wording is renumbered when it stops applying ("/Ny beteckning 8 kap. 11 § U:…/" → "8:11"). */
  renumberedTo: string;
}

export function extractVersionMarkers(text: string): VersionedText {
  let from = '';
  let until = '';
  const leading = /^\s*\/([^/]{0,80}?)\s([IU]):(\d{4}-\d{2}-\d{2})[^/]{0,60}\/\s*/u.exec(text);
  if (leading && !/^Rubriken/u.test(leading[1]!)) {
    if (leading[2] === 'I') from = leading[3]!;
    else until = leading[3]!;
    text = text.slice(leading[0].length);
  }
  return { text: stripVersionMarkers(text), from, until };
}

/** The new wording's start inside a text that holds two: "[/Rubriken träder i kraft I:D/ Rubrik] N § /Träder i kraft I:D/". */
const NEW_WORDING =
  /\s(?:\/Rubriken träder i kraft I:\d{4}-\d{2}-\d{2}\/\s*(?<rubrik>[^/]*?)\s)?\d{1,3}(?: [a-z])? § \/Träder i kraft I:(?<from>\d{4}-\d{2}-\d{2})\/\s*/u;

/**
 * Splits a provision's text into its dated wordings: one when it has no such markers, two when an
 * ending wording ("/Upphör att gälla U:D/", "/Ny beteckning … U:D/") is followed by the new one from D.
 */
export function splitWordings(text: string): Wording[] {
  const leading = /^\s*\/(?<what>[^/]{0,80}?)\s(?<kind>[IU]):(?<date>\d{4}-\d{2}-\d{2})[^/]{0,60}\/\s*/u.exec(text);
  if (leading?.groups && leading.groups.kind === 'U' && !/^Rubriken/u.test(leading.groups.what!)) {
    const rest = text.slice(leading[0].length);
    const next = NEW_WORDING.exec(rest);
    const renumbered = /^Ny beteckning (?:(\d+(?: [a-z])?) kap\. )?(\d+(?: [a-z])?) §/u.exec(leading.groups.what!);
    const renumberedTo = renumbered ? (renumbered[1] ? `${renumbered[1]}:${renumbered[2]}` : renumbered[2]) : '';
    if (next?.groups && next.groups.from === leading.groups.date) {
      return [
        { text: stripVersionMarkers(rest.slice(0, next.index)), from: '', until: leading.groups.date!, rubrik: '', renumberedTo: renumberedTo! },
        {
          text: stripVersionMarkers(rest.slice(next.index + next[0].length)),
          from: next.groups.from!,
          until: '',
          rubrik: (next.groups.rubrik ?? '').trim(),
          renumberedTo: '',
        },
      ];
    }
    return [{ ...extractVersionMarkers(text), rubrik: '', renumberedTo: renumberedTo! }];
  }
  return [{ ...extractVersionMarkers(text), rubrik: '', renumberedTo: '' }];
}

export function stripVersionMarkers(text: string): string {
  return text
    .replace(MARKER, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** The amending act of a wording, from its closing stamp "Lag (2025:1470)." ("" = the law's original wording). */
export function amendingAct(text: string | null): string {
  if (!text) return '';
  const m = /Lag \((\d{4}:\d+)\)\.?\s*$/u.exec(text);
  return m ? m[1]! : '';
}
