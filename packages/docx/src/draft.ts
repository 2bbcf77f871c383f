/**
 * One draft as a municipal paper: the first-page block, the rubrik, the body (with the att-satser as
 * a numbered list), the signature block, Bilagor and "Beslutet skickas till".
 */
import type { Heading, RootContent } from 'mdast';
import { KINDS, headingKey, isProposalHeading as isProposalText, kindByName, type DraftKind, type KindDefinition, type Person } from '@arende/core';
import { RIGHT_TAB, STYLE } from './layout.js';
import { DocumentState, DraftScope, blocks, headingParagraph, list, plainText, type Block } from './mdast-to-docx.js';
import { packDocument } from './pack.js';
import type { ExportOptions, ExportableDraft } from './types.js';
import { paragraph, run, breakThenText, tabRun } from './wml.js';

/** The kind as the first-page block and the document's subject name it (from the table of kinds). */
export const KIND_LABEL = Object.fromEntries(KINDS.map((k) => [k.name, k.export.label])) as Record<DraftKind, string>;

export function draftKind(draft: ExportableDraft): DraftKind | undefined {
  return draft.kind ?? draft.metadata.typ;
}

export function kindOf(draft: ExportableDraft): KindDefinition<DraftKind> | undefined {
  return kindByName(draftKind(draft));
}

export function kindLabel(draft: ExportableDraft): string {
  const kind = draftKind(draft);
  return kind ? KIND_LABEL[kind] : 'Ärende';
}

/** "Dnr: SN 2019/123"; a diarienummer written as "Dnr 2018/29-700 SN" keeps its own prefix. */
export function dnrText(diarienummer: string | undefined): string {
  if (!diarienummer) return '';
  return /^dnr\b/i.test(diarienummer.trim()) ? diarienummer.trim() : `Dnr: ${diarienummer.trim()}`;
}

function capitalise(text: string): string {
  return text ? text.charAt(0).toLocaleUpperCase('sv') + text.slice(1) : text;
}

/** "Namn, Namn": the senders, for the document's creator property. Contact details never leave here. */
export function sendersLine(senders: readonly Person[]): string {
  return senders.map((p) => p.namn).filter(Boolean).join(', ');
}

function letterheadLine(left: string, right: string, boldLeft = false): Block {
  let content = '';
  if (left) content += run(left, { bold: boldLeft });
  if (right) content += tabRun(right);
  return paragraph({ style: STYLE.letterhead, tabs: RIGHT_TAB }, content);
}

/** Kommun and kind, datum, diarienummer; then the mottagare. */
function firstPageBlock(draft: ExportableDraft): Block[] {
  const m = draft.metadata;
  const kind = kindOf(draft);
  const rows: [string, string][] = [];
  rows.push([m.kommun ?? '', kindLabel(draft)]);
  rows.push([m.förvaltning ?? '', m.datum ? `Datum: ${m.datum}` : '']);
  if (m.diarienummer) rows.push(['', dnrText(m.diarienummer)]);
  if (kind?.export.uppdrag && m.uppdrag?.beslut) {
    const dnr = m.uppdrag.diarienummer && m.uppdrag.diarienummer !== m.diarienummer ? ` (dnr ${m.uppdrag.diarienummer})` : '';
    rows.push([`Uppdrag: ${m.uppdrag.beslut}${dnr}`, '']);
  }
  const out = rows.filter(([l, r]) => l || r).map(([l, r], i) => letterheadLine(l, r, i === 0));
  if (m.mottagare) {
    // A letter to the nämnd says "Till …"; a tjänsteskrivelse names its nämnd alone.
    const to = kind?.export.addressed === false ? m.mottagare : `Till ${m.mottagare}`;
    out.push(paragraph({ spacing: { before: 360, after: 240 } }, run(to, { bold: true })));
  }
  return out;
}

