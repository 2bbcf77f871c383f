/**
 * The outline of a draft, as plain data for the editor's Outline, breadcrumbs, Go to Symbol and folding:
 * the header and its keys (a meeting file's ärenden with the § each gets in the protokoll), the `##`
 * sections, and the att-satser of the proposal.
 */
import type { Language } from '../diagnostic.js';
import { isMeeting } from '../meeting/kind.js';
import { readMeeting } from '../meeting/model.js';
import type { Draft, Range } from '../model/types.js';

export interface OutlineSymbol {
  name: string;
  /** A short value shown beside the name (a key's value, a section's att-satser count). */
  detail?: string;
  kind: 'header' | 'key' | 'section' | 'att-sats' | 'ärende';
  /** The whole thing (a key with its value, a section with its text). */
  range: Range;
  /** What is selected when the symbol is picked (the key, the heading). */
  selectionRange: Range;
  children: OutlineSymbol[];
}

/** Lines to fold, 1-based and inclusive. */
export interface FoldingLines {
  start: number;
  end: number;
}

const short = (text: string, max = 60) => {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};

export function documentSymbols(draft: Draft, options: { language?: Language } = {}): OutlineSymbol[] {
  const en = options.language === 'en';
  const out: OutlineSymbol[] = [];
  const fm = draft.frontmatter;
  if (fm) {
    const keys: OutlineSymbol[] = [];
    const meeting = isMeeting(draft) ? readMeeting(draft) : undefined;
    for (const [key, value] of Object.entries(draft.metadata.raw)) {
      const keyRange = draft.rangeOf([key], 'key');
      if (!keyRange) continue;
      const range = draft.rangeOf([key], 'pair') ?? keyRange;
      const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? short(String(value)) : undefined;
      const list = Array.isArray(value) ? (en ? `${value.length} item(s)` : `${value.length} st.`) : undefined;
      const children: OutlineSymbol[] = [];
      if (meeting && key === 'ärenden') {
        const first = meeting.paragrafer_från ?? 1;
        for (const item of meeting.ärenden) {
          const name = item.rubrik ?? item.handlingar[0]?.path ?? (en ? `item ${item.index + 1}` : `ärende ${item.index + 1}`);
          const itemStart = draft.rangeOf(['ärenden', item.index], 'value') ?? item.range;
          children.push({ name: `§ ${first + item.index} ${short(name)}`, kind: 'ärende', range: item.range, selectionRange: itemStart, children: [] });
        }
      }
      keys.push({ name: key, detail: scalar ?? list, kind: 'key', range, selectionRange: keyRange, children });
    }
    out.push({ name: en ? 'Header' : 'Huvud', detail: draft.kind, kind: 'header', range: fm.range, selectionRange: fm.openingRange, children: keys });
  }
  for (const section of draft.sections) {
    if (!section.heading) continue; // the text before the first ##: no heading to name it by
    const children: OutlineSymbol[] =
      section === draft.proposal
        ? draft.attSatser.map((a) => ({ name: short(a.text, 80), kind: 'att-sats' as const, range: a.range, selectionRange: a.range, children: [] }))
        : [];
    out.push({
      name: section.heading,
      detail: children.length ? (en ? `${children.length} att-sats(er)` : `${children.length} att-satser`) : undefined,
      kind: 'section',
      range: section.range,
      selectionRange: section.headingRange,
      children,
    });
  }
  return out;
}

/**
 * The header folds as a whole, and each key whose value spans lines (a list of senders, a meeting's
 * ärenden and each ärende in it). The sections fold by VS Code's own Markdown folding.
 */
export function foldingLines(draft: Draft): FoldingLines[] {
  const out: FoldingLines[] = [];
  const fm = draft.frontmatter;
  if (!fm) return out;
  out.push({ start: fm.openingRange.start.line, end: fm.closingRange.start.line });
  const add = (r: Range | undefined) => {
    // The end of a YAML block value is the start of the next line: fold to the line before it.
    if (!r) return;
    const end = r.end.column === 1 ? r.end.line - 1 : r.end.line;
    if (end > r.start.line) out.push({ start: r.start.line, end });
  };
  for (const [key, value] of Object.entries(draft.metadata.raw)) {
    if (value === null || typeof value !== 'object') continue;
    add(draft.rangeOf([key], 'pair'));
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) add(draft.rangeOf([key, i], 'value'));
  }
  return out;
}
