/**
 * Editor features as plain data (no editor types): hover, completion, and reading a frontmatter
 * `lagrum` entry. The VS Code extension and core turn these into their own types.
 */
import { findCitations } from './parse.js';
import { withOldSolNotes } from './old-sol.js';
import { knownNames } from './law-mentions.js';
import { resolveCitation, findLaw, today } from './resolve.js';
import { provisionLabel, type Language } from './forms.js';
import { lawBySfs, lookupProvision, provisionsOf, type Law } from './registry.js';
import type { Citation, ResolvedCitation } from './types.js';

export interface Hover {
  range: { start: number; end: number };
  markdown: string;
  citation: ResolvedCitation;
}

const STATUS_LINE: Record<ResolvedCitation['status'], string> = {
  gällande: 'Gällande',
  upphävd: 'Upphävd',
  'ej-ikraft': 'Inte i kraft',
  saknas: 'Saknas',
  okänd: 'Okänd lag',
};

/** The status line's first words in English. */
function statusLineEn(r: ResolvedCitation): string {
  if (r.status === 'saknas') return r.incompleteData ? 'Not in the register' : 'Does not exist';
  return r.status === 'gällande' ? 'In force' : r.status === 'upphävd' ? 'Repealed' : r.status === 'ej-ikraft' ? 'Not in force' : 'Unknown law';
}

/** Hover for the citation at `offset` (law title, provision, its text, status on the date, link), or null. */
export function hoverCitation(text: string, offset: number, datum: string = today(), options: { language?: Language } = {}): Hover | null {
  const citations = findCitations(text);
  const hit = citations.find((c) => c.start <= offset && offset < c.end) ?? citations.find((c) => c.groupStart <= offset && offset < c.groupEnd);
  if (!hit) return null;
  const r = resolveCitation(hit, datum);
  withOldSolNotes([r], text);
  return { range: { start: hit.start, end: hit.end }, markdown: hoverMarkdown(r, datum, options), citation: r };
}

/**
 * The hover's Markdown: the provision, its heading, its status on the date with the explanation, and its text.
 * In English (`language: 'en'`) the words around the law are English; the law's name, heading and text are
 * the statute's own Swedish.
 */
export function hoverMarkdown(r: ResolvedCitation, datum: string, options: { language?: Language } = {}): string {
  const en = options.language === 'en';
  const lines: string[] = [];
  const label = provisionLabel(r.kapitel, r.paragraf, r.stycke, r.punkt);
  lines.push(`**${[label, r.lagTitel ?? r.lag ?? r.text].filter(Boolean).join(' ')}**`);
  if (r.rubrik) lines.push(`*${r.rubrik}*`);
  if (en) lines.push(`${statusLineEn(r)} on ${datum}. ${r.messageEn}`);
  else {
    const status = r.status === 'saknas' && r.incompleteData ? 'Finns inte i registret' : STATUS_LINE[r.status];
    lines.push(`${status} ${datum}. ${r.message}`);
  }
  const note = r.lydelse ? (en ? r.lydelseNoteEn : r.lydelseNote) : null;
  if (note) lines.push(`*${note}*`);
  if (r.lydelse)
    lines.push(
      r.lydelse
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n>\n'),
    );
  if (r.url) lines.push(en ? `[The statute at Riksdagen](${r.url})` : `[Författningstexten hos Riksdagen](${r.url})`);
  return lines.join('\n\n');
}

export interface CompletionItem {
  label: string;
  detail: string;
  documentation?: string;
  insertText: string;
  kind: 'law' | 'chapter' | 'paragraph';
}

/**
 * Completion for the text before the cursor: a law name → its chapters → their paragraphs (with the
 * first words of each text). Recognises "SoL ", "SoL 2 kap. ", "LSS ", "2 kap. " after a law, and a
 * partly typed law name ("soc").
 */
