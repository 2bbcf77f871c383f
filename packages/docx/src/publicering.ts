/**
 * The web version of a protokoll (`arende protokoll MÖTE.md --publicering MAPP`): the same MeetingDocument
 * with what may not be published taken out, and a list of every masking for the secretary's review.
 *
 * - An item marked `sekretess: <lagrum>` keeps its § number and rubrik; everything else in it becomes
 *   "Ärendet omfattas av sekretess enligt <lagrum>." (offentlighets- och sekretesslagen decides what is
 *   secret; the meeting file says which provision applies).
 * - Names of private persons become "[namn]": the senders of a kind private persons send (a
 *   medborgarförslag), everywhere in the protokoll; and in an item marked `personuppgifter: true`, the
 *   senders of its handlingar and every name-like run of capitalised words (name-candidates.ts) that is not
 *   one of the meeting's own people (ledamöter, ersättare, officials, those with yrkanden or reservationer). `publicera_namn: true` in the
 *   meeting file keeps the names.
 * - Contact details (e-post, telefon, gatuadress) never appear: "[kontaktuppgift]".
 *
 * The masking is cautious on purpose (a name-like pair that is not a person is masked too) and every
 * masking is listed, so the secretary reviews the list rather than reading the whole protokoll.
 */
import { findContactDetails, findIdentityNumbers, kindByName, maskedIdentityNumber, type Draft, type ResolvedMeeting } from '@arende/core';
import type { MeetingDocument, MeetingEntry } from './meeting-document.js';
import { personNameCandidates } from './name-candidates.js';
import { paragrafer } from './protokoll.js';

export type MaskningTyp = 'sekretess' | 'namn' | 'kontaktuppgift';

/** One masking, as maskningar.csv lists it. */
export interface Maskning {
  paragraf: number;
  typ: MaskningTyp;
  /** The masked text's first letters (enough to recognise it, not to read it). */
  början: string;
  skäl: string;
}

export interface WebVersion {
  doc: MeetingDocument;
  maskningar: Maskning[];
  /** Personnummer left in the web version after masking (the guard: the caller refuses to write). */
  personnummer: { paragraf: number; masked: string }[];
}

export const NAMN = '[namn]';
export const KONTAKTUPPGIFT = '[kontaktuppgift]';

/** The sentence that stands in for an item under secrecy. */
export function sekretessText(lagrum: string): string {
  return `Ärendet omfattas av sekretess enligt ${lagrum.trim().replace(/\.$/, '')}.`;
}

/** "Kim Exempel" → "Ki…": enough for the secretary to recognise, not the text itself. */
export function firstLetters(text: string, n = 2): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= n ? t : `${t.slice(0, n)}…`;
}

/** Every string in `value` (arrays and plain objects, not the handlingar's parsed drafts) through `f`. */
function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== 'draft') out[k] = mapStrings(v, f);
    return out as T;
  }
  return value;
}

