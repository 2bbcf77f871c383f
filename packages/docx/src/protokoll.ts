/**
 * The protokoll of a nämnd meeting and the protokollsutdrag of one § (kommunallagen 6 kap. 35 §, which
 * applies 5 kap. 65–67 och 69 §§ and 8 kap. 12 §):
 *
 * - first page: kommun, nämnd, datum, tid, plats; who served (beslutande, ersättare, övriga: 5 kap. 66 §);
 *   the justerare and the justering's place and day (5 kap. 69 §); the §§ it covers; signature lines for
 *   sekreterare, ordförande and justerare; the anslagsbevis (8 kap. 12 §: the day the justering is
 *   announced on the anslagstavla and where the protokoll is kept);
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
import { bulletList, handlingarBlocks, label, labelRows, letterhead, numberedList, signatureLines, text, type Signer } from './meeting-parts.js';
import { orderedEntries, type MeetingDocument, type MeetingEntry } from './meeting-document.js';
import { packDocument } from './pack.js';
import { paragraph, run } from './wml.js';
import type { ExportOptions, Meeting } from './types.js';

export interface ProtokollOptions extends ExportOptions {
  /** Write only this § as a protokollsutdrag. */
  utdrag?: number;
}

/** The §§ of the protokoll in order: number and item (the kallelse's order, numbered from paragraferFrån, default 1). */
export function paragrafer(doc: MeetingDocument): { nummer: number; entry: MeetingEntry }[] {
  const first = doc.meeting.paragraferFrån ?? 1;
  return orderedEntries(doc.entries).map((entry, i) => ({ nummer: first + i, entry }));
}

/** Thrown for a § the protokoll does not have (the CLI shows the message). */
export class ParagrafError extends Error {}

function party(p: { namn: string; parti?: string | undefined }): string {
  return p.parti ? `${p.namn} (${p.parti})` : p.namn;
}

