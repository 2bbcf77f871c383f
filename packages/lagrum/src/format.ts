/** The outputs of `arende cite`: exactly the CLI's JSON fields, and Swedish text for people. */
import { citeText, today } from './resolve.js';
import { lagtextPer } from './registry.js';
import type { CitationJson, CitationStatus, ResolvedCitation } from './types.js';

/** Exactly the CLI's JSON fields of one resolved citation. */
export function toCitationJson(r: ResolvedCitation): CitationJson {
  const out: CitationJson = {
    text: r.text,
    sfs: r.sfs,
    lag: r.lag,
    kapitel: r.kapitel,
    paragraf: r.paragraf,
    stycke: r.stycke,
    punkt: r.punkt,
    status: r.status,
    lydelse: r.lydelse,
    url: r.url,
    motsvarar: r.motsvarar,
  };
  if (r.citation.artikel !== undefined) out.artikel = r.citation.artikel;
  if (r.status === 'saknas') out.alternativ = r.alternativ;
  if (r.efterLagtext) out.efter_lagtext = true;
  return out;
}

/** The object `arende cite --format json` prints: the statute data's date, then the citations. */
export function citeJson(text: string, datum: string = today()): { lagtext_per: string; citations: CitationJson[] } {
  return citationsJson(citeText(text, datum));
}

/** `{lagtext_per, citations}` for citations already resolved (the CLI adds the old-SoL notes first). */
export function citationsJson(results: ResolvedCitation[]): { lagtext_per: string; citations: CitationJson[] } {
  return { lagtext_per: lagtextPer, citations: results.map(toCitationJson) };
}

const STATUS_TEXT: Record<CitationStatus, string> = {
  gällande: 'gällande',
  upphävd: 'upphävd',
  'ej-ikraft': 'ej i kraft',
  saknas: 'saknas',
  okänd: 'okänd lag',
};

/** For people (`arende cite --format text`): the provision, its status and its text. */
export function formatCitationText(r: ResolvedCitation): string {
  const head = r.sfs && r.lag ? r.fullForm : r.text;
  const status = r.status === 'saknas' && r.incompleteData ? 'finns inte i registret' : STATUS_TEXT[r.status];
  const lines = [`${head}: ${status}`, `  ${r.message}`];
  if (r.alternativ.length) lines.push(`  Närmaste som finns: ${r.alternativ.join('; ')}.`);
  if (r.lydelse) {
    if (r.lydelseNote) lines.push(`  ${r.lydelseNote}`);
    lines.push(...wrap(r.lydelse, 100).map((l) => `  | ${l}`));
  } else if (r.paragraf !== null && r.sfs && r.status !== 'saknas' && r.status !== 'okänd') {
    lines.push('  (Texten finns inte i registret.)');
  }
  if (r.url) lines.push(`  ${r.url}`);
  return lines.join('\n');
}

/** All citations of a text, formatted for people; "Inga lagrum hittades." when there are none. */
export function formatCitations(results: ResolvedCitation[]): string {
  return results.length === 0 ? 'Inga lagrum hittades.' : results.map(formatCitationText).join('\n\n');
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/)) {
      if (line && line.length + 1 + word.length > width) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) out.push(line);
  }
  return out;
}
