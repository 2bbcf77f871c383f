/**
 * What `arende publicera` shows: each motion, medborgarförslag and politikerinitiativ with its status and
 * its timeline (ärendets gång), made from what `arende frister` reads (matters.ts) and from the meetings'
 * web versions (docx publicering.ts), never from the drafts' own text beyond their rubrik:
 *
 * - the status is `frister`'s (core's fristFor) for a motion or medborgarförslag; a politikerinitiativ has
 *   no frist and is `öppen` until a meeting decides it (`avgjord`) or reports it (`anmäld`);
 * - each meeting's handling of the matter is read from the meeting's web version: the § number, the
 *   beslut's att-satser with private persons' names and contact details masked, or only the sekretess
 *   sentence; the beslut is shown once the protokoll is justerat (its § as a protokollsutdrag);
 * - anslag and the last day to appeal come from the meeting file's dates (docx anslag.ts, core's
 *   överklagandetid); only a matter's decision can be appealed, a beredning cannot (13 kap. 2 § KL);
 * - the rubrik of a medborgarförslag never carries its senders' names, and no path or file name is shown.
 *
 * The model is pure: the same input and `per` give the same site (no clock, no randomness).
 */
import { createHash } from 'node:crypto';
import {
  dnrKey,
  findContactDetails,
  fristEffect,
  fristFor,
  kindByName,
  utfallOf,
  väcktDatum,
  type Draft,
  type FristStatus,
  type KindDefinition,
  type ResolvedMeeting,
} from '@arende/core';
import { anslagOf, AnslagError, KONTAKTUPPGIFT, meetingDocument, NAMN, paragrafer, webVersion, type MeetingEntry } from '@arende/docx';
import type { Matters } from '../matters.js';

export type HändelseTyp =
  | 'väckt'
  | 'planerat'
  | 'behandlat'
  | 'beredd'
  | 'avgjord'
  | 'anmäld'
  | 'återremitterat'
  | 'bordlagt'
  | 'avskrivet'
  | 'anslag'
  | 'överklagandetid'
  | 'frist';

/** One step in an ärende's timeline. */
export interface Händelse {
  datum: string;
  typ: HändelseTyp;
  /** One Swedish sentence: what happened (or will). */
  text: string;
  /** After `per`: planned or a deadline to come. */
  kommande: boolean;
  /** For a meeting's handling: the anchor of its protokollsutdrag on the ärende's page, once justerat. */
  utdrag?: string;
}

/** A § of a justerat protokoll, as the web version publishes it. */
export interface Utdrag {
  id: string;
  organ: string;
  datum: string;
  paragraf: number;
  rubrik: string;
  /** The beslut's att-satser (masked), or the utfall as a sentence. */
  beslut: string[];
  /** "Ärendet omfattas av sekretess enligt …": then there is no beslut text. */
  sekretess?: string;
  justerat: string;
}

export interface Ärendesida {
  /** The page's file name without .html: from the diarienummer, else the kind and the day it was raised. */
  slug: string;
  typ: string;
  typLabel: string;
  rubrik: string;
  diarienummer: string | null;
  väckt: string;
  /** To whom it was addressed (`mottagare`). */
  nämnd: string;
  status: FristStatus;
  /** A motion's or a medborgarförslag's frist; null for a politikerinitiativ. */
  frist: string | null;
  /** The latest decision or proposal, for the index's Beslut column. */
  beslut?: { datum: string; organ: string; paragraf: number; förslag: boolean; utdrag?: string };
  händelser: Händelse[];
  utdrag: Utdrag[];
  /** The latest day something happened (≤ per): the feed's `updated`. */
  uppdaterad: string;
}

export interface StatusSite {
  per: string;
  /** The kommun all the ärenden are in, when they agree. */
  kommun?: string;
  ärenden: Ärendesida[];
  uppdaterad: string;
}

/** The kinds the site lists: initiatives a meeting decides (motion, medborgarförslag, politikerinitiativ). */
export function onSite(kind: KindDefinition | undefined): boolean {
  return !!kind && kind.workflow.role === 'initiativ' && kind.meeting.act === 'beslutar';
}

export const STATUS_TEXT: Record<FristStatus, string> = {
  öppen: 'Bereds',
  snart: 'Bereds, fristen går snart ut',
  försenad: 'Försenad, fristen har gått ut',
  beredd: 'Förslag till beslut finns',
  anmäld: 'Anmäld till fullmäktige, beredningen fortsätter',
  avgjord: 'Avgjord',
};

