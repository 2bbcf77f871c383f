/**
 * The kallelse / föredragningslista of a nämnd meeting: header (kommun and nämnd from the meeting,
 * datum, tid, plats, ordförande, sekreterare), then numbered items: Val av justerare, Godkännande av
 * dagordningen, the standing items, each ärende with its rubrik, diarienummer, handlingar (what kind,
 * from whom) and Förslag till beslut (the tjänsteskrivelse's or the meeting file's: an initiator's
 * own att-satser are shown as theirs, never as the proposal), then, each under its heading, the groups
 * of the kind table: newly raised motioner och politikerinitiativ, interpellationer and frågor (these
 * are answered, not decided: "Interpellationen besvaras av …", no Förslag till beslut). It ends with where förhinder is reported and the
 * signature lines of ordförande and sekreterare. With `withDocuments`, each handling follows on a new page.
 */
import { STYLE } from './layout.js';
import { DocumentState, type Block } from './mdast-to-docx.js';
import { AGENDA_GROUPS } from '@arende/core';
import { dnrText, draftBlocks, kindOf } from './draft.js';
import { bulletList, handlingarBlocks, keptWithNext, label, labelRows, letterhead, numberedList, signatureLines, text } from './meeting-parts.js';
import { entriesFromDrafts, openingItems, orderEntries, type MeetingDocument, type MeetingEntry } from './meeting-document.js';
import { packDocument, type SectionContent } from './pack.js';
import { paragraph as wmlParagraph, run } from './wml.js';
import type { AgendaOptions, ExportableDraft, Meeting } from './types.js';

/** The standing items a föredragningslista usually has between the opening items and the ärenden. */
export const STANDARD_STANDING_ITEMS: readonly string[] = ['Anmälningar', 'Delegationsbeslut', 'Information'];

/**
 * Agenda order of drafts given one by one: as given, or by `punkt` when drafts carry one (drafts
 * without a `punkt` follow the numbered ones, in the order given); then grouped by the kind table's
 * agenda group (ärenden for decision first, then motioner och politikerinitiativ, interpellationer, frågor).
 */
export function orderAgendaItems(drafts: readonly ExportableDraft[]): ExportableDraft[] {
  const groupOrder = (d: ExportableDraft) => (kindOf(d)?.agenda.group ?? AGENDA_GROUPS.decisions).order;
  return drafts
    .map((draft, index) => ({ draft, index, punkt: draft.metadata.punkt }))
    .sort((a, b) => groupOrder(a.draft) - groupOrder(b.draft) || (a.punkt ?? Infinity) - (b.punkt ?? Infinity) || a.index - b.index)
    .map((e) => e.draft);
}

function entryBlocks(number: number, entry: MeetingEntry, level: number, state: DocumentState): Block[] {
  const head: Block[] = [wmlParagraph({ style: STYLE.heading(level), keepNext: true }, run(`${number}. ${entry.rubrik}`))];
  if (entry.diarienummer) head.push(text(dnrText(entry.diarienummer)));
  head.push(...handlingarBlocks(entry.handlingar, state));
  let out: Block[];
  if (entry.answeredBy && !entry.proposal) {
    // Nothing is decided on an interpellation or a fråga: it is answered (the kind table's meeting act).
    out = [...keptWithNext(head), text(`${entry.definite ?? 'Frågan'} besvaras av ${entry.answeredBy}.`)];
  } else {
    head.push(label('Förslag till beslut'));
    // Never split an item from its Förslag till beslut: everything above the proposal's first line keeps with it.
    out = keptWithNext(head);
    if (entry.proposal) out.push(...numberedList(entry.proposal.satser, state));
    else if (entry.group.heading) out.push(text(`${entry.definite ?? 'Initiativet'} anmäls. Förslag till beslut lämnas vid sammanträdet.`));
    else out.push(text('Förslag till beslut lämnas vid sammanträdet.'));
  }
  if (entry.initiator) {
    out.push(label(entry.initiator.label));
    out.push(...bulletList(entry.initiator.satser, state));
  }
  return out;
}

