/**
 * The protokoll of a nämnd meeting and the protokollsutdrag of one § (kommunallagen 6 kap. 35 §, which
 * applies 5 kap. 65–67 och 69 §§ and 8 kap. 12 §):
 *
 * - first page, one label table (the values line up): plats och tid; who served (beslutande, ersättare,
 *   övriga: 5 kap. 66 §); the justerare and the justering's place and day (5 kap. 69 §); the §§ it covers;
 *   the signatures of sekreterare, ordförande and justerare (two justerare side by side); then the
 *   anslagsbevis (8 kap. 12 §: the day the justering is announced on the anslagstavla and where the
 *   protokoll is kept). A närvaro too long to leave the signatures on page 1 is a närvaroförteckning on page 2;
 * - then one § per ärende, numbered from `paragrafer_från` in the kallelse's order: rubrik, dnr, Beslut (the
 *   tjänsteskrivelse's att-satser when decided "enligt förslag"), Ärendet (a short account), Handlingar,
 *   Yrkanden, Beslutsgång and Omröstning (when the meeting file has them), Reservationer (5 kap. 67 §),
 *   Beslutet skickas till. An interpellation or a fråga (answered, not decided: the kind table's meeting
 *   act) has no Beslut: "Interpellationen besvaras av …", and "Överläggningen förklaras avslutad".
 *
 * An utdrag is one § with the header and an utdragsbestyrkande.
 */
import { STYLE } from './layout.js';
import { beslutsgångBlocks, omröstningBlocks } from './beslutsgang.js';
import { förslagetName, proposedBeslutsgång, proposedBeslutsgångBlocks, yrkandenBlocks } from './yrkanden.js';
import { DocumentState, spaceAfterTables, type Block } from './mdast-to-docx.js';
import { dnrText } from './draft.js';
import {
  bulletList,
  handlingarBlocks,
  label,
  labelTable,
  letterhead,
  numberedList,
  signatureLines,
  text,
  type LabelRow,
  type SignatureRow,
} from './meeting-parts.js';
import { openingItems, orderedEntries, type MeetingDocument, type MeetingEntry, type OpeningItem } from './meeting-document.js';
import { överklagandetid } from '@arende/core';
import { packDocument } from './pack.js';
import { paragraph, run } from './wml.js';
import type { ExportOptions, Meeting } from './types.js';

export interface ProtokollOptions extends ExportOptions {
  /** Write only this § as a protokollsutdrag. */
  utdrag?: number;
  /** The day the utdrag is made (default: the justering's); before the justering it cannot say the protokoll was justerat. */
  utdragDatum?: string;
  /**
   * The document's author property (default: the sekreterare). The published versions give the nämnd:
   * a PDF made from the file carries it as its Author, and a published file names no one there.
   */
  creator?: string;
}

/** One § of the protokoll: an ärende (`entry`), or an opening item (val av justerare, a stående punkt). */
export interface Paragraf {
  nummer: number;
  rubrik: string;
  entry?: MeetingEntry;
  opening?: OpeningItem;
}

/**
 * The §§ of the protokoll in order, numbered from paragraferFrån (default 1): the opening items (val av
 * justerare, godkännande av dagordningen, the stående punkter), then the ärenden in the kallelse's order.
 */
export function paragrafer(doc: MeetingDocument): Paragraf[] {
  const first = doc.meeting.paragraferFrån ?? 1;
  const openings: Omit<Paragraf, 'nummer'>[] = openingItems(doc.meeting).map((opening) => ({ rubrik: opening.rubrik, opening }));
  const items: Omit<Paragraf, 'nummer'>[] = orderedEntries(doc.entries).map((entry) => ({ rubrik: entry.rubrik, entry }));
  return [...openings, ...items].map((p, i) => ({ nummer: first + i, ...p }));
}

/** Thrown for a § the protokoll does not have (the CLI shows the message). */
export class ParagrafError extends Error {}

function party(p: { namn: string; parti?: string | undefined }): string {
  return p.parti ? `${p.namn} (${p.parti})` : p.namn;
}

const paragrafHeading = (nummer: number, rubrik: string) =>
  paragraph({ style: STYLE.heading(2), keepNext: true, spacing: { before: 360 } }, run(`§ ${nummer} ${rubrik}`));

function openingBlocks(p: Paragraf, opening: OpeningItem): Block[] {
  return [paragrafHeading(p.nummer, p.rubrik), ...opening.protokoll.map((t) => text(t))];
}

/** What the nämnd did with an item other than decide it (`utfall`), as the protokoll says it. */
const UTFALL_TEXT: Record<string, (namnd: string) => string> = {
  återremitterat: (n) => `${n} beslutar att återremittera ärendet`,
  bordlagt: (n) => `${n} beslutar att bordlägga ärendet`,
  anmält: (n) => `${n} beslutar att anmäla att beredningen av ärendet inte är avslutad (5 kap. 35 § kommunallagen)`,
  avskrivet: (n) => `${n} beslutar att avskriva ärendet från vidare handläggning`,
};

