import type { Draft, Range } from '../model/types.js';
import { readYrkanden, utfallFromYrkanden, type Yrkande } from './yrkanden.js';

/** One file named under an item's `handlingar`, as written (relative to the meeting file). */
export interface HandlingRef {
  path: string;
  range: Range;
  /** Index in the item's `handlingar` list. */
  index: number;
  /** The title to list a non-draft handling by (`titel:` beside the path as `fil:`). */
  titel?: string;
}

/** What happened to an item at the meeting (`utfall`); `avgjort` is the default when it has a `beslut`. */
export const UTFALL = ['avgjort', 'återremitterat', 'bordlagt', 'anmält', 'avskrivet'] as const;
export type Utfall = (typeof UTFALL)[number];

/** A standing item (Anmälningar, Delegationsbeslut, Information) and its text in the protokoll, when given. */
export interface StandingItem {
  rubrik: string;
  text?: string;
}

export interface Reservation {
  namn: string;
  parti?: string;
  /** The reservation's wording (or "till förmån för …"); may be absent ("reserverar sig"). */
  text?: string;
}

/** A yrkande put forward at the meeting (5 kap. 67 § 1 KL): who, and what (see yrkanden.ts). */
export type { Yrkande } from './yrkanden.js';

/** What the nämnd decided: the proposal as it stood, or its own att-satser. */
export type Beslut = { kind: 'enligt förslag' } | { kind: 'att-satser'; satser: string[] };

export const ENLIGT_FORSLAG = 'enligt förslag';

/** The three votes a member can cast (5 kap. 53 § KL: a proposition is answered yes or no; a member may abstain). */
export const RÖSTER = ['ja', 'nej', 'avstår'] as const;
export type Röst = (typeof RÖSTER)[number];

/** A röst as written ("Ja", " avstår") as one of the three, or undefined when it is none of them. */
export function röstOf(written: string): Röst | undefined {
  const r = written.trim().toLocaleLowerCase('sv');
  return (RÖSTER as readonly string[]).includes(r) ? (r as Röst) : undefined;
}

/** One member's vote in an open omröstning (5 kap. 67 § 5 KL). `röst` is as written; the rules check it. */
export interface Röstande {
  namn: string;
  parti?: string;
  röst: string;
  /** Index in `röster`, for positioning a problem. */
  index: number;
}

/**
 * An omröstning (votering) as the meeting file records it (5 kap. 67 § 3 och 5 KL): the counts, what a
 * yes and a no meant, and, at an open vote, each member's vote. A count that is not a non-negative
 * integer is undefined (the schema reports it).
 */
export interface Omröstning {
  ja?: number;
  nej?: number;
  avstår?: number;
  ja_avser?: string;
  nej_avser?: string;
  röster: Röstande[];
}

export interface MeetingItem {
  /** 0-based position in `ärenden`. */
  index: number;
  /** Range of the item's mapping in the meeting file. */
  range: Range;
  /** Overrides the rubrik taken from the handlingar. */
  rubrik?: string;
  /** Overrides the diarienummer taken from the handlingar. */
  diarienummer?: string;
  handlingar: HandlingRef[];
  /** A proposal written in the meeting file (the ordförande's or presidium's), overriding the tjänsteskrivelse's. */
  förslag: string[];
  beslut?: Beslut;
  yrkanden: Yrkande[];
  reservationer: Reservation[];
  /** The secretary's account of how the decision was reached (propositionsordning, 5 kap. 67 § 2 KL), one paragraph per string. */
  beslutsgång: string[];
  omröstning?: Omröstning;
  beslutet_skickas_till: string[];
  /** A short account of the ärende for the protokoll (default: the tjänsteskrivelse's Sammanfattning). */
  redogörelse?: string;
  /** `utfall` as written, when it is one of UTFALL (the schema reports any other); see utfallOf(). */
  utfall?: Utfall;
  /** Fullmäktige handed the matter over to the nämnd (5 kap. 23 § andra stycket KL): the nämnd decides it. */
  delegerat: boolean;
  /** Members who declared jäv and took no part in the item (6 kap. 28–30 §§, 5 kap. 47 § KL). */
  jäv: string[];
  /** Members who did not take part in the item for another reason. */
  deltar_inte: string[];
  /** The § is justerad at the meeting (omedelbar justering, set in the arbetsordning or reglemente). */
  omedelbart_justerad: boolean;
}