function header(meeting: Meeting): Block[] {
  return [
    ...letterhead(meeting.kommun ?? '', 'Kallelse', meeting.namnd, meeting.datum),
    wmlParagraph({ style: STYLE.heading(1) }, run(`Kallelse till sammanträde med ${meeting.namnd}`)),
    ...labelRows([
      ['Datum', meeting.datum],
      ['Tid', meeting.tid],
      ['Plats', meeting.plats],
      ['Ordförande', meeting.ordforande],
      ['Sekreterare', meeting.sekreterare],
    ]),
    wmlParagraph({ style: STYLE.heading(1), spacing: { before: 360 } }, run('Föredragningslista')),
  ];
}

function closing(meeting: Meeting): Block[] {
  const to = meeting.förhinder ?? (meeting.sekreterare ? `sekreteraren, ${meeting.sekreterare}` : 'nämndens sekreterare');
  return [
    wmlParagraph({ spacing: { before: 480 } }, run('Förhinder anmäls till ', { bold: true }) + run(`${to}, så att en ersättare kan kallas in.`)),
    ...signatureLines([
      { role: 'Ordförande', name: meeting.ordforande },
      { role: 'Sekreterare', name: meeting.sekreterare },
    ]),
  ];
}

/** Compiles the kallelse from a meeting and its items (deterministic: dated by the meeting's datum). */
export function exportKallelse(doc: MeetingDocument, options: AgendaOptions = {}): Uint8Array {
  const { meeting } = doc;
  const state = new DocumentState(options.images, options.template);
  const groups = orderEntries(doc.entries);
  const children: Block[] = header(meeting);
  let number = 0;
  for (const o of openingItems(meeting)) children.push(text(`${++number}. ${o.rubrik}`, STYLE.heading(2)));
  const numbers = new Map<MeetingEntry, number>();
  for (const { group, entries } of groups) {
    // The ärenden for decision have no heading of their own; every other group is listed under its heading.
    if (group.heading) children.push(text(group.heading, STYLE.heading(2)));
    for (const entry of entries) {
      numbers.set(entry, ++number);
      children.push(...entryBlocks(number, entry, group.heading ? 3 : 2, state));
    }
  }
  children.push(...closing(meeting));
  const meetingLine = `${meeting.namnd} ${meeting.datum}`;
  const sections: SectionContent[] = [{ blocks: children, footer: meetingLine }];
  if (options.withDocuments) {
    for (const entry of groups.flatMap((g) => g.entries)) {
      const punkt = numbers.get(entry)!;
      for (const h of entry.handlingar) {
        if (!h.draft) continue;
        const dnr = h.draft.metadata.diarienummer ?? entry.diarienummer;
        const dnrPart = dnr ? `, ${dnrText(dnr).replace(/^Dnr:?/i, 'dnr')}` : '';
        sections.push({
          footer: `${meetingLine}, punkt ${punkt}${dnrPart}`,
          blocks: [
            wmlParagraph({ style: STYLE.letterhead, spacing: { after: 240 } }, run(`Handling till punkt ${punkt}, ${meetingLine}`)),
            ...draftBlocks(h.draft, state),
          ],
        });
      }
    }
  }
  return packDocument(
    { title: `Kallelse ${meetingLine}`, subject: 'Kallelse och föredragningslista', creator: meeting.sekreterare ?? meeting.namnd, state, sections },
    options.date ?? meeting.datum,
  );
}

/**
 * The kallelse from drafts given one by one (`arende agenda --nämnd … UTKAST…`): one item per draft,
 * in `orderAgendaItems` order. The kommun is the meeting's (`meeting.kommun`); the caller refuses
 * drafts for another nämnd or kommun.
 */
export function exportAgenda(meeting: Meeting, drafts: readonly ExportableDraft[], options: AgendaOptions = {}): Uint8Array {
  return exportKallelse({ meeting, entries: entriesFromDrafts(orderAgendaItems(drafts)) }, options);
}