function beslutBlocks(entry: MeetingEntry, meeting: Meeting, state: DocumentState): Block[] {
  // An interpellation or a fråga is answered, not decided (the kind table's meeting act): no Beslut.
  if (entry.answeredBy && !entry.beslut) return [text(`${entry.definite ?? 'Frågan'} besvaras av ${entry.answeredBy}.`)];
  const out: Block[] = [label('Beslut')];
  const other = entry.utfall && entry.utfall !== 'avgjort' ? UTFALL_TEXT[entry.utfall] : undefined;
  if (entry.beslut?.length && !entry.beslutWritten && (entry.computed?.basis === 'återremiss' || entry.computed?.basis === 'bordläggning')) {
    // Återremiss or bordläggning (computed from the yrkanden): no sakbeslut, one sentence.
    for (const s of entry.beslut) out.push(text(s));
  } else if (other) {
    const satser = entry.beslut ?? [];
    out.push(text(`${other(meeting.namnd)}${satser.length ? ':' : '.'}`));
    if (satser.length) out.push(...numberedList(satser, state));
  } else if (entry.beslut?.length) {
    out.push(text(`${meeting.namnd} beslutar${entry.enligtFörslag ? ' enligt förslaget' : ''}:`));
    out.push(...numberedList(entry.beslut, state));
    // A nämnd's beslut on a motion or medborgarförslag is beredning: fullmäktige decides (5 kap. 23 § KL).
    if (entry.decides === false)
      out.push(
        text(`${entry.definite ?? 'Ärendet'} avgörs av kommunfullmäktige (5 kap. 23 § kommunallagen); nämndens beslut är ett förslag till fullmäktige.`),
      );
  } else if (entry.beslut) out.push(text('Beslutet saknas i mötesfilen.'));
  else out.push(text('Ärendet har ännu inte beslutats (mötesfilen saknar beslut).'));
  if (entry.omedelbartJusterad) out.push(text('Paragrafen justeras omedelbart.'));
  return out;
}

/** Jäv and who stood aside, before the beslut; the serving members when they differ from the meeting's. */
function participationBlocks(entry: MeetingEntry): Block[] {
  const out: Block[] = [];
  for (const namn of entry.jäv ?? []) out.push(text(`${namn} anmäler jäv och deltar inte i handläggningen.`));
  for (const namn of entry.deltarInte ?? []) out.push(text(`${namn} deltar inte i handläggningen av ärendet.`));
  if (entry.tjänstgörande?.length) {
    out.push(label('Tjänstgörande i ärendet'));
    for (const line of entry.tjänstgörande) out.push(paragraph({ spacing: { after: 0 }, indent: { left: 400 } }, run(line)));
  }
  return out;
}

function paragrafBlocks(nummer: number, entry: MeetingEntry, meeting: Meeting, state: DocumentState): Block[] {
  const out: Block[] = [paragrafHeading(nummer, entry.rubrik)];
  // Under secrecy (the web version): the § number, the rubrik and the one sentence, nothing else.
  if (entry.sekretess !== undefined) return [...out, text(entry.sekretess)];
  if (entry.diarienummer) out.push(text(dnrText(entry.diarienummer)));
  out.push(...participationBlocks(entry));
  const answered = !!entry.answeredBy && !entry.beslut;
  out.push(...beslutBlocks(entry, meeting, state));
  if (entry.redogörelse) {
    out.push(label('Ärendet'));
    for (const p of entry.redogörelse.split('\n')) out.push(text(p));
  }
  out.push(...handlingarBlocks(entry.handlingar, state));
  if (entry.proposal && entry.beslut && !entry.enligtFörslag) {
    out.push(label('Förslag till beslut'));
    out.push(...numberedList(entry.proposal.satser, state));
  }
  const förslaget = förslagetName(entry.proposal?.from);
  out.push(...yrkandenBlocks(entry.yrkanden, förslaget, state));
  // The secretary's beslutsgång as written; without one, a proposal from the yrkanden's utfall, marked as such.
  if (entry.beslutsgång?.length) out.push(...beslutsgångBlocks(entry.beslutsgång));
  else out.push(...proposedBeslutsgångBlocks(proposedBeslutsgång(entry.yrkanden, förslaget)));
  out.push(...omröstningBlocks(entry.omröstning, state));
  if (entry.reservationer.length) {
    out.push(label('Reservationer'));
    out.push(
      ...bulletList(
        entry.reservationer.map((r) => `${party(r)} reserverar sig mot beslutet${r.text ? `: ${r.text}` : '.'}`),
        state,
      ),
    );
  }
  if (answered) out.push(text('Överläggningen förklaras avslutad.'));
  if (entry.beslutetSkickasTill.length) {
    out.push(label('Beslutet skickas till'));
    out.push(...bulletList(entry.beslutetSkickasTill, state));
  }
  // The voteringslista is the only table in a §: room between it and what follows.
  return spaceAfterTables(out);
}

