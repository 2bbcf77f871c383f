/**
 * A §'s Yrkanden in the standard phrasing of a Swedish protokoll ("NN (M) yrkar att att-sats 2 ändras så
 * att …", "… yrkar bifall till förvaltningens förslag med tillägget att …", "… yrkar återremiss med
 * motiveringen att …", "X instämmer"), and a proposed Beslutsgång when the secretary has written none: the
 * propositionsordning the yrkanden's `utfall` imply, clearly marked as a proposal (only the secretary knows
 * how the ordförande put the propositions; ärende never writes the beslutsgång into the protokoll as fact).
 */
import { yrkandeParty, type Yrkande } from '@arende/core';
import type { Block, DocumentState } from './mdast-to-docx.js';
import { bulletList, label, text } from './meeting-parts.js';
import { paragraph, run } from './wml.js';

const q = (s: string) => `”${s}”`;
/** "Förvaltningen ska …" → "förvaltningen ska …" (an att-sats after "att"); "SIP …" keeps its capitals. */
const lcFirst = (s: string) => (s && !/^\p{Lu}{2}/u.test(s) ? s[0]!.toLocaleLowerCase('sv') + s.slice(1) : s);
const noStop = (s: string) => s.trim().replace(/[.]$/, '');
const attClause = (s: string) => (/^att\s/i.test(s.trim()) ? lcFirst(noStop(s)) : `att ${lcFirst(noStop(s))}`);

