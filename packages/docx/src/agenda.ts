/**
 * The kallelse / föredragningslista of a nämnd meeting: header (nämnd, datum, tid, plats, ordförande,
 * sekreterare), then numbered items: Val av justerare, Godkännande av dagordningen, the standing items
 * the secretary asks for (anmälningar, delegationsbeslut, information), each ärende with
 * its diarienummer and Förslag till beslut, and the politikerinitiativ under "Motioner och
 * politikerinitiativ". With `withDocuments`, each draft's full text follows on a new page.
 */
import type { ListItem, RootContent } from 'mdast';
import { RIGHT_TAB, STYLE } from './layout.js';
import { DocumentState, plainText, type Block } from './mdast-to-docx.js';
import { AGENDA_GROUP_HEADINGS, isProposalHeading } from '@arende/core';
import { dnrText, draftBlocks, kindLabel, kindOf } from './draft.js';
import { packDocument, type SectionContent } from './pack.js';
import { paragraph as wmlParagraph, run, tabRun } from './wml.js';
import type { AgendaOptions, ExportableDraft, Meeting } from './types.js';

/** The standing items a föredragningslista usually has between the opening items and the ärenden. */
export const STANDARD_STANDING_ITEMS: readonly string[] = ['Anmälningar', 'Delegationsbeslut', 'Information'];

export interface AgendaItems {
  /** Ärenden for decision (nämnduppdrag, medborgarförslag, …), in agenda order. */
  decisions: ExportableDraft[];
  /** Initiatives (kinds whose agenda group is `initiatives`), in agenda order, listed under their group heading. */
  initiatives: ExportableDraft[];
}

/**
 * Agenda order: as given, or by `punkt` when drafts carry one (drafts without a `punkt` follow the
 * numbered ones, in the order given). Politikerinitiativ are then grouped last.
 */
export function orderAgendaItems(drafts: readonly ExportableDraft[]): AgendaItems {
  const ordered = drafts
    .map((draft, index) => ({ draft, index, punkt: draft.metadata.punkt }))
    .sort((a, b) => (a.punkt ?? Infinity) - (b.punkt ?? Infinity) || a.index - b.index)
    .map((e) => e.draft);
  return {
    decisions: ordered.filter((d) => kindOf(d)?.agenda.group !== 'initiatives'),
    initiatives: ordered.filter((d) => kindOf(d)?.agenda.group === 'initiatives'),
  };
}

/** The att-satser as text: core's when given, otherwise the list items of the proposal section. */
function attSatser(draft: ExportableDraft): string[] {
  if (draft.attSatser) return draft.attSatser.map((a) => a.text);
  const out: string[] = [];
  let inProposal = false;
  for (const node of draft.tree.children as RootContent[]) {
    if (node.type === 'heading' && node.depth <= 2) {
      inProposal = node.depth === 2 && isProposalHeading(plainText(node));
      continue;
    }
    if (inProposal && node.type === 'list') {
      for (const item of node.children as ListItem[]) {
        const first = item.children.find((c) => c.type === 'paragraph');
        const text = (first ? plainText(first) : plainText(item)).replace(/\s+/g, ' ').trim();
        if (text) out.push(text);
      }
    }
  }
  return out;
}

function fromLine(draft: ExportableDraft): string {
  const m = draft.metadata;
  let who = '';
  if (kindOf(draft)?.agenda.from === 'förvaltning') who = m.förvaltning ?? '';
  else who = m.avsändare.map((p) => (p.parti ? `${p.namn} (${p.parti})` : p.namn)).join(', ');
  return [kindLabel(draft) + (who ? ` från ${who}` : ''), m.datum].filter(Boolean).join(', ');
}

function paragraph(text: string, style?: string): Block {
  return wmlParagraph({ style }, run(text));
}

