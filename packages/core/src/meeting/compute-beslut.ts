/**
 * The beslut computed from the Förslag till beslut and the yrkanden (with `utfall`), and what stands in the
 * way of computing it. The propositionsordning this follows (5 kap. 53 § KL: the ordförande puts each
 * proposal so that it can be answered yes or no; the order is practice, written into most arbetsordningar):
 *
 * 1. Återremiss and bordläggning first (5 kap. 50 § KL). Bifallen: no sakbeslut is made; the item is
 *    återremitterat or bordlagt, and no yrkande on the matter itself can be bifallet at the same meeting.
 * 2. The huvudfråga: the förslag (with `bifall` yrkanden for it) against `avslag` and `motförslag`. At most
 *    one of them wins; when none of the others is bifallet, the förslag is.
 * 3. Ändringsyrkanden (against the att-sats they change) and tilläggsyrkanden, which are put only when the
 *    huvudförslag has been bifallet: they change it, so they cannot be bifallna when it fell.
 *
 * The result keeps each change beside what it changed (segments), so the same computation gives the
 * beslut, the protokoll's text and a Word file with tracked changes.
 */
import type { Yrkande } from './yrkanden.js';

/** A piece of an att-sats: kept, deleted or inserted, and by which yrkande. */
export interface Segment {
  text: string;
  op: 'same' | 'del' | 'ins';
  by?: Yrkande;
}

/** One att-sats of the förslag as the beslut changed it, or one the beslut inserted. */
export interface ChangedSats {
  /** Its number in the förslag (1-based); undefined for an inserted att-sats. */
  nummer?: number;
  /** The yrkande that inserted it (tillägg, motförslag, avslag). */
  inserted?: Yrkande;
  /** The whole att-sats was deleted (motförslag or avslag bifallet). */
  deleted?: Yrkande;
  segments: Segment[];
}

export type YrkandeIssueKind = 'att-sats-missing' | 'text-missing' | 'overlap' | 'order';

/** What is wrong with one yrkande, as data (yrkande-problems.ts words it). */
export interface YrkandeIssue {
  kind: YrkandeIssueKind;
  yrkande: Yrkande;
  /** The key the problem is at (`att_sats`, `ersätt`, `efter`, …), when one. */
  key?: string;
  /** What was found: the count of `ersätt` in the att-sats, the number of att-satser in the förslag. */
  found?: number;
  /** The other yrkande (overlap, order). */
  other?: Yrkande;
  /** Which case (for the wording). */
  reason?: 'no-förslag' | 'no-number' | 'not-found' | 'twice' | 'incomplete' | 'procedural-and-sak' | 'two-procedural' | 'two-huvudförslag' | 'after-fallen';
}

export type ComputedUtfall = 'avgjort' | 'återremitterat' | 'bordlagt';

export interface ComputedBeslut {
  utfall: ComputedUtfall;
  /** What the beslut rests on. */
  basis: 'förslag' | 'motförslag' | 'avslag' | 'återremiss' | 'bordläggning';
  /** The yrkande that decided the basis (motförslag, avslag, återremiss, bordläggning). */
  by?: Yrkande;
  /** The beslut's att-satser (for återremiss and bordläggning, the one sentence the protokoll says). */
  satser: string[];
  /** The förslag with every bifallet change, att-sats by att-sats (empty for återremiss and bordläggning). */
  changes: ChangedSats[];
  /** Whether the beslut is the förslag as it stood (no change bifallen). */
  unchanged: boolean;
}

export interface YrkandeAnalysis {
  issues: YrkandeIssue[];
  /** Undefined when no yrkande has an `utfall` (the beslut is then the meeting file's). */
  computed?: ComputedBeslut;
}

const PROCEDURAL = new Set(['återremiss', 'bordläggning']);
const HUVUD = new Set(['avslag', 'motförslag']);

/** All occurrences of `needle` in `hay` (non-overlapping is not required: "aa" in "aaa" is twice). */
function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);
const lcFirst = (s: string) => (s && !/^\p{Lu}{2}/u.test(s) ? s[0]!.toLocaleLowerCase('sv') + s.slice(1) : s);

