/**
 * Joins standard-form citations into one phrase as a Swedish writer would:
 * ["6 kap. 1 § SoL", "6 kap. 4 § SoL", "6 kap. 2 § SoL", "6 kap. 3 § SoL", "10 kap. 1 § SoL"]
 * → "6 kap. 1–4 §§ och 10 kap. 1 § SoL". Anything it cannot read is joined with "och" as it is.
 * In English (a message for an editor set to English) the lists are joined with "and" instead; the
 * citations themselves stay as the law writes them.
 */
const FORM = /^(?:(\d+ ?[a-z]?) kap\. )?(\d+)( [a-z])? § (.+)$/;

interface Parsed {
  kapitel: string | null;
  nummer: number;
  bokstav: string;
  lag: string;
}

export function joinCitations(list: readonly string[], language: 'sv' | 'en' = 'sv'): string {
  const and = language === 'en' ? 'and' : 'och';
  const andList = (xs: string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} ${and} ${xs[xs.length - 1]}`);
  const parsed = list.map((s) => FORM.exec(s));
  if (list.length < 2 || parsed.some((m) => !m)) return list.join(` ${and} `);
  const items: Parsed[] = parsed.map((m) => ({ kapitel: m![1] ?? null, nummer: Number(m![2]), bokstav: m![3]?.trim() ?? '', lag: m![4]! }));
  const laws = [...new Set(items.map((i) => i.lag))];
  const phrases = laws.map((lag) => {
    const ofLaw = items.filter((i) => i.lag === lag);
    const chapters = [...new Set(ofLaw.map((i) => i.kapitel))];
    const parts = chapters.map((kapitel) => {
      const paras = ofLaw.filter((i) => i.kapitel === kapitel).sort((a, b) => a.nummer - b.nummer || a.bokstav.localeCompare(b.bokstav));
      const labels = compress(paras);
      const many = paras.length > 1;
      return `${kapitel ? `${kapitel} kap. ` : ''}${andList(labels)} ${many ? '§§' : '§'}`;
    });
    return `${andList(parts)} ${lag}`;
  });
  return andList(phrases);
}

/** "1", "2", "3", "5" → ["1–3", "5"]; paragraphs with letters stay single. */
function compress(paras: Parsed[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < paras.length) {
    const p = paras[i]!;
    let j = i;
    while (!p.bokstav && j + 1 < paras.length && !paras[j + 1]!.bokstav && paras[j + 1]!.nummer === paras[j]!.nummer + 1) j++;
    out.push(j - i >= 2 ? `${p.nummer}–${paras[j]!.nummer}` : `${p.nummer}${p.bokstav ? ` ${p.bokstav}` : ''}`);
    if (j - i === 1) out.push(`${paras[j]!.nummer}`);
    i = j + 1;
  }
  return out;
}