/** One meeting's handling of an item, as published. */
interface Handling {
  organ: string;
  datum: string;
  paragraf: number;
  typ: HändelseTyp;
  /** Justerat on or before `per` (or omedelbart justerad): the § may be published. */
  justerat?: string;
  entry: MeetingEntry;
  rubrik: string;
  anslag?: { uppsatt: string; sistaDag: string };
  /** Draft keys (absolute paths) and diarienummer it concerns. */
  keys: string[];
  dnr?: string;
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The handlings of one meeting file: one per item, with the web version's masked text. */
function handlingsOf(resolved: ResolvedMeeting, per: string): Handling[] {
  const m = resolved.meeting;
  if (!m.datum || !m.nämnd) return [];
  const doc = meetingDocument(resolved);
  const web = webVersion(resolved, doc);
  const nummer = new Map(paragrafer(web.doc).flatMap((p) => (p.entry ? [[p.entry, p.nummer] as const] : [])));
  let anslag: Handling['anslag'];
  try {
    const a = anslagOf(doc.meeting);
    anslag = { uppsatt: a.uppsatt, sistaDag: a.sistaDagAttÖverklaga };
  } catch (e) {
    if (!(e instanceof AnslagError)) throw e;
  }
  const held = m.datum <= per;
  const justering = m.justering?.datum;
  return resolved.items.map((item, i): Handling => {
    const entry = web.doc.entries[i]!;
    const omedelbart = item.item.omedelbart_justerad === true;
    const justerat = held ? (omedelbart ? m.datum! : justering && justering <= per ? justering : undefined) : undefined;
    const effect = fristEffect(m, item);
    const utfall = utfallOf(item.item);
    let typ: HändelseTyp = 'planerat';
    if (held) {
      if (effect === 'beredd' || effect === 'anmäld') typ = effect;
      else if (utfall === 'avskrivet') typ = 'avskrivet';
      else if (effect === 'avgjord') typ = 'avgjord';
      else if (utfall === 'återremitterat' || utfall === 'bordlagt') typ = utfall;
      else typ = 'behandlat';
    }
    const keys = item.handlingar.flatMap((h) => (h.status === 'draft' && h.resolvedPath ? [h.resolvedPath] : []));
    return {
      organ: m.nämnd!,
      datum: m.datum!,
      paragraf: nummer.get(entry) ?? 0,
      typ,
      justerat,
      entry,
      rubrik: entry.rubrik,
      anslag: held && (justerat || omedelbart) ? anslag : undefined,
      keys,
      dnr: item.diarienummer,
    };
  });
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** "2026-06-15" → "15 juni 2026". */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Number.isFinite(d) && m >= 1 && m <= 12 ? `${d} ${MONTHS[m - 1]} ${y}` : iso;
}

const genitive = (s: string) => (/[sxz]$/i.test(s) ? s : `${s}s`);

function handlingText(h: Handling, definite: string): string {
  const organ = h.organ;
  const at = `(§ ${h.paragraf})`;
  switch (h.typ) {
    case 'planerat':
      return `${definite} står på ${genitive(organ)} föredragningslista för sammanträdet.`;
    case 'beredd':
      return `${organ} lämnade förslag till beslut till fullmäktige ${at}.`;
    case 'anmäld':
      return `${organ} fick anmält att beredningen inte är avslutad ${at}; ärendet fortsätter (5 kap. 35 § kommunallagen).`;
    case 'avgjord':
      return `${organ} beslutade i ärendet ${at}.`;
    case 'avskrivet':
      return `${organ} avskrev ärendet ${at}.`;
    case 'återremitterat':
      return `${organ} återremitterade ärendet för mer beredning ${at}.`;
    case 'bordlagt':
      return `${organ} bordlade ärendet till ett senare sammanträde ${at}.`;
    default:
      return `${organ} behandlade ärendet ${at}.`;
  }
}

/** What the meeting decided, as a list of sentences: the beslut's att-satser, or the utfall. */
function beslutOf(h: Handling): string[] {
  if (h.entry.beslut?.length) return h.entry.beslut;
  if (h.typ === 'återremitterat') return [`${h.organ} beslutar att återremittera ärendet.`];
  if (h.typ === 'bordlagt') return [`${h.organ} beslutar att bordlägga ärendet.`];
  if (h.typ === 'anmäld') return [`${h.organ} beslutar att anmäla att beredningen av ärendet inte är avslutad.`];
  if (h.typ === 'avskrivet') return [`${h.organ} beslutar att avskriva ärendet från vidare handläggning.`];
  return [];
}

/** The rubrik as published: a private sender's name (a medborgarförslag's) and contact details masked. */
function publishedRubrik(draft: Draft, kind: KindDefinition | undefined): string {
  let out = draft.metadata.rubrik?.trim() || '(rubrik saknas)';
  if (kind?.features.privateSenders) {
    const names = draft.metadata.avsändare.map((p) => p.namn.trim()).filter(Boolean);
    for (const n of names.sort((a, b) => b.length - a.length)) out = out.split(n).join(NAMN);
  }
  for (const c of [...findContactDetails(out)].sort((a, b) => b.start - a.start)) out = out.slice(0, c.start) + KONTAKTUPPGIFT + out.slice(c.end);
  return out;
}

const ORDER: Record<HändelseTyp, number> = {
  väckt: 0,
  planerat: 1,
  behandlat: 2,
  återremitterat: 2,
  bordlagt: 2,
  beredd: 2,
  anmäld: 2,
  avgjord: 2,
  avskrivet: 2,
  anslag: 3,
  överklagandetid: 4,
  frist: 5,
};

/** The status site for `matters` on the day `per`. */
export function statusSite(matters: Matters, per: string): StatusSite {
  const handlings = [...matters.meetings]
    .sort((a, b) => (a.resolved.meeting.datum ?? '').localeCompare(b.resolved.meeting.datum ?? '') || a.fil.localeCompare(b.fil))
    .flatMap((m) => handlingsOf(m.resolved, per));
  const byKey = new Map<string, Handling[]>();
  for (const h of handlings) {
    const keys = new Set([...h.keys, ...(h.dnr ? [`dnr:${dnrKey(h.dnr)}`] : [])]);
    for (const k of keys) byKey.set(k, [...(byKey.get(k) ?? []), h]);
  }

  const ärenden: Ärendesida[] = [];
  const slugs = new Set<string>();
  const found = [...matters.drafts].sort(([a], [b]) => a.localeCompare(b));
  for (const [abs, { fil, draft }] of found) {
    const typ = draft.metadata.raw.typ;
    const kind = typeof typ === 'string' ? kindByName(typ) : undefined;
    if (!kind || !onSite(kind)) continue;
    const väckt = väcktDatum(draft);
    if (!väckt) continue;
    const dnr = draft.metadata.diarienummer ?? null;
    const fristEntry = fristFor(fil, draft, per, matters.decided, abs);
    const own = [...new Set([...(byKey.get(abs) ?? []), ...(dnr ? (byKey.get(`dnr:${dnrKey(dnr)}`) ?? []) : [])])];
    own.sort((a, b) => a.datum.localeCompare(b.datum) || a.paragraf - b.paragraf);

    let slug = ascii(dnr ?? `${kind.ascii}-${väckt}`) || kind.ascii;
    for (let n = 2; slugs.has(slug); n++) slug = `${ascii(dnr ?? `${kind.ascii}-${väckt}`)}-${n}`;
    slugs.add(slug);

    const definite = kind.workflow.definite;
    const { händelser, utdrag, beslut } = meetingSteps(own, definite, per);
    händelser.unshift({ datum: väckt, typ: 'väckt', text: `${definite} väcktes.`, kommande: väckt > per });
    const status: FristStatus = fristEntry?.status ?? statusWithoutFrist(händelser, per);
    if (fristEntry && status !== 'avgjord') händelser.push(fristHändelse(fristEntry.frist, definite, per));
    händelser.sort((a, b) => a.datum.localeCompare(b.datum) || ORDER[a.typ] - ORDER[b.typ]);
    const past = händelser.filter((e) => !e.kommande).map((e) => e.datum);
    ärenden.push({
      slug,
      typ: kind.name,
      typLabel: kind.label.sv,
      rubrik: publishedRubrik(draft, kind),
      diarienummer: dnr,
      väckt,
      nämnd: draft.metadata.mottagare ?? '',
      status,
      frist: fristEntry?.frist ?? null,
      ...(beslut ? { beslut } : {}),
      händelser,
      utdrag,
      uppdaterad: past.length ? past[past.length - 1]! : väckt,
    });
  }
  ärenden.sort(
    (a, b) =>
      STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || (a.frist ?? a.väckt).localeCompare(b.frist ?? b.väckt) || a.slug.localeCompare(b.slug),
  );
  const kommuner = new Set([...matters.drafts.values()].map((d) => d.draft.metadata.kommun?.trim()).filter(Boolean));
  const uppdaterad = ärenden
    .map((a) => a.uppdaterad)
    .sort()
    .at(-1);
  return { per, ...(kommuner.size === 1 ? { kommun: [...kommuner][0] } : {}), ärenden, uppdaterad: uppdaterad || per };
}

/**
 * What the meetings did with one ärende, in date order: each handling (with its protokollsutdrag once
 * justerat), the anslag and, for a decision, the last day to appeal; and the decision (or proposal) itself.
 */
function meetingSteps(own: Handling[], definite: string, per: string): { händelser: Händelse[]; utdrag: Utdrag[]; beslut: Ärendesida['beslut'] } {
  const händelser: Händelse[] = [];
  const utdrag: Utdrag[] = [];
  let beslut: Ärendesida['beslut'];
  for (const h of own) {
    const id = `paragraf-${h.datum}-${h.paragraf}`;
    const published = h.justerat ? id : undefined;
    händelser.push({ datum: h.datum, typ: h.typ, text: handlingText(h, definite), kommande: h.datum > per, ...(published ? { utdrag: published } : {}) });
    if (h.justerat && h.typ !== 'planerat') {
      utdrag.push({
        id,
        organ: h.organ,
        datum: h.datum,
        paragraf: h.paragraf,
        rubrik: h.rubrik,
        beslut: h.entry.sekretess ? [] : beslutOf(h),
        ...(h.entry.sekretess ? { sekretess: h.entry.sekretess } : {}),
        justerat: h.justerat,
      });
    }
    if (h.typ === 'avgjord' || h.typ === 'avskrivet' || h.typ === 'beredd')
      beslut = { datum: h.datum, organ: h.organ, paragraf: h.paragraf, förslag: h.typ === 'beredd', ...(published ? { utdrag: published } : {}) };
    if (h.anslag && h.typ !== 'planerat') händelser.push(...anslagHändelser(h, h.anslag, per));
  }
  return { händelser, utdrag, beslut };
}

/** The anslag of a handling's protokoll and, for a decision, the last day to appeal it. */
function anslagHändelser(h: Handling, anslag: NonNullable<Handling['anslag']>, per: string): Händelse[] {
  const out: Händelse[] = [
    {
      datum: anslag.uppsatt,
      typ: 'anslag',
      text: `Tillkännagivandet att ${genitive(h.organ)} protokoll från ${longDate(h.datum)} är justerat sattes upp på kommunens anslagstavla.`,
      kommande: anslag.uppsatt > per,
    },
  ];
  // A nämnd's proposal to fullmäktige is beredning, which cannot be appealed (13 kap. 2 § KL).
  if (h.typ === 'avgjord' || h.typ === 'avskrivet')
    out.push({
      datum: anslag.sistaDag,
      typ: 'överklagandetid',
      text: 'Sista dag att överklaga beslutet genom laglighetsprövning (13 kap. kommunallagen).',
      kommande: anslag.sistaDag > per,
    });
  return out;
}

/** The frist of a matter not yet decided: coming, or passed without a decision (5 kap. 35 § KL). */
function fristHändelse(frist: string, definite: string, per: string): Händelse {
  return {
    datum: frist,
    typ: 'frist',
    text:
      frist > per
        ? `Fristen: ${definite.toLocaleLowerCase('sv')} ska om möjligt vara avgjort ett år efter att det väcktes (5 kap. 35 § kommunallagen).`
        : `Fristen på ett år gick ut utan att ${definite.toLocaleLowerCase('sv')} var avgjort (5 kap. 35 § kommunallagen).`,
    kommande: frist > per,
  };
}

export const STATUS_ORDER: readonly FristStatus[] = ['försenad', 'snart', 'öppen', 'anmäld', 'beredd', 'avgjord'];

/** A politikerinitiativ (no frist): decided, reported or still being prepared, by the held meetings. */
function statusWithoutFrist(händelser: readonly Händelse[], per: string): FristStatus {
  const held = händelser.filter((e) => e.datum <= per);
  if (held.some((e) => e.typ === 'avgjord' || e.typ === 'avskrivet')) return 'avgjord';
  if (held.some((e) => e.typ === 'anmäld')) return 'anmäld';
  if (held.some((e) => e.typ === 'beredd')) return 'beredd';
  return 'öppen';
}

/** A stable Atom id for `key`: a name-based UUID (RFC 4122 version 5 layout over SHA-1), as a urn:uuid. */
export function atomId(key: string): string {
  const h = createHash('sha1').update(`arende-publicera:${key}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