export interface Attendance {
  beslutande: string[];
  ersättare: string[];
  övriga: string[];
}

export interface MeetingFile {
  nämnd?: string;
  kommun?: string;
  datum?: string;
  tid?: string;
  plats?: string;
  ordförande?: string;
  sekreterare?: string;
  /** To whom and how förhinder is reported (default: the sekreterare). */
  förhinder?: string;
  justerare: string[];
  justering?: { datum?: string; plats?: string };
  /** The first § number of this meeting's protokoll (the numbering runs through the year). */
  paragrafer_från?: number;
  närvarande?: Attendance;
  stående_punkter: StandingItem[];
  /** Whether the protokoll and kallelse open with val av justerare and godkännande av dagordningen (default true). */
  formalia: boolean;
  /** The anslagsbevis: when the justering was put on the anslagstavla, and where the protokoll is kept. */
  anslag?: { datum?: string; förvaringsplats?: string };
  ärenden: MeetingItem[];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const strList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()) : []);
const date = (v: unknown): string | undefined => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
const record = (v: unknown): Record<string, unknown> | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** Reads the meeting from a parsed draft (whatever its `typ`; callers check that it is a meeting file, isMeeting). */
export function readMeeting(draft: Draft): MeetingFile {
  const raw = draft.metadata.raw;
  const just = record(raw.justering);
  const närv = record(raw.närvarande);
  const anslag = record(raw.anslag);
  const items = Array.isArray(raw.ärenden) ? raw.ärenden : [];
  const fallback = draft.frontmatter?.openingRange ?? { start: draft.pointAt(0), end: draft.pointAt(0) };
  return {
    nämnd: str(raw.nämnd),
    kommun: str(raw.kommun),
    datum: date(raw.datum),
    tid: timeText(raw.tid),
    plats: str(raw.plats),
    ordförande: str(raw.ordförande),
    sekreterare: str(raw.sekreterare),
    förhinder: str(raw.förhinder),
    justerare: strList(raw.justerare),
    justering: just ? { datum: date(just.datum), plats: str(just.plats) } : undefined,
    paragrafer_från: typeof raw.paragrafer_från === 'number' && Number.isInteger(raw.paragrafer_från) ? raw.paragrafer_från : undefined,
    närvarande: närv ? { beslutande: strList(närv.beslutande), ersättare: strList(närv.ersättare), övriga: strList(närv.övriga) } : undefined,
    stående_punkter: standingItems(raw.stående_punkter),
    formalia: raw.formalia !== false,
    anslag: anslag ? { datum: date(anslag.datum), förvaringsplats: str(anslag.förvaringsplats) } : undefined,
    ärenden: items.map((item, index) => readItem(draft, item, index, fallback)),
  };
}

/** "13.00" stays as written; YAML reads an unquoted 13:00 as a string too, and 13.00 as the number 13. */
function timeText(v: unknown): string | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? `${v}.00` : v.toFixed(2);
  return str(v);
}