function paragrafBlocks(nummer: number, entry: MeetingEntry, meeting: Meeting, state: DocumentState): Block[] {
  const out: Block[] = [paragraph({ style: STYLE.heading(2), keepNext: true, spacing: { before: 360 } }, run(`§ ${nummer} ${entry.rubrik}`))];
  if (entry.diarienummer) out.push(text(dnrText(entry.diarienummer)));
  // An interpellation or a fråga is answered, not decided (the kind table's meeting act): no Beslut.
  const answered = !!entry.answeredBy && !entry.beslut;
  if (answered) out.push(text(`${entry.definite ?? 'Frågan'} besvaras av ${entry.answeredBy}.`));
  else out.push(label('Beslut'));
  if (answered) {
    // the answer and the debate follow; nothing to decide
  } else if (entry.beslut?.length && entry.computed && !entry.computed.changes.length && entry.computed.basis !== 'förslag') {
    // Återremiss or bordläggning (computed from the yrkanden): no sakbeslut, one sentence.
    for (const s of entry.beslut) out.push(text(s));
  } else if (entry.beslut?.length) {
    out.push(text(`${meeting.namnd} beslutar${entry.enligtFörslag ? ' enligt förslaget' : ''}:`));
    out.push(...numberedList(entry.beslut, state));
  } else if (entry.beslut) out.push(text('Beslutet saknas i mötesfilen.'));
  else out.push(text('Ärendet har ännu inte beslutats (mötesfilen saknar beslut).'));
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

function headerRows(meeting: Meeting): Block[] {
  return labelRows([
    ['Datum', meeting.datum],
    ['Tid', meeting.tid],
    ['Plats', meeting.plats],
  ]);
}

function attendance(meeting: Meeting): Block[] {
  const n = meeting.närvarande;
  const out: Block[] = [];
  const rows: [string, string | undefined][] = [
    ['Beslutande', n?.beslutande.join('\n')],
    ['Ersättare', n?.ersättare.join('\n')],
    ['Övriga närvarande', n?.övriga.join('\n')],
  ];
  for (const [name, value] of rows) {
    if (!value) continue;
    out.push(label(name));
    for (const line of value.split('\n')) out.push(paragraph({ spacing: { after: 0 }, indent: { left: 400 } }, run(line)));
  }
  if (!n) out.push(text('Närvaron är inte ifylld i mötesfilen (närvarande).'));
  return out;
}

const justeringText = (m: Meeting) => [m.justering?.plats, m.justering?.datum].filter(Boolean).join(', ') || undefined;

function signers(meeting: Meeting): Signer[] {
  const justerare = meeting.justerare?.length ? meeting.justerare : [undefined];
  return [
    { role: 'Sekreterare', name: meeting.sekreterare },
    { role: 'Ordförande', name: meeting.ordforande },
    ...justerare.map((name) => ({ role: 'Justerare', name })),
  ];
}

/** The anslagsbevis: the tillkännagivande of the justering on the anslagstavla (8 kap. 12 § KL). */
function anslagsbevis(meeting: Meeting): Block[] {
  const blank = '____________________';
  return [
    paragraph({ style: STYLE.heading(2), keepNext: true, spacing: { before: 480 } }, run('Anslagsbevis')),
    text('Justeringen av protokollet har tillkännagetts på kommunens anslagstavla.'),
    ...labelRows([
      ['Organ', meeting.namnd],
      ['Sammanträdesdatum', meeting.datum],
      ['Anslaget sätts upp', meeting.anslag?.datum ?? blank],
      ['Anslaget tas ned', `${blank} (inte före överklagandetidens slut, tre veckor från anslaget)`],
      ['Protokollet förvaras', meeting.anslag?.förvaringsplats ?? blank],
    ]),
    ...signatureLines([{ role: 'Underskrift' }]),
  ];
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
      ...paragrafBlocks(one.nummer, one.entry, meeting, state),
      paragraph({ style: STYLE.heading(2), keepNext: true, spacing: { before: 480 } }, run('Utdragsbestyrkande')),
      text(
        `Utdraget ur ${meeting.namnd}s protokoll ${meeting.datum}, § ${one.nummer}, stämmer med originalet.${meeting.justering?.datum ? ` Protokollet justerades ${meeting.justering.datum}.` : ''}`,
      ),
      ...signatureLines([{ role: 'Sekreterare', name: meeting.sekreterare }]),
    ];
    return packDocument(
      {
        title: `Protokollsutdrag ${meetingLine} § ${one.nummer}`,
        subject: 'Protokollsutdrag',
        creator: meeting.sekreterare ?? meeting.namnd,
        state,
        sections: [{ blocks, footer: `${meetingLine}, § ${one.nummer}` }],
      },
      options.date ?? meeting.datum,
    );
  }

  const first: Block[] = [
    ...letterhead(meeting.kommun ?? '', 'Sammanträdesprotokoll', meeting.namnd, `Sammanträdesdatum ${meeting.datum}`),
    paragraph({ style: STYLE.heading(1) }, run(`Protokoll från ${meeting.namnd}s sammanträde ${meeting.datum}`)),
    ...headerRows(meeting),
    ...attendance(meeting),
    ...labelRows([
      ['Justerare', meeting.justerare?.join(', ')],
      ['Justeringens plats och tid', justeringText(meeting)],
      ['Paragrafer', range(all)],
    ]),
    paragraph({ style: STYLE.heading(2), keepNext: true, spacing: { before: 360 } }, run('Underskrifter')),
    ...signatureLines(signers(meeting)),
    ...anslagsbevis(meeting),
  ];
  const body: Block[] = [];
  for (const p of all) body.push(...paragrafBlocks(p.nummer, p.entry, meeting, state));
  if (all.length === 0) body.push(text('Mötesfilen har inga ärenden.'));
  return packDocument(
    {
      title: `Protokoll ${meetingLine}`,
      subject: 'Sammanträdesprotokoll',
      creator: meeting.sekreterare ?? meeting.namnd,
      state,
      sections: [
        { blocks: first, footer: meetingLine },
        { blocks: body, footer: `${meetingLine}  Justerandes signatur: ____________` },
      ],
    },
    options.date ?? meeting.datum,
  );
}
