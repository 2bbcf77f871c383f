/**
 * How a provision is written: its label ("2 kap. 6 § andra stycket"), the short standard form
 * ("2 kap. 6 § SoL") and Språkrådet's first-mention form with the SFS number.
 */
import type { Law } from './registry.js';

/** The language of a message: Swedish (the default), or English for an editor set to it. */
export type Language = 'sv' | 'en';

const ORDINALS = ['första', 'andra', 'tredje', 'fjärde', 'femte', 'sjätte', 'sjunde', 'åttonde', 'nionde', 'tionde'];

/** "andra stycket", "12:e stycket". */
export function styckeLabel(n: number): string {
  return `${ORDINALS[n - 1] ?? `${n}:e`} stycket`;
}

/** "2 kap. 6 §", "9 §", "2 kap." (chapter only), "" (whole law), with stycke and punkt. */
export function provisionLabel(kapitel: string | null, paragraf: string | null, stycke: number | null = null, punkt: number | null = null): string {
  const parts: string[] = [];
  if (kapitel !== null) parts.push(`${kapitel} kap.`);
  if (paragraf !== null) parts.push(`${paragraf} §`);
  if (stycke !== null) parts.push(styckeLabel(stycke));
  if (punkt !== null) parts.push(stycke === null ? `punkt ${punkt}` : String(punkt));
  return parts.join(' ');
}

/** Short standard form: "2 kap. 6 § SoL"; for a law without abbreviation its name with SFS number. */
export function standardForm(law: Law, kapitel: string | null, paragraf: string | null, stycke: number | null = null, punkt: number | null = null): string {
  const p = provisionLabel(kapitel, paragraf, stycke, punkt);
  const name = law.kortnamn ?? nameWithSfs(law);
  return p ? `${p} ${name}` : nameWithSfs(law);
}

/** Språkrådet's first-mention form: "2 kap. 6 § socialtjänstlagen (2001:453)". */
export function fullForm(law: Law, kapitel: string | null, paragraf: string | null, stycke: number | null = null, punkt: number | null = null): string {
  const p = provisionLabel(kapitel, paragraf, stycke, punkt);
  return p ? `${p} ${nameWithSfs(law)}` : nameWithSfs(law);
}

/** "socialtjänstlagen (2025:400)": the law's name with its SFS number. */
export function nameWithSfs(law: Law): string {
  return law.namn.includes(`(${law.sfs})`) ? law.namn : `${law.namn} (${law.sfs})`;
}

/** "A", "A och B", "A, B och C" (in English "A and B"). */
export function joinList(items: string[], language: Language = 'sv'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${language === 'en' ? 'and' : 'och'} ${items[items.length - 1]}`;
}
