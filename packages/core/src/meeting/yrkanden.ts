/**
 * Yrkanden as data: what a member moved at the meeting (5 kap. 67 § 1 KL), read from an item's `yrkanden`
 * in the meeting file. A yrkande may be only `namn`, `parti` and `text` (the plain form, printed as written),
 * or say what it does to the Förslag till beslut (`typ` with its keys) and how it went (`utfall`): then the
 * beslut can be computed from the förslag (compute-beslut.ts) and the protokoll phrased from the data.
 */

/** The kinds of yrkande, in the order a meeting meets them (see compute-beslut.ts for the propositionsordning). */
export const YRKANDE_TYPER = ['bifall', 'avslag', 'ändring', 'tillägg', 'motförslag', 'återremiss', 'bordläggning'] as const;
export type YrkandeTyp = (typeof YRKANDE_TYPER)[number];

/** How the nämnd answered a yrkande. */
export const YRKANDE_UTFALL = ['bifall', 'avslag'] as const;
export type YrkandeUtfall = (typeof YRKANDE_UTFALL)[number];

/** What each typ means, for hover and completion (Swedish; the English follows). */
export const YRKANDE_TYP_TEXT: Readonly<Record<YrkandeTyp, { sv: string; en: string }>> = {
  bifall: { sv: 'Bifall till förslaget till beslut (huvudförslaget).', en: 'In favour of the proposed decision (the main proposal).' },
  avslag: {
    sv: "Avslag på förslaget till beslut; 'text' (eller 'att_satser') är vad nämnden då beslutar.",
    en: "Rejection of the proposed decision; 'text' (or 'att_satser') is what the committee then decides.",
  },
  ändring: {
    sv: "Ändring av en att-sats: 'att_sats' (numret) med 'ersätt' och 'med', eller 'ny_lydelse' (hela att-satsen).",
    en: "Amendment of one att-sats: 'att_sats' (its number) with 'ersätt' and 'med', or 'ny_lydelse' (the whole att-sats).",
  },
  tillägg: {
    sv: "En ny att-sats: 'text', placerad 'efter' att-sats nummer (0 = först).",
    en: "A new att-sats: 'text', placed 'efter' (after) att-sats number (0 = first).",
  },
  motförslag: { sv: "Ett helt eget förslag: 'att_satser'.", en: "A complete alternative proposal: 'att_satser'." },
  återremiss: {
    sv: "Ärendet skickas tillbaka för mer beredning; 'text' är motiveringen (5 kap. 50 § KL).",
    en: "The matter is sent back for further preparation; 'text' is the reason (5 kap. 50 § KL).",
  },
  bordläggning: {
    sv: 'Ärendet skjuts upp till ett senare sammanträde (5 kap. 50–51 §§ KL).',
    en: 'The matter is postponed to a later meeting (5 kap. 50–51 §§ KL).',
  },
};

/** One yrkande as the meeting file writes it. Keys not given are undefined; numbers that are not whole are too. */
export interface Yrkande {
  /** 0-based position in the item's `yrkanden`, for positioning problems. */
  index: number;
  namn: string;
  parti?: string;
  /** The plain form: the yrkande in words; for `tillägg` the new att-sats, for `återremiss` the motivering. */
  text?: string;
  /** Short id, unique within the item (e.g. `Y1`). */
  id?: string;
  typ?: YrkandeTyp;
  /** As written, when it is not one of YRKANDE_TYPER (the schema reports it). */
  typWritten?: string;
  instämmer: string[];
  utfall?: YrkandeUtfall;
  /** `ändring`: the att-sats's number in the förslag (1-based). */
  att_sats?: number;
  ersätt?: string;
  med?: string;
  ny_lydelse?: string;
  /** `tillägg`: the number of the att-sats the new one follows (0 = first). */
  efter?: number;
  /** `motförslag` (and optionally `avslag`): the whole alternative. */
  att_satser: string[];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
/** `ersätt` is matched as written (spaces inside matter), only trimmed at the ends. */
const exact = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const strList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()) : []);
const whole = (v: unknown, min: number): number | undefined => {
  const n = typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= min ? n : undefined;
};

/** An item's `yrkanden` (entries without a `namn` are left to the schema). */
export function readYrkanden(v: unknown): Yrkande[] {
  if (!Array.isArray(v)) return [];
  const out: Yrkande[] = [];
  v.forEach((entry, index) => {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return;
    const r = entry as Record<string, unknown>;
    const namn = str(r.namn);
    if (!namn) return;
    const typ = str(r.typ)?.toLocaleLowerCase('sv');
    const utfall = str(r.utfall)?.toLocaleLowerCase('sv');
    out.push({
      index,
      namn,
      parti: str(r.parti),
      text: str(r.text),
      id: typeof r.id === 'number' ? String(r.id) : str(r.id),
      typ: (YRKANDE_TYPER as readonly string[]).includes(typ ?? '') ? (typ as YrkandeTyp) : undefined,
      typWritten: typ,
      instämmer: strList(r.instämmer),
      utfall: (YRKANDE_UTFALL as readonly string[]).includes(utfall ?? '') ? (utfall as YrkandeUtfall) : undefined,
      att_sats: whole(r.att_sats, 1),
      ersätt: exact(r.ersätt),
      med: typeof r.med === 'string' ? r.med : undefined,
      ny_lydelse: str(r.ny_lydelse),
      efter: whole(r.efter, 0),
      att_satser: strList(r.att_satser),
    });
  });
  return out;
}

/** Whether the meeting file says how any yrkande went: then the beslut can be computed. */
export function hasUtfall(yrkanden: readonly Yrkande[]): boolean {
  return yrkanden.some((y) => y.utfall !== undefined);
}

/**
 * What the yrkanden's utfall make of the item (the propositionsordning's first step, compute-beslut.ts):
 * återremiss or bordläggning bifallen, else `avgjort` once any yrkande has an utfall; undefined without.
 */
export function utfallFromYrkanden(yrkanden: readonly Yrkande[]): 'avgjort' | 'återremitterat' | 'bordlagt' | undefined {
  const first = yrkanden.find((y) => y.utfall === 'bifall' && (y.typ === 'återremiss' || y.typ === 'bordläggning'));
  if (first) return first.typ === 'återremiss' ? 'återremitterat' : 'bordlagt';
  return hasUtfall(yrkanden) ? 'avgjort' : undefined;
}

/** "Bengt Olausson (Sjöviks moderater)". */
export function yrkandeParty(y: { namn: string; parti?: string | undefined }): string {
  return y.parti ? `${y.namn} (${y.parti})` : y.namn;
}

/** How a yrkande is named in a message: "yrkande Y2 (Bengt Olausson)" or "Bengt Olaussons yrkande". */
export function yrkandeName(y: Yrkande): { sv: string; en: string } {
  return y.id ? { sv: `yrkande ${y.id} (${y.namn})`, en: `motion ${y.id} (${y.namn})` } : { sv: `${genitive(y.namn)} yrkande`, en: `the motion of ${y.namn}` };
}

/** Swedish genitive: "Kim Exempels", but "Lars" and "Max" stay as they are. */
export const genitive = (name: string): string => (/[sxz]$/i.test(name) ? name : `${name}s`);

/** The name in an attendance line: "Karin Åberg (Sjöviks framtid), ordförande" → "Karin Åberg". */
export function memberName(line: string): string {
  return line.split(/\s*[(,]/)[0]!.trim();
}