/** Names joined the Swedish way: "A", "A och B", "A, B och C". */
export function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} och ${names[names.length - 1]}`;
}

/**
 * One yrkande as the protokoll says it. `förslaget` is what the förslag is called ("förvaltningens
 * förslag"). A yrkande without `typ` stays as it was written ("NN (M): text").
 */
export function yrkandeSentence(y: Yrkande, förslaget: string): string {
  const who = yrkandePartyText(y);
  const base = ((): string => {
    switch (y.typ) {
      case undefined:
        return `${who}: ${y.text ?? ''}`;
      case 'bifall':
        return `${who} yrkar bifall till ${förslaget}.`;
      case 'avslag':
        return y.att_satser.length
          ? `${who} yrkar avslag på ${förslaget} och att nämnden i stället beslutar ${y.att_satser.map(attClause).join(', ')}.`
          : y.text
            ? `${who} yrkar avslag på ${förslaget} och ${attClause(y.text)}.`
            : `${who} yrkar avslag på ${förslaget}.`;
      case 'ändring':
        if (y.ny_lydelse) return `${who} yrkar att att-sats ${y.att_sats ?? '?'} ändras så att den lyder: ${q(noStop(y.ny_lydelse))}.`;
        if (y.ersätt !== undefined && y.med === '') return `${who} yrkar att att-sats ${y.att_sats ?? '?'} ändras så att ${q(y.ersätt)} stryks.`;
        if (y.ersätt !== undefined) return `${who} yrkar att att-sats ${y.att_sats ?? '?'} ändras så att ${q(y.ersätt)} ersätts med ${q(y.med ?? '')}.`;
        return `${who} yrkar att att-sats ${y.att_sats ?? '?'} ändras${y.text ? `: ${y.text}` : '.'}`;
      case 'tillägg':
        return `${who} yrkar bifall till ${förslaget} med tillägget ${attClause(y.text ?? '')}.`;
      case 'motförslag':
        return y.att_satser.length
          ? `${who} yrkar att nämnden i stället beslutar ${y.att_satser.map(attClause).join(', ')}.`
          : `${who} yrkar att nämnden i stället beslutar${y.text ? ` ${attClause(y.text)}` : ' enligt ett eget förslag'}.`;
      case 'återremiss':
        return y.text ? `${who} yrkar återremiss med motiveringen ${attClause(y.text)}.` : `${who} yrkar återremiss.`;
      case 'bordläggning':
        return y.text ? `${who} yrkar bordläggning med motiveringen ${attClause(y.text)}.` : `${who} yrkar bordläggning.`;
    }
  })();
  return y.instämmer.length ? `${base} ${joinNames(y.instämmer)} instämmer.` : base;
}

const yrkandePartyText = (y: Yrkande) => yrkandeParty(y);

/** "Bengt Olaussons (M) ändringsyrkande om att-sats 2". */
function yrkandeRef(y: Yrkande): string {
  const who = y.parti ? `${genitiveOf(y.namn)} (${y.parti})` : genitiveOf(y.namn);
  switch (y.typ) {
    case 'ändring':
      return `${who} ändringsyrkande om att-sats ${y.att_sats ?? '?'}`;
    case 'tillägg':
      return `${who} tilläggsyrkande`;
    case 'avslag':
      return `${who} avslagsyrkande`;
    case 'motförslag':
      return `${who} förslag`;
    case 'återremiss':
      return `${who} återremissyrkande`;
    case 'bordläggning':
      return `${who} yrkande om bordläggning`;
    default:
      return `${who} yrkande`;
  }
}

const genitiveOf = (name: string) => (/[sxz]$/i.test(name) ? name : `${name}s`);
const finds = (bifall: boolean, what: string) => `och finner att nämnden ${bifall ? 'bifaller' : 'avslår'} ${what}`;

/**
 * The beslutsgång the yrkanden's utfall imply, one paragraph per proposition, in the propositionsordning
 * (återremiss and bordläggning, the huvudfråga, ändringar, tillägg). Empty when no yrkande has an utfall.
 */
export function proposedBeslutsgång(yrkanden: readonly Yrkande[], förslaget: string): string[] {
  const decided = yrkanden.filter((y) => y.utfall);
  if (!decided.length) return [];
  const out: string[] = [];
  const next = () => (out.length === 0 ? 'Ordföranden ställer först' : 'Ordföranden ställer därefter');
  for (const y of decided.filter((x) => x.typ === 'återremiss' || x.typ === 'bordläggning')) {
    const what = y.typ === 'återremiss' ? 'återremitteras' : 'bordläggas';
    out.push(
      `${next()} proposition på om ärendet ska avgöras i dag eller ${what} och finner att ${y.utfall === 'bifall' ? `ärendet ska ${what}` : 'ärendet ska avgöras i dag'}.`,
    );
    if (y.utfall === 'bifall') return out;
  }
  const huvud = decided.filter((x) => x.typ === 'avslag' || x.typ === 'motförslag');
  if (huvud.length) {
    const winner = huvud.find((x) => x.utfall === 'bifall');
    out.push(
      `${next()} proposition på ${förslaget} mot ${joinNames(huvud.map(yrkandeRef))} och finner att nämnden bifaller ${winner ? yrkandeRef(winner) : förslaget}.`,
    );
    if (winner) return out;
  }
  for (const y of decided.filter((x) => x.typ === 'ändring'))
    out.push(
      `${next()} proposition på ${förslaget} till att-sats ${y.att_sats ?? '?'} mot ${yrkandeRef(y)} ${finds(y.utfall === 'bifall', 'ändringsyrkandet')}.`,
    );
  for (const y of decided.filter((x) => x.typ === 'tillägg')) out.push(`${next()} proposition på ${yrkandeRef(y)} ${finds(y.utfall === 'bifall', 'det')}.`);
  if (!out.length) out.push(`${next()} proposition på ${förslaget} och finner att nämnden bifaller det.`);
  return out;
}

/** "Yrkanden" and a bullet per yrkande; nothing when there are none. */
export function yrkandenBlocks(yrkanden: readonly Yrkande[], förslaget: string, state: DocumentState): Block[] {
  if (!yrkanden.length) return [];
  return [
    label('Yrkanden'),
    ...bulletList(
      yrkanden.map((y) => yrkandeSentence(y, förslaget)),
      state,
    ),
  ];
}

/** The proposed beslutsgång under its own label, in italics, with a note to the secretary. */
export function proposedBeslutsgångBlocks(paragraphs: readonly string[]): Block[] {
  if (!paragraphs.length) return [];
  return [
    label('Beslutsgång (förslag till sekreteraren)'),
    ...paragraphs.map((p) => paragraph({}, run(p, { italics: true }))),
    text("Förslaget är uträknat ur yrkandenas utfall. Skriv beslutsgången under 'beslutsgång:' i mötesfilen när den stämmer med vad som hände."),
  ];
}

/** What the protokoll calls the Förslag till beslut. */
export function förslagetName(from: string | undefined): string {
  return from ? 'förvaltningens förslag' : 'förslaget till beslut';
}