function isProposalHeading(node: Heading, draft: ExportableDraft): boolean {
  const known = draft.proposal?.headingNode;
  if (known) {
    return known === node || (known.position?.start.offset !== undefined && known.position.start.offset === node.position?.start.offset);
  }
  return node.depth === 2 && isProposalText(plainText(node));
}

/** The body: `#` saying the rubrik again is dropped (the rubrik is already the title). */
function body(draft: ExportableDraft, scope: DraftScope): Block[] {
  const out: Block[] = [];
  const rubrik = headingKey(draft.metadata.rubrik ?? '');
  let proposal: { numId: number } | null = null;
  const children = draft.tree.children as RootContent[];
  for (const node of children) {
    if (node.type === 'heading') {
      if (node.depth <= 2) proposal = null;
      if (node.depth === 1 && headingKey(plainText(node)) === rubrik) continue;
      if (isProposalHeading(node, draft)) proposal = { numId: scope.doc.listInstance('ordered') };
      out.push(headingParagraph(node.depth, node.children, scope));
      continue;
    }
    if (proposal && node.type === 'list') {
      out.push(...list(node, scope, { listLevel: 0 }, proposal));
      continue;
    }
    out.push(...blocks([node], scope));
  }
  return out;
}

/** Name, then parti and roll ("Sjöviks framtid, ledamot" or "Förvaltningschef"). */
function signatureBlock(senders: readonly Person[]): Block[] {
  return senders
    .filter((p) => p.namn)
    .map((p, i) => {
      const second = capitalise([p.parti, p.roll].filter((s): s is string => !!s && s.trim() !== '').join(', '));
      const content = run(p.namn) + (second ? breakThenText(second) : '');
      return paragraph({ style: STYLE.signature, keepNext: i < senders.length - 1 }, content);
    });
}

function hasSection(draft: ExportableDraft, keys: string[]): boolean {
  return draft.tree.children.some((n) => n.type === 'heading' && keys.includes(headingKey(plainText(n))));
}

function listSection(title: string, items: readonly string[], scope: DraftScope, ordered: boolean): Block[] {
  const numId = scope.doc.listInstance(ordered ? 'ordered' : 'bullet');
  return [
    paragraph({ style: STYLE.heading(2) }, run(title)),
    ...items.map((text) => paragraph({ style: STYLE.listParagraph, numbering: { numId, level: 0 } }, run(text))),
  ];
}

/** Everything one draft contributes to a document, in order. */
export function draftBlocks(draft: ExportableDraft, doc: DocumentState): Block[] {
  const scope = new DraftScope(doc, draft.tree);
  const m = draft.metadata;
  const out: Block[] = [...firstPageBlock(draft)];
  if (m.rubrik) out.push(paragraph({ style: STYLE.heading(1) }, run(m.rubrik)));
  out.push(...body(draft, scope));
  out.push(...signatureBlock(m.avsändare));
  if (m.bilagor.length && !hasSection(draft, ['bilagor', 'bilaga'])) out.push(...listSection('Bilagor', m.bilagor, scope, true));
  if (m.beslutet_skickas_till.length && !hasSection(draft, ['beslutet skickas till'])) {
    out.push(...listSection('Beslutet skickas till', m.beslutet_skickas_till, scope, false));
  }
  return out;
}

/**
 * Exports a draft to .docx bytes. Deterministic: the same draft gives the same bytes (dates come
 * from `datum`). Contact details of senders (adress, e-post, telefon) are never written.
 */
export function exportDraft(draft: ExportableDraft, options: ExportOptions = {}): Uint8Array {
  const state = new DocumentState();
  const m = draft.metadata;
  return packDocument(
    {
      title: m.rubrik ?? '',
      subject: kindLabel(draft),
      creator: sendersLine(m.avsändare),
      state,
      sections: [{ blocks: draftBlocks(draft, state), footer: dnrText(m.diarienummer) }],
    },
    options.date ?? m.datum,
  );
}
