/**
 * The old→new SoL correspondence (a reading aid extracted from the comparison table in prop. 2024/25:89).
 * Its last edges were extracted reversed: the quote reads "new — old" and the old paragraph field holds a
 * point number ("22 kap. 10 § — 6 kap. 7 § 4 och 7 a §" filed as old 6 kap. 4 §). We detect an edge whose
 * quote starts with its own new paragraph and rebuild it from the quote.
 */
import type { CorrespondenceTuple } from '../../src/registry-types.js';
import { normaliseLabel } from './section-order.js';

interface Edge {
  newParagraf: string;
  oldParagraf: string;
  scope: 'helt' | 'delvis';
  quote: string;
}

/** "K2aP10b" → "2 a:10 b". */
export function lagenNuRef(id: string): string {
  const m = /^K(\d+)([a-z]?)P(\d+)([a-z]?)$/.exec(id);
  if (!m) throw new Error(`Okänd paragrafbeteckning i jämförelsetabellen: ${id}`);
  const kap = m[2] ? `${m[1]} ${m[2]}` : m[1];
  const par = m[4] ? `${m[3]} ${m[4]}` : m[3];
  return `${kap}:${par}`;
}

/** Chapter/paragraph pairs in a quote fragment: "6 kap. 7 § 4 och 7 a §" → ["6:7", "6:7 a"]. */
function refsInQuote(fragment: string): string[] {
  const out: string[] = [];
  const kap = /(\d+(?: [a-z])?) kap\.\s*(.*)$/u.exec(fragment);
  if (!kap) return out;
  const chapter = normaliseLabel(kap[1]!);
  for (const m of kap[2]!.matchAll(/(?:^|och\s+|,\s*)(\d+(?: [a-z])?) §/gu)) {
    out.push(`${chapter}:${normaliseLabel(m[1]!)}`);
  }
  return out;
}

/**
 * Edges the legal review found wrong, each checked against the two laws' texts in the data (the
 * registry test compares the texts again, so a data update that breaks the reason fails the build):
 * - 16 kap. 11 § (förbud mot förvandling av vite) went to 28 kap. 15 § (Vite), whose text is the same; the
 *   table's row "16 kap. 11 § — 28 kap. 14 §" pairs it with 28 kap. 14 § (Straffansvar: verksamhet utan
 *   tillstånd), which is 16 kap. 6 § första stycket 4 och 5.
 * - 4 kap. 2 a § (hemtjänst till äldre utan föregående behovsprövning) has no row; its successor is
 *   11 kap. 5 § (insatser utan individuell behovsprövning), which covers it only in part (it is general,
 *   and the old paragraph's information requirements are not in it).
 */
export const CORRECTIONS: { drop: [string, string][]; add: [string, string, 'helt' | 'delvis', string][] } = {
  drop: [['16:11', '28:14']],
  add: [['4:2 a', '11:5', 'delvis', '']],
};

/** The part of the old paragraph a quote's old side names ("första stycket", "andra och tredje styckena",
 * "första stycket 4 och 5"), or "" for the whole paragraph. */
export function oldPart(quoteOldSide: string): string {
  const m = /§\s+(.+)$/u.exec(quoteOldSide.trim());
  if (!m) return '';
  const rest = m[1]!.trim();
  return /stycke|mening|punkt|^\d/u.test(rest) ? rest : '';
}

export function readCorrespondence(edges: Edge[], log: string[]): CorrespondenceTuple[] {
  const out: CorrespondenceTuple[] = [];
  const seen = new Set<string>();
  const dropped = new Set(CORRECTIONS.drop.map(([o, n]) => `${o}>${n}`));
  const add = (oldRef: string, newRef: string, scope: 'helt' | 'delvis', part = '') => {
    const key = `${oldRef}>${newRef}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (dropped.has(key)) {
      log.push(`jämförelsetabellen: ${oldRef} → ${newRef} borttagen (rättelse, se CORRECTIONS)`);
      return;
    }
    // "helt" only where the whole paragraph moved: a row that moves one stycke or point moves part of it.
    if (scope === 'helt' && part) scope = 'delvis';
    out.push(part ? [oldRef, newRef, scope, part] : [oldRef, newRef, scope]);
  };
  for (const e of edges) {
    const oldRef = lagenNuRef(e.oldParagraf);
    const newRef = lagenNuRef(e.newParagraf);
    const [left, right] = e.quote.split(/\s+—\s+/u);
    const leftRefs = refsInQuote(left ?? '');
    const reversed = leftRefs[0] === newRef && !(right && refsInQuote(right).includes(newRef));
    if (reversed) {
      const olds = refsInQuote(right ?? '');
      log.push(`omvänd kant rättad: "${e.quote}" (${oldRef} → ${newRef}) blir ${olds.join(', ')} → ${newRef}`);
      for (const o of olds) add(o, newRef, e.scope);
      continue;
    }
    add(oldRef, newRef, e.scope, oldPart(left ?? ''));
  }
  for (const [o, n, scope, part] of CORRECTIONS.add) {
    log.push(`jämförelsetabellen: ${o} → ${n} (${scope}) tillagd (rättelse, se CORRECTIONS)`);
    add(o, n, scope, part);
  }
  return out;
}
