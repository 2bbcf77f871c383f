/**
 * A §'s Beslutsgång and Omröstning in the protokoll (5 kap. 67 § 2, 3 och 5 KL, for a nämnd via 6 kap. 35 §):
 * the secretary's own account of how the propositions were put (never written by us: only the secretary
 * knows what happened), and a vote's result with what yes and no meant, and at an open vote a table of how
 * each member voted.
 */
import { röstOf, RÖSTER, type Omröstning, type Röst } from '@arende/core';
import type { DocumentState, Block } from './mdast-to-docx.js';
import { label, text } from './meeting-parts.js';
import { paragraph, run, table } from './wml.js';

/** "Beslutsgång" and the secretary's paragraphs; nothing when there are none. */
export function beslutsgångBlocks(paragraphs: readonly string[] | undefined): Block[] {
  if (!paragraphs?.length) return [];
  return [label('Beslutsgång'), ...paragraphs.map((p) => text(p))];
}

const votes = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Omröstningen utfaller med 4 ja-röster mot 1 nej-röst; ingen ledamot avstår." */
export function resultSentence(o: Omröstning): string {
  if (o.ja === undefined || o.nej === undefined || o.avstår === undefined)
    return 'Omröstningens resultat är inte fullständigt ifyllt i mötesfilen (ja, nej, avstår).';
  const avstår = o.avstår === 0 ? 'ingen ledamot avstår' : `${votes(o.avstår, 'ledamot', 'ledamöter')} avstår`;
  return `Omröstningen utfaller med ${votes(o.ja, 'ja-röst', 'ja-röster')} mot ${votes(o.nej, 'nej-röst', 'nej-röster')}; ${avstår}.`;
}

/** "Ja-röst för förvaltningens förslag, nej-röst för Bengt Olaussons yrkande." (what was put to the vote). */
export function meaningSentence(o: Omröstning): string | undefined {
  const parts = [o.ja_avser && `ja-röst för ${o.ja_avser}`, o.nej_avser && `nej-röst för ${o.nej_avser}`].filter((p): p is string => !!p);
  if (!parts.length) return undefined;
  const s = parts.join(', ');
  return `${s[0]!.toLocaleUpperCase('sv')}${s.slice(1)}.`;
}

const HEADER = ['Ledamot', 'Ja', 'Nej', 'Avstår'] as const;

/** Up to this many members the voteringslista is kept on one page with the sentences before it. */
const KEEP_TOGETHER = 30;

/**
 * The voteringslista: a header row (repeated on every page, w:tblHeader) naming the columns, one row per
 * member with an X under the vote, and a Summa row. A röst that is none of the three (only with --force)
 * is written out beside the name rather than dropped.
 */
function voteTable(o: Omröstning, textWidth: number): Block {
  // A list that fits on a page is kept on one (keepNext on every row but the last, as Word keeps a table
  // together); a fullmäktige's long list breaks, with its header row repeated.
  const together = o.röster.length <= KEEP_TOGETHER;
  let keepNext = together;
  const cell = (content: string, opts: { bold?: boolean; center?: boolean } = {}) =>
    paragraph(
      { keepNext: keepNext || undefined, spacing: { after: 0 }, alignment: opts.center ? 'center' : undefined },
      content ? run(content, opts.bold ? { bold: true } : {}) : '',
    );
  const sums: Record<Röst, number> = { ja: 0, nej: 0, avstår: 0 };
  const rows: string[][] = [HEADER.map((h, i) => cell(h, { bold: true, center: i > 0 }))];
  for (const v of o.röster) {
    const röst = röstOf(v.röst);
    if (röst) sums[röst]++;
    const name = (v.parti ? `${v.namn} (${v.parti})` : v.namn) + (röst ? '' : ` (röst: ${v.röst || 'saknas'})`);
    rows.push([cell(name), ...RÖSTER.map((r) => cell(r === röst ? 'X' : '', { center: true }))]);
  }
  keepNext = false;
  rows.push([cell('Summa', { bold: true }), ...RÖSTER.map((r) => cell(String(sums[r]), { bold: true, center: true }))]);
  const narrow = Math.floor(textWidth * 0.15);
  return table(rows, 4, [textWidth - 3 * narrow, narrow, narrow, narrow]);
}

/** "Omröstning": what yes and no meant, the result, and (open vote) the voteringslista. */
export function omröstningBlocks(o: Omröstning | undefined, state: DocumentState): Block[] {
  if (!o) return [];
  const out: Block[] = [label('Omröstning')];
  // The sentences stay with the list that follows them (the result is read with the names).
  const keep = o.röster.length > 0 && o.röster.length <= KEEP_TOGETHER;
  const line = (content: string) => paragraph({ keepNext: keep || undefined }, run(content));
  const meaning = meaningSentence(o);
  if (meaning) out.push(line(meaning));
  out.push(line(resultSentence(o)));
  if (o.röster.length) out.push(voteTable(o, state.textArea.width));
  return out;
}