export function completeCitation(linePrefix: string, datum: string = today(), byProvision = true, options: { language?: Language } = {}): CompletionItem[] {
  const en = options.language === 'en';
  const chapterCtx = /(?:^|[\s(])([\p{L}-]+(?:\s*\(\d{4}:\d{1,4}\))?)\s+(\d{1,2}(?:\s?[a-z])?)\s*kap\.?\s*$/u.exec(linePrefix);
  if (chapterCtx) {
    const law = findLaw(chapterCtx[1]!, datum);
    if (law?.hasChapters) return paragraphItems(law.sfs, chapterCtx[2]!.replace(/(\d)([a-z])/, '$1 $2'), en);
  }
  const lawCtx = /(?:^|[\s(])([\p{L}-]+(?:\s*\(\d{4}:\d{1,4}\))?)\s+$/u.exec(linePrefix);
  if (lawCtx) {
    const law = findLaw(lawCtx[1]!, datum);
    if (law) {
      if (!law.hasChapters) return paragraphItems(law.sfs, null, en);
      return law.chapters.map((k) => ({
        label: `${k} kap.`,
        detail: law.chapterTitles[k] ?? law.title,
        insertText: `${k} kap. `,
        kind: 'chapter' as const,
      }));
    }
  }
  const word = /([\p{L}-]*)$/u.exec(linePrefix)?.[1] ?? '';
  // Law names only where one is being written: a word under way, right after "§"/"§§" (Swedish
  // puts the law after the paragraph), or an empty line prefix (a new `lagrum` entry). After any
  // other space the editor asks too, and a list of every law after each word of prose would be noise.
  if (word === '' && !/§\s+$/.test(linePrefix) && linePrefix.trim() !== '') return [];
  // "10 kap. 8 § " already says which provision: offer only the laws that have it, each with its heading.
  const cited = !byProvision ? null : /(?:(\d{1,2}(?:\s?[a-z])?)\s*kap\.?\s*)?(\d{1,3}(?:\s?[a-z])?)\s*§\s+[\p{L}-]*$/u.exec(linePrefix);
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  for (const n of knownNames()) {
    if (!n.name.toLowerCase().startsWith(word.toLowerCase())) continue;
    const law = findLaw(n.name, datum);
    // One entry per spelling: "SoL" and "SOL", "Finsam" and "FINSAM" are the same name to the writer.
    const key = `${n.name.toLowerCase()}|${law?.sfs}`;
    if (!law || seen.has(key)) continue;
    seen.add(key);
    const provision = cited ? provisionIn(law, cited[1] ?? null, cited[2]!) : undefined;
    if (cited && !provision) continue;
    items.push({
      label: n.name,
      detail: provision ? `${provision.label}${provision.rubrik ? `: ${provision.rubrik}` : ''} · ${law.title}` : law.title,
      documentation: n.sfs.length > 1 ? (en ? `Means ${law.title} on ${datum}.` : `Betyder ${law.title} på datumet ${datum}.`) : undefined,
      insertText: n.name,
      kind: 'law',
    });
  }
  // Nothing has that provision (or the registry lacks it): every law, rather than nothing.
  if (cited && items.length === 0) return completeCitation(linePrefix.replace(/§\s+[\p{L}-]*$/u, '§ '), datum, false, options);
  return items;
}

/** The provision `kapitel` `paragraf` of `law`, when the registry has it (and the law's chapters fit the citation). */
function provisionIn(law: Law, kapitel: string | null, paragraf: string): { label: string; rubrik: string | null } | undefined {
  if ((kapitel !== null) !== law.hasChapters) return undefined;
  const p = lookupProvision(law.sfs, kapitel, paragraf);
  return p ? { label: `${p.kapitel ? `${p.kapitel} kap. ` : ''}${p.paragraf} §`, rubrik: p.rubrik } : undefined;
}

function paragraphItems(sfs: string, kapitel: string | null, en = false): CompletionItem[] {
  const law = lawBySfs(sfs)!;
  return provisionsOf(sfs, kapitel).map((p) => {
    const text = p.text;
    const missing = en ? '(the text is not in the register)' : '(texten finns inte i registret)';
    const words = text ? text.split(/\s+/).slice(0, 10).join(' ') + (text.split(/\s+/).length > 10 ? ' …' : '') : missing;
    return {
      label: `${p.paragraf} §`,
      detail: p.rubrik ?? law.title,
      documentation: words,
      insertText: `${p.paragraf} §`,
      kind: 'paragraph' as const,
    };
  });
}

export type ParsedLagrum =
  | { ok: true; citations: Citation[] }
  | { ok: false; reason: string; reasonEn: string; citations: Citation[]; unparsed: { start: number; end: number; text: string }[] };

/**
 * Reads a frontmatter `lagrum` entry: the whole string must be citations (one, or a list joined by
 * commas, "och", "samt", ";"). Returns the citations, or why it is not one, with the parts not understood.
 */
export function parseCitationString(s: string): ParsedLagrum {
  const citations = findCitations(s);
  const unparsed: { start: number; end: number; text: string }[] = [];
  let pos = 0;
  const gaps: [number, number][] = [];
  const groups = [...new Map(citations.map((c) => [c.groupStart, c])).values()];
  for (const c of groups) {
    if (c.groupStart > pos) gaps.push([pos, c.groupStart]);
    pos = Math.max(pos, c.groupEnd);
  }
  if (pos < s.length) gaps.push([pos, s.length]);
  for (const [a, b] of gaps) {
    const t = s.slice(a, b);
    if (/^[\s,;.]*(?:och|samt|jfr\.?)?[\s,;.]*$/u.test(t)) continue;
    unparsed.push({ start: a, end: b, text: t.trim() });
  }
  if (citations.length === 0) {
    return {
      ok: false,
      reason: `"${s.trim()}" är inte en hänvisning till ett lagrum.`,
      reasonEn: `"${s.trim()}" is not a reference to a provision of law (lagrum).`,
      citations,
      unparsed,
    };
  }
  if (unparsed.length > 0) {
    return {
      ok: false,
      reason: `Delar av "${s.trim()}" kunde inte läsas som lagrum: ${unparsed.map((u) => `"${u.text}"`).join(', ')}.`,
      reasonEn: `Parts of "${s.trim()}" could not be read as provisions of law: ${unparsed.map((u) => `"${u.text}"`).join(', ')}.`,
      citations,
      unparsed,
    };
  }
  return { ok: true, citations };
}
