/**
 * The headings FORMAT.md gives meaning to. Matching is on the normalised key:
 * lower case, trimmed, trailing colon removed, inner white space folded.
 */
export function headingKey(text: string): string {
  return text.trim().replace(/:+$/, '').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}

/** Headings of the proposal section (FORMAT.md, "The proposal section"). */
export const PROPOSAL_HEADINGS = [
  'Förslag till beslut',
  'Förslag',
  'Yrkande',
  'Yrkanden',
  'Vi föreslår därför att',
  'Vi föreslår att',
  'Jag föreslår därför att',
  'Jag föreslår att',
  'Vi yrkar att',
  'Jag yrkar att',
] as const;

const PROPOSAL_KEYS = new Set(PROPOSAL_HEADINGS.map(headingKey));

export function isProposalHeading(text: string): boolean {
  return PROPOSAL_KEYS.has(headingKey(text));
}
