/**
 * Deadlines of motioner and medborgarförslag (5 kap. 35 § KL, for medborgarförslag a nämnd handles also
 * 6 kap. 34 §): they should be decided within one year of being raised. `väckt` is the day it was raised
 * (in fullmäktige), else the draft's `datum`; the frist is the same day a year later (29 February → 28
 * February). What the meeting files held on or before the day asked about did with it decides the status
 * (see decision.ts): `avgjord` when fullmäktige (or a nämnd it handed a medborgarförslag to) decided or
 * avskrev it; `anmäld` when the unfinished beredning was reported to fullmäktige (5 kap. 35 §) before the
 * frist; `beredd` when a nämnd has proposed a decision to fullmäktige and the frist has not run out. A
 * återremiss or bordläggning leaves it open (`öppen`, `snart`, `försenad` by the frist).
 */
import type { Draft } from '../model/types.js';
import type { FristEffect } from './decision.js';
import { FRIST_KINDS } from './kind.js';

export { FRIST_KINDS };
export type FristStatus = 'öppen' | 'snart' | 'försenad' | 'beredd' | 'anmäld' | 'avgjord';
/** `snart`: the frist falls within this many days. */
export const SNART_DAGAR = 60;
export const FRIST_LAGRUM = '5 kap. 35 § kommunallagen (2017:725)';

/** One row of `arende frister --format json` (the keys are public). */
export interface FristEntry {
  fil: string;
  typ: string;
  rubrik: string;
  diarienummer: string | null;
  väckt: string;
  frist: string;
  status: FristStatus;
}

const DAY = 86_400_000;
const utc = (d: string) => Date.parse(`${d}T00:00:00Z`);

/** One year after `väckt`, the same calendar day (a 29 February gives 28 February). */
export function fristFrån(väckt: string): string {
  const [y, m, d] = väckt.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + 1, m, 0)).getUTCDate();
  return `${y + 1}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** When the draft was raised: `väckt`, else `datum`; undefined when neither is a date. */
export function väcktDatum(draft: Draft): string | undefined {
  const v = draft.metadata.raw.väckt;
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  return draft.metadata.datum;
}

/** One meeting's handling of a matter: the meeting's day and what it meant (decision.ts fristEffect). */
export interface MeetingEvent {
  datum: string;
  effect: FristEffect;
}

/**
 * The status on `per` from the frist and the held meetings' handling of the matter. An avgörande is final;
 * an anmälan counts when made on or before the frist (5 kap. 35 §: within the year); a nämnd's proposal
 * (`beredd`) shows until the frist has run out, when the matter is `försenad` as long as fullmäktige has
 * not decided it.
 */
export function fristStatus(frist: string, per: string, events: readonly MeetingEvent[] = []): FristStatus {
  const held = events.filter((e) => e.datum <= per);
  if (held.some((e) => e.effect === 'avgjord')) return 'avgjord';
  const left = (utc(frist) - utc(per)) / DAY;
  if (held.some((e) => e.effect === 'anmäld' && e.datum <= frist)) return 'anmäld';
  if (left < 0) return 'försenad';
  if (held.some((e) => e.effect === 'beredd')) return 'beredd';
  return left <= SNART_DAGAR ? 'snart' : 'öppen';
}

/** What a set of meeting files did with matters: by handling (as the caller keys them) and by diarienummer. */
export interface Decided {
  files: ReadonlyMap<string, readonly MeetingEvent[]>;
  diarienummer: ReadonlyMap<string, readonly MeetingEvent[]>;
}

export const dnrKey = (dnr: string) =>
  dnr
    .toLocaleLowerCase('sv')
    .replace(/^dnr:?\s*/, '')
    .replace(/\s+/g, '');

/** The deadline of one draft, or undefined when it has none (not a motion or medborgarförslag, or no date). */
/** `key` is what `decided.files` holds for this draft (the CLI: its absolute path); default `fil`. */
export function fristFor(fil: string, draft: Draft, per: string, decided?: Decided, key: string = fil): FristEntry | undefined {
  const typ = draft.metadata.raw.typ;
  if (typeof typ !== 'string' || !FRIST_KINDS.includes(typ)) return undefined;
  const väckt = väcktDatum(draft);
  if (!väckt) return undefined;
  const frist = fristFrån(väckt);
  const dnr = draft.metadata.diarienummer ?? null;
  const events = [...(decided?.files.get(key) ?? []), ...(dnr !== null ? (decided?.diarienummer.get(dnrKey(dnr)) ?? []) : [])];
  return { fil, typ, rubrik: draft.metadata.rubrik ?? '', diarienummer: dnr, väckt, frist, status: fristStatus(frist, per, events) };
}

/** Oldest frist first, then by file: the order a report to fullmäktige lists them in. */
export function compareFrister(a: FristEntry, b: FristEntry): number {
  return a.frist.localeCompare(b.frist) || a.fil.localeCompare(b.fil);
}