function collectStrings(value: unknown, out: string[] = []): string[] {
  mapStrings(value, (s) => {
    out.push(s);
    return s;
  });
  return out;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Anna Berg (S), ordförande" → "Anna Berg". */
const bareName = (s: string) => s.split(/[,(]/)[0]!.trim();

function senders(draft: Draft | undefined): string[] {
  return draft ? draft.metadata.avsändare.map((p) => p.namn.trim()).filter(Boolean) : [];
}

function privateKind(draft: Draft | undefined): boolean {
  const t = draft?.metadata.raw.typ;
  return typeof t === 'string' && !!kindByName(t)?.features.privateSenders;
}

/** The meeting's own people (their names are public in a protokoll): never masked as private persons. */
function officials(resolved: ResolvedMeeting): Set<string> {
  const m = resolved.meeting;
  const out = new Set<string>();
  const add = (n: string | undefined) => {
    if (n && bareName(n)) out.add(bareName(n));
  };
  add(m.ordförande);
  add(m.sekreterare);
  for (const n of m.justerare) add(n);
  for (const n of [...(m.närvarande?.beslutande ?? []), ...(m.närvarande?.ersättare ?? []), ...(m.närvarande?.övriga ?? [])]) add(n);
  for (const item of resolved.items) {
    for (const y of item.item.yrkanden) add(y.namn);
    for (const r of item.item.reservationer) add(r.namn);
    for (const r of item.item.omröstning?.röster ?? []) add(r.namn);
    for (const h of item.handlingar) if (h.draft && !privateKind(h.draft)) for (const n of senders(h.draft)) add(n);
  }
  return out;
}

/** The web version of `doc` (made from `resolved` by meetingDocument) and the list of what was masked. */
export function webVersion(resolved: ResolvedMeeting, doc: MeetingDocument): WebVersion {
  const raw = resolved.draft.metadata.raw;
  const publiceraNamn = raw.publicera_namn === true;
  const rawItems = Array.isArray(raw.ärenden) ? (raw.ärenden as unknown[]) : [];
  const nummerOf = new Map<MeetingEntry, number>(paragrafer(doc).flatMap((p) => (p.entry ? [[p.entry, p.nummer] as const] : [])));
  const known = officials(resolved);
  const maskningar: Maskning[] = [];
  const seen = new Set<string>();
  const record = (m: Maskning) => {
    const key = `${m.paragraf}\u0000${m.typ}\u0000${m.början}\u0000${m.skäl}`;
    if (seen.has(key)) return;
    seen.add(key);
    maskningar.push(m);
  };

  // Senders of a medborgarförslag (or any kind private persons send) anywhere in the meeting.
  const privateNames = new Set<string>();
  for (const item of resolved.items) for (const h of item.handlingar) if (privateKind(h.draft)) for (const n of senders(h.draft)) privateNames.add(n);

  const entries = doc.entries.map((entry, i): MeetingEntry => {
    const nummer = nummerOf.get(entry) ?? 0;
    const rawItem = rawItems[resolved.items[i]?.item.index ?? i];
    const itemRaw = rawItem && typeof rawItem === 'object' ? (rawItem as Record<string, unknown>) : {};
    const sekretess = typeof itemRaw.sekretess === 'string' && itemRaw.sekretess.trim() ? itemRaw.sekretess.trim() : undefined;
    if (sekretess) {
      const hidden = collectStrings({ ...entry, rubrik: '', diarienummer: '' }).join(' ');
      record({ paragraf: nummer, typ: 'sekretess', början: firstLetters(hidden, 12), skäl: sekretess });
      return {
        rubrik: entry.rubrik,
        diarienummer: entry.diarienummer,
        group: entry.group,
        handlingar: [],
        yrkanden: [],
        reservationer: [],
        beslutetSkickasTill: [],
        sekretess: sekretessText(sekretess),
      };
    }
    // Names to mask in this item: the private senders, and with personuppgifter: true the item's own.
    const names = new Map<string, string>();
    if (!publiceraNamn) {
      for (const n of privateNames) names.set(n, 'privatperson (avsändare av medborgarförslag)');
      if (itemRaw.personuppgifter === true) {
        const why = 'ärendet är märkt personuppgifter: true';
        for (const h of resolved.items[i]?.handlingar ?? []) for (const n of senders(h.draft)) if (!known.has(n) && !names.has(n)) names.set(n, why);
        for (const s of collectStrings({ ...entry, handlingar: entry.handlingar.map((h) => ({ label: h.label })) }))
          for (const n of personNameCandidates(s)) if (!known.has(n) && !names.has(n)) names.set(n, why);
      }
    }
    // Longest first, so "Kim Anna Exempel" is masked before "Kim Anna".
    const ordered = [...names].sort((a, b) => b[0].length - a[0].length);
    const patterns = ordered.map(([n, why]) => ({
      n,
      why,
      re: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(n).replace(/ /g, '[ \\u00a0]')}(s?)(?![\\p{L}\\p{N}])`, 'gu'),
    }));
    const mask = (s: string): string => {
      let out = s;
      for (const { n, why, re } of patterns) {
        out = out.replace(re, (_, genitive: string) => {
          record({ paragraf: nummer, typ: 'namn', början: firstLetters(n), skäl: why });
          return `${NAMN}${genitive}`;
        });
      }
      const contacts = findContactDetails(out);
      for (const c of [...contacts].sort((a, b) => b.start - a.start)) {
        record({ paragraf: nummer, typ: 'kontaktuppgift', början: firstLetters(out.slice(c.start, c.end), 3), skäl: `${c.what} publiceras aldrig` });
        out = out.slice(0, c.start) + KONTAKTUPPGIFT + out.slice(c.end);
      }
      return out;
    };
    // The parsed drafts stay behind: the web version is made from the masked strings alone.
    return mapStrings({ ...entry, handlingar: entry.handlingar.map((h) => ({ label: h.label })) }, mask);
  });

  // The meeting's own lines (närvarande, plats, förhinder) name officials, whose names are public; a
  // telephone number or an e-mail address in them is not published.
  const meeting = mapStrings(doc.meeting, (s) => {
    let out = s;
    for (const c of [...findContactDetails(out)].sort((a, b) => b.start - a.start)) {
      record({ paragraf: 0, typ: 'kontaktuppgift', början: firstLetters(out.slice(c.start, c.end), 3), skäl: `${c.what} publiceras aldrig` });
      out = out.slice(0, c.start) + KONTAKTUPPGIFT + out.slice(c.end);
    }
    return out;
  });
  const webDoc: MeetingDocument = { meeting, entries };
  const personnummer: WebVersion['personnummer'] = [];
  for (const entry of entries) {
    for (const s of collectStrings(entry)) {
      for (const found of findIdentityNumbers(s))
        personnummer.push({ paragraf: nummerOf.get(doc.entries[entries.indexOf(entry)]!) ?? 0, masked: maskedIdentityNumber(found) });
    }
  }
  for (const s of collectStrings(meeting)) for (const found of findIdentityNumbers(s)) personnummer.push({ paragraf: 0, masked: maskedIdentityNumber(found) });
  return { doc: webDoc, maskningar: maskningar.sort((a, b) => a.paragraf - b.paragraf), personnummer };
}

/** maskningar.csv: one row per masking (RFC 4180, comma-separated, with a header). */
export function maskningarCsv(maskningar: readonly Maskning[]): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${['paragraf', 'typ', 'början', 'skäl'].join(',')}\r\n${maskningar.map((m) => [m.paragraf, m.typ, m.början, m.skäl].map(cell).join(',')).join('\r\n')}${maskningar.length ? '\r\n' : ''}`;
}