function readItem(draft: Draft, value: unknown, index: number, fallback: Range): MeetingItem {
  const raw = record(value) ?? {};
  const at = (...rest: (string | number)[]) => draft.rangeOf(['ärenden', index, ...rest], 'value');
  const handlingar: HandlingRef[] = [];
  if (Array.isArray(raw.handlingar)) {
    raw.handlingar.forEach((p, i) => {
      if (typeof p === 'string' && p.trim()) handlingar.push({ path: p.trim(), index: i, range: at('handlingar', i) ?? fallback });
      const o = record(p);
      const fil = str(o?.fil);
      if (fil)
        handlingar.push({
          path: fil,
          index: i,
          range: draft.rangeOf(['ärenden', index, 'handlingar', i, 'fil'], 'value') ?? at('handlingar', i) ?? fallback,
          titel: str(o?.titel),
        });
    });
  }
  return {
    index,
    range: at() ?? fallback,
    rubrik: str(raw.rubrik),
    diarienummer: str(raw.diarienummer),
    handlingar,
    förslag: strList(raw.förslag),
    beslut: readBeslut(raw.beslut),
    yrkanden: readYrkanden(raw.yrkanden),
    reservationer: people(raw.reservationer),
    beslutsgång: typeof raw.beslutsgång === 'string' ? paragraphs(raw.beslutsgång) : strList(raw.beslutsgång),
    omröstning: readOmröstning(raw.omröstning),
    beslutet_skickas_till: strList(raw.beslutet_skickas_till),
    redogörelse: str(raw.redogörelse),
    utfall: (UTFALL as readonly unknown[]).includes(raw.utfall) ? (raw.utfall as Utfall) : undefined,
    delegerat: raw.delegerat === true,
    jäv: strList(raw.jäv),
    deltar_inte: strList(raw.deltar_inte),
    omedelbart_justerad: raw.omedelbart_justerad === true,
  };
}

/** What happened to the item: `utfall`, else `avgjort` when it has a `beslut`, else undefined (not yet handled). */
export function utfallOf(item: MeetingItem): Utfall | undefined {
  // Without a written beslut, the yrkanden's utfall decide it (an återremiss bifallen: återremitterat).
  return item.utfall ?? (item.beslut ? 'avgjort' : utfallFromYrkanden(item.yrkanden));
}

function standingItems(v: unknown): StandingItem[] {
  if (!Array.isArray(v)) return [];
  const out: StandingItem[] = [];
  for (const x of v) {
    if (typeof x === 'string' && x.trim()) out.push({ rubrik: x.trim() });
    const o = record(x);
    const rubrik = str(o?.rubrik);
    if (rubrik) out.push({ rubrik, text: str(o?.text) });
  }
  return out;
}

function readBeslut(v: unknown): Beslut | undefined {
  if (typeof v === 'string' && v.trim().toLocaleLowerCase('sv') === ENLIGT_FORSLAG) return { kind: 'enligt förslag' };
  if (typeof v === 'string' && v.trim()) return { kind: 'att-satser', satser: [v.trim()] };
  const satser = strList(v);
  return satser.length ? { kind: 'att-satser', satser } : undefined;
}

/**
 * A string's paragraphs. With a blank line in it (a literal `|` block) paragraphs are blank lines apart and
 * the line breaks inside one are spaces; without (a folded `>` block, where a blank line is read as one line
 * break, or one paragraph per line) each line is a paragraph, as `redogörelse` is read.
 */
function paragraphs(v: string): string[] {
  return v
    .split(/\n\s*\n/.test(v.trim()) ? /\n\s*\n/ : /\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

const count = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);

function readOmröstning(v: unknown): Omröstning | undefined {
  const raw = record(v);
  if (!raw) return undefined;
  const röster: Röstande[] = [];
  if (Array.isArray(raw.röster)) {
    raw.röster.forEach((r, index) => {
      const p = record(r);
      const namn = str(p?.namn);
      if (!p || !namn) return;
      röster.push({ namn, parti: str(p.parti), röst: typeof p.röst === 'string' ? p.röst.trim() : String(p.röst ?? ''), index });
    });
  }
  return { ja: count(raw.ja), nej: count(raw.nej), avstår: count(raw.avstår), ja_avser: str(raw.ja_avser), nej_avser: str(raw.nej_avser), röster };
}

function people(v: unknown): Reservation[] {
  if (!Array.isArray(v)) return [];
  return v
    .map(record)
    .filter((r): r is Record<string, unknown> => !!r && typeof r.namn === 'string' && r.namn.trim() !== '')
    .map((r) => ({ namn: (r.namn as string).trim(), parti: str(r.parti), text: str(r.text) }));
}
