/**
 * One draft as a municipal paper: the first-page block, the rubrik, the body (with the att-satser as
 * a numbered list), the signature block, Bilagor and "Beslutet skickas till".
 */
import type { Heading, RootContent } from 'mdast';
import {
  KINDS,
  headingKey,
  isProposalHeading as isProposalText,
  kindByName,
  nextStepsFor,
  type DraftKind,
  type KindDefinition,
  type Person,
} from '@arende/core';
import { RIGHT_TAB, STYLE } from './layout.js';
import { DocumentState, DraftScope, blocks, headingParagraph, list, plainText, spaceAfterTables, type Block } from './mdast-to-docx.js';
import { packDocument } from './pack.js';
import type { ExportOptions, ExportableDraft } from './types.js';
import { paragraph, run, breakThenText, tabRun } from './wml.js';
import { append } from './append.js';

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

/** "Namn, Namn": the senders, for the document's creator property. Contact details never leave here. */
export function sendersLine(senders: readonly Person[]): string {
  return senders
    .map((p) => p.namn)
    .filter(Boolean)
    .join(', ');
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
      append(out, list(node, scope, { listLevel: 0 }, proposal));
      continue;
    }
    append(out, blocks([node], scope));
  }
  return out;
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** `2026-03-02` → "2 mars 2026" (as a date is written above a signature). */
export function longDate(iso: string | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : (iso ?? '');
}

/** The signature line's length: room for a hand-written name (about 8 cm), right of it nothing. */
const SIGNATURE_LINE_INDENT = 5000;

/**
 * The closing: for a letter to the nämnd (politikerinitiativ, medborgarförslag) the kommun and date
 * ("Sjöviks kommun, 2 mars 2026") and, for each sender, a line to sign on with the name under it;
 * a tjänsteskrivelse names its officials without lines. Roll and parti as the author wrote them.
 * Every paragraph keeps with the next, so the closing never starts a page alone.
 */
function signatureBlock(draft: ExportableDraft, withContactDetails: boolean): Block[] {
  const senders = draft.metadata.avsändare.filter((p) => p.namn);
  if (senders.length === 0) return [];
  const signed = kindOf(draft)?.export.addressed !== false;
  const out: Block[] = [];
  if (signed) {
    const place = [draft.metadata.kommun, longDate(draft.metadata.datum)].filter(Boolean).join(', ');
    if (place) out.push(paragraph({ style: STYLE.signature, keepNext: true }, run(place)));
  }
  senders.forEach((p, i) => {
    const second = [p.parti, p.roll].filter((s): s is string => !!s && s.trim() !== '').join(', ');
    let content = run(p.namn) + (second ? breakThenText(second) : '');
    if (withContactDetails) for (const line of contactLines(p)) content += breakThenText(line);
    const last = i === senders.length - 1;
    // The line to sign on is a paragraph of its own: two signers' bordered paragraphs next to each
    // other would be drawn as one box with a single line.
    if (signed)
      out.push(
        paragraph({
          keepNext: true,
          bottomBorder: { size: 4, color: 'auto', space: 1 },
          indent: { right: SIGNATURE_LINE_INDENT },
          spacing: { before: 720, after: 40 },
        }),
      );
    out.push(paragraph(signed ? { style: STYLE.signature, keepNext: !last, spacing: { before: 0 } } : { style: STYLE.signature, keepNext: !last }, content));
  });
  return out;
}

/** The sender's contact details, one a line, labelled (only in the sender's own version). */
function contactLines(p: Person): string[] {
  const out: string[] = [];
  if (p.adress?.trim()) out.push(`Adress: ${p.adress.trim()}`);
  if (p['e-post']?.trim()) out.push(`E-post: ${p['e-post'].trim()}`);
  if (p.telefon?.trim()) out.push(`Telefon: ${p.telefon.trim()}`);
  return out;
}

/** The line at the top of the sender's own version. */
export const CONTACT_VERSION_NOTICE = 'Avsändarens exemplar med kontaktuppgifter: för inlämning till kommunen, inte för publicering.';

