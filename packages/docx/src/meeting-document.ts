/**
 * What the kallelse and the protokoll are written from: the meeting and its items, each item with its
 * handlingar, the proposal (the administration's or the meeting file's, never the initiator's) and,
 * after the meeting, the beslut. Built from a meeting file (core's ResolvedMeeting) or, for the older
 * `arende agenda --nämnd … UTKAST…` form, from drafts given one by one.
 */
import type { RootContent } from 'mdast';
import {
  AGENDA_GROUPS,
  computedBeslutOf,
  decisionOf,
  headingKey,
  kindByName,
  meetingDecides,
  participants,
  utfallOf,
  type AgendaGroup,
  type ComputedBeslut,
  type KindDefinition,
  type Omröstning,
  type ResolvedMeeting,
  type Utfall,
  type Yrkande,
} from '@arende/core';
import { plainText } from './mdast-to-docx.js';
import type { ExportableDraft, Meeting } from './types.js';

export interface MeetingHandling {
  /** "Medborgarförslag från Kim Exempel, 2026-02-01", or an attachment's title (`titel`, else its file name). */
  label: string;
  draft?: ExportableDraft;
  /** A file that is not a draft (.pdf, .docx, .xlsx): its path as the loader resolved it, for appending. */
  file?: string;
}

export interface MeetingEntry {
  rubrik: string;
  diarienummer?: string;
  handlingar: MeetingHandling[];
  /** The Förslag till beslut (the tjänsteskrivelse's or the meeting file's). */
  proposal?: { satser: string[]; from?: string };
  /** The initiator's own att-satser, shown as theirs. */
  initiator?: { label: string; satser: string[] };
  /**
   * The group it stands in (the kind table's): a newly raised politikerinitiativ or motion without a
   * tjänsteskrivelse under "Motioner och politikerinitiativ", an interpellation under "Interpellationer";
   * once there is a Förslag till beslut, among the ärenden for decision.
   */
  group: AgendaGroup;
  /** The initiative's kind in definite form ("Motionen"), for "Motionen anmäls." */
  definite?: string;
  /** A kind the meeting hears answered (an interpellation, a fråga): who answers ("Socialnämndens ordförande Anna Berg"). */
  answeredBy?: string;
  /** After the meeting: the decision's att-satser ("enligt förslag" already replaced by the proposal). */
  beslut?: string[];
  enligtFörslag?: boolean;
  yrkanden: Yrkande[];
  /** The beslut the yrkanden's `utfall` give (compute-beslut.ts in core), when any yrkande has one. */
  computed?: ComputedBeslut;
  /** The meeting file writes the beslut itself (`beslut:`); else a beslut is the computed one. */
  beslutWritten?: boolean;
  /** The secretary's account of how the decision was reached, one paragraph per string (absent: nothing is shown). */
  beslutsgång?: string[];
  /** The omröstning (votering), as the meeting file records it. */
  omröstning?: Omröstning;
  reservationer: { namn: string; parti?: string; text?: string }[];
  beslutetSkickasTill: string[];
  /** A short account of the ärende (the meeting file's, else the tjänsteskrivelse's Sammanfattning). */
  redogörelse?: string;
  /** What happened to the item (`utfall`, default `avgjort` with a beslut); undefined before the meeting. */
  utfall?: Utfall;
  /** False when the meeting's beslut is a proposal to fullmäktige (a nämnd on a motion or medborgarförslag). */
  decides?: boolean;
  /** Members who declared jäv, and who otherwise did not take part (6 kap. 28–30 §§ KL). */
  jäv?: string[];
  deltarInte?: string[];
  /** The serving members in this item, when jäv or deltar_inte changed them (listed in the §). */
  tjänstgörande?: string[];
  omedelbartJusterad?: boolean;
  /**
   * The web version of an item under secrecy (publicering.ts): the sentence that stands in for its whole
   * content ("Ärendet omfattas av sekretess enligt …"); the § keeps only its number and rubrik.
   */
  sekretess?: string;
}

export interface MeetingDocument {
  meeting: Meeting;
  entries: MeetingEntry[];
}

/** The kind as written in `typ` (also one this package's caller did not type as a DraftKind). */
const kindDef = (d: ExportableDraft): KindDefinition | undefined => {
  const t = d.metadata.raw?.typ;
  return kindByName(typeof t === 'string' ? t : (d.kind ?? d.metadata.typ));
};

/** "Medborgarförslag från Kim Exempel, 2026-02-01"; a tjänsteskrivelse is from its förvaltning. */
export function handlingLabel(draft: ExportableDraft): string {
  const m = draft.metadata;
  const kind = kindDef(draft);
  const who = kind?.agenda.from === 'förvaltning' ? (m.förvaltning ?? '') : m.avsändare.map((p) => (p.parti ? `${p.namn} (${p.parti})` : p.namn)).join(', ');
  return [(kind?.export.label ?? 'Handling') + (who ? ` från ${who}` : ''), m.datum].filter(Boolean).join(', ');
}