/** "Sessionssalen, stadshuset, 2026-04-22 kl. 13.00–16.10": where and when, one value. */
function platsOchTid(meeting: Meeting): string {
  const when = [meeting.datum, meeting.tid ? `kl.\u00a0${meeting.tid.replace(/^kl\.?\s*/i, '')}` : ''].filter(Boolean).join(' ');
  return [meeting.plats, when].filter(Boolean).join(', ');
}

/**
 * How many lines of närvaro (beslutande, ersättare, övriga) page 1 holds beside the rest of its label
 * table, the signatures and the anslagsbevis (measured on A4 with the margins and type of layout.ts, as
 * LibreOffice sets it). A longer list (a fullmäktige of 41) goes into a närvaroförteckning at the start of
 * the §§, and page 1 refers to it: the signatures stay on page 1.
 */
export const NÄRVARO_LINES_ON_FIRST_PAGE = 10;

function närvaroLines(meeting: Meeting): number {
  const n = meeting.närvarande;
  return n ? n.beslutande.length + n.ersättare.length + n.övriga.length : 0;
}

function närvaroRows(meeting: Meeting): LabelRow[] {
  const n = meeting.närvarande;
  return [
    ['Beslutande', n?.beslutande],
    ['Ersättare', n?.ersättare],
    ['Övriga närvarande', n?.övriga],
  ];
}

const justeringText = (m: Meeting) => [m.justering?.plats, m.justering?.datum].filter(Boolean).join(', ') || undefined;

/** The signatures of page 1: sekreterare, ordförande, and the justerare two by two (5 kap. 69 § KL). */
function signatureRows(meeting: Meeting): SignatureRow[] {
  const justerare = meeting.justerare?.length ? meeting.justerare : [undefined];
  return [
    { signature: 'Sekreterare', signers: [{ role: 'Sekreterare', name: meeting.sekreterare }] },
    { signature: 'Ordförande', signers: [{ role: 'Ordförande', name: meeting.ordforande }] },
    { signature: 'Justerare', signers: justerare.map((name) => ({ role: 'Justerare', name })) },
  ];
}

/**
 * Page 1 of the protokoll: the title, then ONE label table (plats och tid, who took part, justerare, the
 * justering, the §§, the signatures), then the anslagsbevis. A närvaro too long for page 1 is referred to.
 */
function firstPage(meeting: Meeting, all: Paragraf[], närvaroOnFirstPage: boolean): Block[] {
  const n = meeting.närvarande;
  return [
    ...letterhead(meeting.kommun ?? '', 'Sammanträdesprotokoll', meeting.namnd, `Sammanträdesdatum ${meeting.datum}`),
    paragraph({ style: STYLE.heading(1) }, run(`Protokoll från ${meeting.namnd}s sammanträde ${meeting.datum}`)),
    ...labelTable([
      ['Plats och tid', platsOchTid(meeting)],
      ...(!n
        ? ([['Närvarande', 'Närvaron är inte ifylld i mötesfilen (närvarande).']] as LabelRow[])
        : närvaroOnFirstPage
          ? närvaroRows(meeting)
          : ([['Närvarande', `Se närvaroförteckningen på sidan 2 (${närvaroLines(meeting)} personer).`]] as LabelRow[])),
      ['Justerare', meeting.justerare],
      ['Justeringens plats och tid', justeringText(meeting)],
      ['Paragrafer', range(all)],
      ...signatureRows(meeting),
    ]),
    ...anslagsbevis(meeting),
  ];
}

/** The närvaroförteckning that opens the §§ when page 1 has no room for it. */
function närvaroförteckning(meeting: Meeting): Block[] {
  return [paragraph({ style: STYLE.heading(2), keepNext: true }, run('Närvaroförteckning')), ...labelTable(närvaroRows(meeting))];
}

/** The anslagsbevis is set at 10 pt, as a box at the foot of page 1 usually is, so that it fits under the signatures. */
const ANSLAG_SIZE = 20;