/** Keeps a paragraph on the same page as the next one (the text before the closing). */
function keepWithNext(block: Block): Block {
  if (!block.startsWith('<w:p>') || block.includes('<w:keepNext/>')) return block;
  if (!block.startsWith('<w:p><w:pPr>')) return `<w:p><w:pPr><w:keepNext/></w:pPr>${block.slice('<w:p>'.length)}`;
  const style = /^<w:p><w:pPr><w:pStyle w:val="[^"]*"\/>/.exec(block);
  const at = style ? style[0].length : '<w:p><w:pPr>'.length;
  return `${block.slice(0, at)}<w:keepNext/>${block.slice(at)}`;
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

/** "Beslutet skickas till" as real papers write it: a label, then one recipient a line, no bullets. */
function recipients(items: readonly string[]): Block[] {
  return [
    paragraph({ style: STYLE.label, spacing: { before: 360 } }, run('Beslutet skickas till')),
    ...items.map((text, i) => paragraph({ spacing: { after: 0 }, keepNext: i < items.length - 1 }, run(text))),
  ];
}

/**
 * The closing note of a medborgarförslag: where to send it, who may, when it is decided and how to follow
 * it (core's next-steps.ts). Only in the exported paper itself, never in a kallelse's handlingar.
 */
function nextStepsNote(draft: ExportableDraft): Block[] {
  const steps = nextStepsFor(draftKind(draft));
  if (!steps) return [];
  return [
    paragraph({ style: STYLE.heading(2), spacing: { before: 480 }, keepNext: true }, run(steps.heading)),
    ...steps.items.map((text, i) => paragraph({ spacing: { after: 60 }, keepNext: i < steps.items.length - 1 }, run(text))),
  ];
}

/** Everything one draft contributes to a document, in order. */
export function draftBlocks(draft: ExportableDraft, doc: DocumentState, options: { withContactDetails?: boolean | undefined } = {}): Block[] {
  const scope = new DraftScope(doc, draft.tree, draft.images);
  const m = draft.metadata;
  const out: Block[] = [];
  if (options.withContactDetails) {
    out.push(
      paragraph({ style: STYLE.label, bottomBorder: { size: 6, color: '808080', space: 4 }, spacing: { before: 0, after: 240 } }, run(CONTACT_VERSION_NOTICE)),
    );
  }
  append(out, firstPageBlock(draft));
  if (m.rubrik) out.push(paragraph({ style: STYLE.heading(1) }, run(m.rubrik)));
  append(out, body(draft, scope));
  const closing = signatureBlock(draft, options.withContactDetails ?? false);
  if (closing.length && out.length) out[out.length - 1] = keepWithNext(out[out.length - 1]!);
  append(out, closing);
  if (m.bilagor.length && !hasSection(draft, ['bilagor', 'bilaga'])) append(out, listSection('Bilagor', m.bilagor, scope, true));
  if (m.beslutet_skickas_till.length && !hasSection(draft, ['beslutet skickas till'])) append(out, recipients(m.beslutet_skickas_till));
  return spaceAfterTables(out);
}

/**
 * Exports a draft to .docx bytes. Deterministic: the same draft gives the same bytes (dates come
 * from `datum`). Contact details of senders (adress, e-post, telefon) are written only in the
 * sender's own version (`withContactDetails`).
 */
export function exportDraft(draft: ExportableDraft, options: ExportOptions = {}): Uint8Array {
  const state = new DocumentState(options.images, options.template);
  const m = draft.metadata;
  const blocks = draftBlocks(draft, state, { withContactDetails: options.withContactDetails });
  if (options.nextSteps !== false) blocks.push(...nextStepsNote(draft));
  return packDocument(
    {
      title: m.rubrik ?? '',
      subject: kindLabel(draft),
      creator: sendersLine(m.avsändare),
      state,
      sections: [{ blocks, footer: dnrText(m.diarienummer) }],
      lineNumbers: options.lineNumbers,
    },
    options.date ?? m.datum,
  );
}