/** How the initiator's own att-satser are labelled (never "Förslag till beslut"). */
export function initiatorLabel(draft: ExportableDraft): string {
  return kindDef(draft)?.workflow.initiatorLabel || 'Initiativtagarens yrkanden';
}

/** The text of a `##` section by heading (e.g. Sammanfattning), as paragraphs of plain text. */
function sectionText(draft: ExportableDraft, headings: readonly string[]): string | undefined {
  const keys = headings.map(headingKey);
  const out: string[] = [];
  let inside = false;
  for (const node of draft.tree.children as RootContent[]) {
    if (node.type === 'heading' && node.depth <= 2) {
      inside = node.depth === 2 && keys.includes(headingKey(plainText(node)));
      continue;
    }
    if (inside && (node.type === 'paragraph' || node.type === 'list' || node.type === 'blockquote')) {
      const t = plainText(node).replace(/\s+/g, ' ').trim();
      if (t) out.push(t);
    }
  }
  return out.length ? out.join('\n') : undefined;
}

/** The text before the first `##` heading (an initiative's background), at most `max` paragraphs. */
function preamble(draft: ExportableDraft, max: number): string | undefined {
  const out: string[] = [];
  for (const node of draft.tree.children as RootContent[]) {
    if (node.type === 'heading' && node.depth === 2) break;
    if (node.type === 'paragraph') {
      const t = plainText(node).replace(/\s+/g, ' ').trim();
      if (t) out.push(t);
      if (out.length >= max) break;
    }
  }
  return out.length ? out.join('\n') : undefined;
}

function redogörelseOf(tjänsteskrivelse: ExportableDraft | undefined, initiative: ExportableDraft | undefined): string | undefined {
  if (tjänsteskrivelse) {
    const s = sectionText(tjänsteskrivelse, ['Sammanfattning']);
    if (s) return s;
  }
  if (initiative) {
    const p = preamble(initiative, 2);
    if (p) return `${kindDef(initiative)?.workflow.definite ?? 'Initiativet'} i korthet: ${p}`;
  }
  return undefined;
}

/** "delegationslista-mars-2026.pdf" → "delegationslista mars 2026": a file's name as a title. */
function fileTitle(filePath: string): string {
  const name = filePath.split(/[\\/]/).pop() ?? filePath;
  return (
    name
      .replace(/\.[^.]+$/, '')
      .replace(/[-_]+/g, ' ')
      .trim() || name
  );
}

/** The meeting file with its handlingar (core's ResolvedMeeting) as the kallelse and protokoll read it. */
export function meetingDocument(resolved: ResolvedMeeting): MeetingDocument {
  const m = resolved.meeting;
  const meeting: Meeting = {
    namnd: m.nämnd ?? '',
    datum: m.datum ?? '',
    tid: m.tid,
    plats: m.plats,
    ordforande: m.ordförande,
    sekreterare: m.sekreterare,
    kommun: m.kommun,
    standingItems: m.stående_punkter,
    formalia: m.formalia,
    förhinder: m.förhinder,
    justerare: m.justerare,
    justering: m.justering,
    paragraferFrån: m.paragrafer_från,
    närvarande: m.närvarande,
    anslag: m.anslag,
  };
  const entries = resolved.items.map((r): MeetingEntry => {
    const beslut = decisionOf(r);
    const computed = computedBeslutOf(r);
    return {
      rubrik: r.rubrik,
      diarienummer: r.diarienummer,
      handlingar: r.handlingar
        .filter((h) => h.status !== 'missing')
        .map(
          (h): MeetingHandling =>
            h.draft && h.status === 'draft'
              ? { label: handlingLabel(h.draft), draft: h.draft }
              : { label: h.ref.titel ?? fileTitle(h.ref.path), file: h.status === 'file' ? (h.resolvedPath ?? h.ref.path) : undefined },
        ),
      proposal: r.proposal ? { satser: r.proposal.satser, from: r.proposal.from } : undefined,
      initiator: r.initiative && r.initiatorSatser.length ? { label: initiatorLabel(r.initiative), satser: r.initiatorSatser } : undefined,
      group: groupOf(r.initiative && kindDef(r.initiative), !!r.tjänsteskrivelse || !!r.proposal),
      definite: r.initiative ? kindDef(r.initiative)?.workflow.definite : undefined,
      answeredBy: r.initiative && !r.proposal ? answererOf(r.initiative) : undefined,
      beslut,
      // A computed beslut that changed nothing is the förslag as it stood.
      enligtFörslag: r.item.beslut ? r.item.beslut.kind === 'enligt förslag' : computed?.basis === 'förslag' && computed.unchanged,
      yrkanden: r.item.yrkanden,
      computed,
      beslutWritten: !!r.item.beslut,
      beslutsgång: r.item.beslutsgång,
      omröstning: r.item.omröstning,
      reservationer: r.item.reservationer,
      beslutetSkickasTill: r.item.beslutet_skickas_till.length ? r.item.beslutet_skickas_till : (r.tjänsteskrivelse?.metadata.beslutet_skickas_till ?? []),
      redogörelse: r.item.redogörelse ?? redogörelseOf(r.tjänsteskrivelse, r.initiative),
      utfall: utfallOf(r.item) ?? (beslut ? 'avgjort' : undefined),
      decides: meetingDecides(m, r.item, r.initiative),
      jäv: r.item.jäv,
      deltarInte: r.item.deltar_inte,
      tjänstgörande: r.item.jäv.length || r.item.deltar_inte.length ? participants(m, r.item) : undefined,
      omedelbartJusterad: r.item.omedelbart_justerad,
    };
  });
  return { meeting, entries };
}