/** "Ärendet återremitteras med motiveringen att …" (5 kap. 50 § KL: the motivering is the movers'). */
export function återremissSentence(y: Yrkande | undefined): string {
  const why = y?.text?.replace(/[.]$/, '');
  return why ? `Ärendet återremitteras med motiveringen ${/^att\s/i.test(why) ? lcFirst(why) : `att ${lcFirst(why)}`}.` : 'Ärendet återremitteras.';
}

export function bordläggningSentence(y: Yrkande | undefined): string {
  const why = y?.text?.replace(/[.]$/, '');
  return why ? `Ärendet bordläggs (${lcFirst(why)}).` : 'Ärendet bordläggs.';
}

/** The att-satser a bifallet avslag leaves: its own, else its text, else "Förslaget avslås." */
export function avslagSatser(y: Yrkande): string[] {
  if (y.att_satser.length) return y.att_satser;
  return [y.text ? sentence(y.text) : 'Förslaget avslås.'];
}

interface Edit {
  start: number;
  end: number;
  med: string;
  by: Yrkande;
}

/**
 * Checks every yrkande against the förslag and, when any has an `utfall`, computes the beslut.
 * `förslag` is the item's Förslag till beslut (undefined: there is none).
 */
export function analyseYrkanden(förslag: readonly string[] | undefined, yrkanden: readonly Yrkande[]): YrkandeAnalysis {
  const issues: YrkandeIssue[] = [];
  const satser = förslag ?? [];
  const n = satser.length;
  /** Each valid ändring's edit, by att-sats number. */
  const edits = new Map<Yrkande, Edit>();

  for (const y of yrkanden) {
    if (y.typ === 'ändring') {
      if (y.att_sats === undefined) {
        issues.push({ kind: 'att-sats-missing', yrkande: y, key: 'typ', reason: 'no-number', found: n });
        continue;
      }
      if (!förslag?.length || y.att_sats > n) {
        issues.push({ kind: 'att-sats-missing', yrkande: y, key: 'att_sats', reason: förslag?.length ? undefined : 'no-förslag', found: n });
        continue;
      }
      const text = satser[y.att_sats - 1]!;
      if (y.ny_lydelse !== undefined) {
        edits.set(y, { start: 0, end: text.length, med: y.ny_lydelse, by: y });
      } else if (y.ersätt !== undefined && y.med !== undefined) {
        const at = occurrences(text, y.ersätt);
        if (at.length !== 1) issues.push({ kind: 'text-missing', yrkande: y, key: 'ersätt', found: at.length, reason: at.length ? 'twice' : 'not-found' });
        else edits.set(y, { start: at[0]!, end: at[0]! + y.ersätt.length, med: y.med, by: y });
      } else {
        issues.push({ kind: 'text-missing', yrkande: y, key: y.ersätt !== undefined ? 'ersätt' : 'typ', reason: 'incomplete' });
      }
    } else if (y.typ === 'tillägg') {
      if (!y.text) issues.push({ kind: 'text-missing', yrkande: y, key: 'typ', reason: 'incomplete' });
      if (y.efter !== undefined && y.efter > n)
        issues.push({ kind: 'att-sats-missing', yrkande: y, key: 'efter', found: n, reason: förslag?.length ? undefined : 'no-förslag' });
    } else if (y.typ === 'motförslag' && !y.att_satser.length) {
      issues.push({ kind: 'text-missing', yrkande: y, key: 'typ', reason: 'incomplete' });
    }
  }

  const bifallna = yrkanden.filter((y) => y.utfall === 'bifall');
  // Propositionsordning: återremiss and bordläggning first; one of them bifallen ends the matter for now.
  const procedural = bifallna.filter((y) => y.typ && PROCEDURAL.has(y.typ));
  const sak = bifallna.filter((y) => !y.typ || !PROCEDURAL.has(y.typ));
  if (procedural.length > 1) issues.push({ kind: 'order', yrkande: procedural[1]!, other: procedural[0], key: 'utfall', reason: 'two-procedural' });
  if (procedural.length) for (const y of sak) issues.push({ kind: 'order', yrkande: y, other: procedural[0], key: 'utfall', reason: 'procedural-and-sak' });
  const huvud = bifallna.filter((y) => y.typ && HUVUD.has(y.typ));
  const forFörslag = bifallna.filter((y) => y.typ === 'bifall');
  if (huvud.length > 1) issues.push({ kind: 'order', yrkande: huvud[1]!, other: huvud[0], key: 'utfall', reason: 'two-huvudförslag' });
  if (huvud.length) {
    for (const y of [...forFörslag, ...bifallna.filter((x) => x.typ === 'ändring' || x.typ === 'tillägg')])
      issues.push({ kind: 'order', yrkande: y, other: huvud[0], key: 'utfall', reason: 'after-fallen' });
  }

  // Two bifallna ändringar of the same words cannot both be carried out (5 kap. 53 §: each must be answerable yes or no).
  const applied: Edit[] = [];
  for (const y of bifallna) {
    const e = edits.get(y);
    if (!e) continue;
    const clash = applied.find((a) => a.by.att_sats === y.att_sats && a.start < e.end && e.start < a.end);
    if (clash) issues.push({ kind: 'overlap', yrkande: y, other: clash.by, key: y.ny_lydelse !== undefined ? 'ny_lydelse' : 'ersätt' });
    else applied.push(e);
  }

  if (!yrkanden.some((y) => y.utfall !== undefined)) return { issues };
  return { issues, computed: compute(satser, bifallna, procedural, huvud, applied) };
}