function item(number: number, draft: ExportableDraft, level: number, state: DocumentState): Block[] {
  const m = draft.metadata;
  const out: Block[] = [paragraph(`${number}. ${m.rubrik ?? '(rubrik saknas)'}`, STYLE.heading(level))];
  if (m.diarienummer) out.push(paragraph(dnrText(m.diarienummer)));
  out.push(paragraph(fromLine(draft)));
  out.push(paragraph('Förslag till beslut', STYLE.label));
  const satser = attSatser(draft);
  if (satser.length === 0) out.push(paragraph('Förslag till beslut saknas i handlingen.'));
  const numId = state.listInstance('ordered');
  for (const text of satser) out.push(wmlParagraph({ style: STYLE.listParagraph, numbering: { numId, level: 0 } }, run(text)));
  return out;
}

function meetingHeader(meeting: Meeting, kommun: string): Block[] {
  const rows: [string, string | undefined][] = [
    ['Datum', meeting.datum],
    ['Tid', meeting.tid],
    ['Plats', meeting.plats],
    ['Ordförande', meeting.ordforande],
    ['Sekreterare', meeting.sekreterare],
  ];
  const out: Block[] = [
    wmlParagraph({ style: STYLE.letterhead, tabs: RIGHT_TAB }, run(kommun, { bold: true }) + tabRun('Kallelse')),
    wmlParagraph({ style: STYLE.letterhead, spacing: { after: 360 } }, run(meeting.namnd)),
    paragraph(`Kallelse till sammanträde med ${meeting.namnd}`, STYLE.heading(1)),
  ];
  for (const [label, value] of rows) {
    if (!value) continue;
    out.push(wmlParagraph({ tabs: [{ type: 'left', position: 1700 }], spacing: { after: 0 } }, run(label, { bold: true }) + tabRun(value)));
  }
  out.push(wmlParagraph({ style: STYLE.heading(1), spacing: { before: 360 } }, run('Föredragningslista')));
  return out;
}

/** Compiles the agenda to .docx bytes (deterministic: dated by the meeting's datum). */
export function exportAgenda(meeting: Meeting, drafts: readonly ExportableDraft[], options: AgendaOptions = {}): Uint8Array {
  const state = new DocumentState(options.images, options.template);
  const { decisions, initiatives } = orderAgendaItems(drafts);
  const kommun = meeting.kommun ?? drafts.find((d) => d.metadata.kommun)?.metadata.kommun ?? '';
  const children: Block[] = meetingHeader(meeting, kommun);
  let number = 0;
  children.push(paragraph(`${++number}. Val av justerare`, STYLE.heading(2)));
  children.push(paragraph(`${++number}. Godkännande av dagordningen`, STYLE.heading(2)));
  for (const text of meeting.standingItems ?? []) {
    if (text.trim()) children.push(paragraph(`${++number}. ${text.trim()}`, STYLE.heading(2)));
  }
  const numbers = new Map<ExportableDraft, number>();
  for (const draft of decisions) {
    numbers.set(draft, ++number);
    children.push(...item(number, draft, 2, state));
  }
  if (initiatives.length) {
    children.push(paragraph(AGENDA_GROUP_HEADINGS.initiatives, STYLE.heading(2)));
    for (const draft of initiatives) {
      numbers.set(draft, ++number);
      children.push(...item(number, draft, 3, state));
    }
  }
  const meetingLine = `${meeting.namnd} ${meeting.datum}`;
  const sections: SectionContent[] = [{ blocks: children, footer: meetingLine }];
  if (options.withDocuments) {
    for (const draft of [...decisions, ...initiatives]) {
      const punkt = numbers.get(draft)!;
      const dnr = draft.metadata.diarienummer ? `, ${dnrText(draft.metadata.diarienummer).replace(/^Dnr:?/i, 'dnr')}` : '';
      sections.push({
        footer: `${meetingLine}, punkt ${punkt}${dnr}`,
        blocks: [
          wmlParagraph({ style: STYLE.letterhead, spacing: { after: 240 } }, run(`Handling till punkt ${punkt}, ${meetingLine}`)),
          ...draftBlocks(draft, state),
        ],
      });
    }
  }
  return packDocument(
    {
      title: `Kallelse ${meetingLine}`,
      subject: 'Kallelse och föredragningslista',
      creator: meeting.sekreterare ?? meeting.namnd,
      state,
      sections,
    },
    options.date ?? meeting.datum,
  );
}