/** One item per draft, for the flag form of `arende agenda` (drafts in agenda order). */
export function entriesFromDrafts(drafts: readonly ExportableDraft[]): MeetingEntry[] {
  return drafts.map((d): MeetingEntry => {
    const kind = kindDef(d);
    const isProposal = kind?.workflow.role === 'förslag';
    const isInitiative = kind?.workflow.role === 'initiativ';
    const satser = d.attSatser ? d.attSatser.map((a) => a.text) : [];
    return {
      rubrik: d.metadata.rubrik ?? '(rubrik saknas)',
      diarienummer: d.metadata.diarienummer,
      handlingar: [{ label: handlingLabel(d), draft: d }],
      proposal: isProposal && satser.length ? { satser, from: d.metadata.förvaltning } : undefined,
      initiator: isInitiative && satser.length ? { label: initiatorLabel(d), satser } : undefined,
      group: groupOf(kind, isProposal),
      definite: kind?.workflow.definite,
      answeredBy: answererOf(d),
      yrkanden: [],
      reservationer: [],
      beslutetSkickasTill: d.metadata.beslutet_skickas_till,
    };
  });
}

/** A § or punkt before the ärenden: val av justerare, godkännande av dagordningen, a stående punkt. */
export interface OpeningItem {
  rubrik: string;
  /** What the protokoll says under it, one paragraph per string. */
  protokoll: string[];
}

const joinNames = (names: readonly string[]) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} och ${names[names.length - 1]}`);

/**
 * The items before the ärenden, in order, shared by the kallelse and the protokoll (so that punkt and §
 * follow each other): val av justerare and godkännande av dagordningen (unless `formalia: false`), then
 * the stående punkter.
 */
export function openingItems(meeting: Meeting): OpeningItem[] {
  const out: OpeningItem[] = [];
  if (meeting.formalia !== false) {
    const who = meeting.justerare?.length ? joinNames(meeting.justerare) : '____________________';
    const j = meeting.justering;
    const when = j?.datum ? ` Protokollet justeras ${j.datum}${j.plats ? `, ${j.plats}` : ''}.` : j?.plats ? ` Protokollet justeras på ${j.plats}.` : '';
    out.push({ rubrik: 'Val av justerare', protokoll: [`${meeting.namnd || 'Nämnden'} utser ${who} att jämte ordföranden justera protokollet.${when}`] });
    out.push({ rubrik: 'Godkännande av dagordningen', protokoll: ['Dagordningen godkänns.'] });
  }
  for (const s of meeting.standingItems ?? []) {
    const item = typeof s === 'string' ? { rubrik: s.trim() } : s;
    if (!item.rubrik.trim()) continue;
    out.push({ rubrik: item.rubrik.trim(), protokoll: [item.text ?? 'Anmäls och läggs till handlingarna.'] });
  }
  return out;
}

/**
 * Agenda order, shared by the kallelse and the protokoll (so a § follows its punkt): the ärenden as
 * given, then each group of the kind table (motioner och politikerinitiativ, interpellationer, frågor)
 * in its order, the items of a group as given.
 */
export function orderEntries(entries: readonly MeetingEntry[]): { group: AgendaGroup; entries: MeetingEntry[] }[] {
  const groups = new Map<string, { group: AgendaGroup; entries: MeetingEntry[] }>();
  for (const e of entries) {
    const g = groups.get(e.group.id) ?? { group: e.group, entries: [] };
    g.entries.push(e);
    groups.set(e.group.id, g);
  }
  return [...groups.values()].sort((a, b) => a.group.order - b.group.order);
}

/** The entries in agenda order, one list. */
export function orderedEntries(entries: readonly MeetingEntry[]): MeetingEntry[] {
  return orderEntries(entries).flatMap((g) => g.entries);
}

/**
 * The group an item stands in: its kind's (the table's `agenda.group`) until a Förslag till beslut has
 * been made on it; a prepared initiative, and anything without a kind, is an ärende for decision.
 */
function groupOf(kind: KindDefinition | undefined, prepared: boolean): AgendaGroup {
  return kind && !prepared ? kind.agenda.group : AGENDA_GROUPS.decisions;
}

/** Who answers a kind the meeting hears answered (the table's `meeting.act`): the chair its `mottagare` names. */
function answererOf(draft: ExportableDraft): string | undefined {
  return kindDef(draft)?.meeting.act === 'besvarar' ? (draft.metadata.mottagare ?? 'ordföranden') : undefined;
}
