/**
 * Abbreviations for the rule abbreviation-unexplained: which need no explanation, and what the common
 * dotted ones stand for (so the message can say it and the fix can write it out).
 */

/** Known to every reader (Språkrådet's advice: the few everyone knows may stand; the rest are written out). */
export const NO_EXPLANATION_NEEDED: ReadonlySet<string> = new Set([
  't.ex.',
  'bl.a.',
  'kr',
  'm.m.',
  'osv.',
  'o.s.v.',
  'dvs.',
  'd.v.s.',
  'ca',
  'nr',
  'st.',
  'jfr',
  'EU',
  'FN',
  'AB',
  'IT',
  'TV',
  'SMS',
  'PDF',
  'SFS',
  'SEK',
  'MSEK',
  'tkr',
  'mnkr',
  'mkr',
]);

/** Dotted abbreviations that are better written out, with what they stand for. */
export const WRITE_OUT: Readonly<Record<string, string>> = {
  'p.g.a.': 'på grund av',
  'pga.': 'på grund av',
  'fr.o.m.': 'från och med',
  't.o.m.': 'till och med',
  's.k.': 'så kallad',
  'm.fl.': 'med flera',
  'o.d.': 'och dylikt',
  'enl.': 'enligt',
  'ang.': 'angående',
  'resp.': 'respektive',
  'inkl.': 'inklusive',
  'exkl.': 'exklusive',
  'f.n.': 'just nu',
  'i.o.m.': 'i och med',
  'o.dyl.': 'och dylikt',
  'u.a.': 'utan anmärkning',
};
