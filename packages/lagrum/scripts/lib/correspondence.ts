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
  const chapter = normaliseLabel(kap[1]);
  for (const m of kap[2].matchAll(/(?:^|och\s+|,\s*)(\d+(?: [a-z])?) §/gu)) {
    out.push(`${chapter}:${normaliseLabel(m[1])}`);
  }
  return out;
}

export function readCorrespondence(edges: Edge[], log: string[]): CorrespondenceTuple[] {
  const out: CorrespondenceTuple[] = [];
  const seen = new Set<string>();
  const add = (oldRef: string, newRef: string, scope: 'helt' | 'delvis') => {
    const key = `${oldRef}>${newRef}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push([oldRef, newRef, scope]);
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
    add(oldRef, newRef, e.scope);
  }
  return out;
}