/** The anslagsbevis: the tillkännagivande of the justering on the anslagstavla (8 kap. 12 § KL). */
function anslagsbevis(meeting: Meeting): Block[] {
  const blank = '____________________';
  const tid = meeting.anslag?.datum ? överklagandetid(meeting.anslag.datum) : undefined;
  return [
    paragraph({ style: STYLE.heading(2), keepNext: true, spacing: { before: 200, after: 40 } }, run('Anslagsbevis')),
    paragraph(
      { keepNext: true, spacing: { after: 60 } },
      run('Justeringen av protokollet har tillkännagetts på kommunens anslagstavla.', { size: ANSLAG_SIZE }),
    ),
    ...labelTable(
      [
        ['Organ', meeting.namnd],
        ['Sammanträdesdatum', meeting.datum],
        ['Anslaget sätts upp', meeting.anslag?.datum ?? blank],
        ['Sista dag att överklaga', tid ? `${tid.sistaDag} (tre veckor från anslaget, 13 kap. 5 § kommunallagen)` : `${blank} (tre veckor från anslaget)`],
        ['Anslaget tas ned', tid ? `tidigast ${tid.tasNedTidigast}` : `${blank} (inte före överklagandetidens slut)`],
        ['Protokollet förvaras', meeting.anslag?.förvaringsplats ?? blank],
        { signature: 'Underskrift', signers: [{ role: 'Underskrift' }] },
      ],
      { size: ANSLAG_SIZE },
    ),
  ];
}

/** What the utdragsbestyrkande says of the justering: only what has happened by the day the utdrag is made. */
function justeradText(meeting: Meeting, p: Paragraf, made: string | undefined): string {
  if (p.entry?.omedelbartJusterad) return ` Paragrafen justerades omedelbart vid sammanträdet ${meeting.datum}.`;
  const j = meeting.justering?.datum;
  if (!j) return '';
  if (made && made < j) return ` Protokollet justeras ${j}; utdraget är gjort före justeringen.`;
  return ` Protokollet justerades ${j}.`;
}

function range(list: { nummer: number }[]): string {
  if (list.length === 0) return '';
  return list.length === 1 ? `§ ${list[0]!.nummer}` : `§§ ${list[0]!.nummer}–${list[list.length - 1]!.nummer}`;
}

/** Compiles the protokoll (or, with `utdrag`, the protokollsutdrag of one §). Deterministic: dated by the meeting. */
export function exportProtokoll(doc: MeetingDocument, options: ProtokollOptions = {}): Uint8Array {
  const { meeting } = doc;
  const state = new DocumentState(options.images, options.template);
  const all = paragrafer(doc);
  const meetingLine = `${meeting.namnd} ${meeting.datum}`;
  if (options.utdrag !== undefined) {
    const one = all.find((p) => p.nummer === options.utdrag);
    if (!one) {
      throw new ParagrafError(
        all.length ? `protokollet har ${range(all)}; § ${options.utdrag} finns inte.` : `protokollet har inga paragrafer (mötesfilen har inga ärenden).`,
      );
    }
    const blocks: Block[] = [
      ...letterhead(meeting.kommun ?? '', 'Protokollsutdrag', meeting.namnd, `Sammanträdesdatum ${meeting.datum}`),
      ...(one.entry ? paragrafBlocks(one.nummer, one.entry, meeting, state) : openingBlocks(one, one.opening!)),
      paragraph({ style: STYLE.heading(2), keepNext: true, spacing: { before: 480 } }, run('Utdragsbestyrkande')),
      text(
        `Utdraget ur ${meeting.namnd}s protokoll ${meeting.datum}, § ${one.nummer}, stämmer med originalet.${justeradText(meeting, one, options.utdragDatum)}`,
      ),
      ...signatureLines([{ role: 'Sekreterare', name: meeting.sekreterare }]),
    ];
    return packDocument(
      {
        title: `Protokollsutdrag ${meetingLine} § ${one.nummer}`,
        subject: 'Protokollsutdrag',
        creator: options.creator ?? meeting.sekreterare ?? meeting.namnd,
        state,
        sections: [{ blocks, footer: `${meetingLine}, § ${one.nummer}` }],
      },
      options.date ?? meeting.datum,
    );
  }

  const närvaroOnFirstPage = närvaroLines(meeting) <= NÄRVARO_LINES_ON_FIRST_PAGE;
  const first = firstPage(meeting, all, närvaroOnFirstPage);
  const body: Block[] = närvaroOnFirstPage ? [] : närvaroförteckning(meeting);
  for (const p of all) body.push(...(p.entry ? paragrafBlocks(p.nummer, p.entry, meeting, state) : openingBlocks(p, p.opening!)));
  if (!all.some((p) => p.entry)) body.push(text('Mötesfilen har inga ärenden.'));
  return packDocument(
    {
      title: `Protokoll ${meetingLine}`,
      subject: 'Sammanträdesprotokoll',
      creator: options.creator ?? meeting.sekreterare ?? meeting.namnd,
      state,
      sections: [
        { blocks: first, footer: meetingLine },
        { blocks: body, footer: `${meetingLine}  Justerandes signatur: ____________` },
      ],
    },
    options.date ?? meeting.datum,
  );
}