function compute(satser: readonly string[], bifallna: Yrkande[], procedural: Yrkande[], huvud: Yrkande[], applied: Edit[]): ComputedBeslut {
  const first = procedural[0];
  if (first?.typ === 'återremiss')
    return { utfall: 'återremitterat', basis: 'återremiss', by: first, satser: [återremissSentence(first)], changes: [], unchanged: false };
  if (first?.typ === 'bordläggning')
    return { utfall: 'bordlagt', basis: 'bordläggning', by: first, satser: [bordläggningSentence(first)], changes: [], unchanged: false };
  const winner = huvud[0];
  if (winner) {
    const instead = winner.typ === 'motförslag' ? winner.att_satser : avslagSatser(winner);
    const changes: ChangedSats[] = [
      ...satser.map((text, i) => ({ nummer: i + 1, deleted: winner, segments: [{ text, op: 'del' as const, by: winner }] })),
      ...instead.map((text) => ({ inserted: winner, segments: [{ text, op: 'ins' as const, by: winner }] })),
    ];
    return { utfall: 'avgjort', basis: winner.typ === 'motförslag' ? 'motförslag' : 'avslag', by: winner, satser: [...instead], changes, unchanged: false };
  }
  const changes: ChangedSats[] = [];
  const tillägg = bifallna.filter((y) => y.typ === 'tillägg' && y.text && (y.efter ?? satser.length) <= satser.length);
  const insertAfter = (k: number) => {
    for (const y of tillägg) if ((y.efter ?? satser.length) === k) changes.push({ inserted: y, segments: [{ text: y.text!, op: 'ins', by: y }] });
  };
  insertAfter(0);
  satser.forEach((text, i) => {
    const mine = applied.filter((e) => e.by.att_sats === i + 1).sort((a, b) => a.start - b.start);
    const segments: Segment[] = [];
    let at = 0;
    for (const e of mine) {
      if (e.start > at) segments.push({ text: text.slice(at, e.start), op: 'same' });
      if (e.end > e.start) segments.push({ text: text.slice(e.start, e.end), op: 'del', by: e.by });
      if (e.med) segments.push({ text: e.med, op: 'ins', by: e.by });
      at = e.end;
    }
    if (at < text.length || !segments.length) segments.push({ text: text.slice(at), op: 'same' });
    changes.push({ nummer: i + 1, segments });
    insertAfter(i + 1);
  });
  const adopted = changes.map(adoptedText).filter((t) => t.trim() !== '');
  return { utfall: 'avgjort', basis: 'förslag', satser: adopted, changes, unchanged: applied.length === 0 && tillägg.length === 0 };
}

/** An att-sats as the beslut has it (kept and inserted text). */
export function adoptedText(c: ChangedSats): string {
  return c.segments
    .filter((s) => s.op !== 'del')
    .map((s) => s.text)
    .join('')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** An att-sats as the förslag had it (kept and deleted text); empty for an inserted one. */
export function originalText(c: ChangedSats): string {
  return c.segments
    .filter((s) => s.op !== 'ins')
    .map((s) => s.text)
    .join('');
}
