/**
 * Stiff words and their plain replacements, for the rule plain-word.
 *
 * Written for ärende in our own words. The choice of words follows two public sources of facts:
 * Regeringskansliet's "Svarta listan" (PM 2011:1, the stiff words to avoid in statutes, each with a plainer
 * one) and Språkrådet's klarspråk advice (prefer the everyday word, the verb over the noun, "ska" over
 * "skall"). Neither list is copied: the entries, forms and notes are ours, chosen for what nämnd documents
 * say. Each entry lists the inflected forms it knows, with the replacement in the same form, so that the
 * quick fix keeps the sentence grammatical; a form not listed is not reported.
 *
 * Words that are terms in ärende's own format are never on the list (FORMAT_TERMS, checked by a test):
 * "lagrum", "att-sats", and "besvär" in its legal sense (an appeal).
 */
export interface PlainWord {
  /** The stiff form, lower case (a phrase may have spaces). */
  stiff: string;
  /** The plain replacement in the same form. */
  plain: string;
}

/** Terms of the format and of municipal law that the list must never flag. */
export const FORMAT_TERMS: readonly string[] = ['lagrum', 'att-sats', 'att-satser', 'besvär', 'yrkande', 'yrkar', 'reservation', 'delegation'];

const ENTRIES: readonly (readonly [string, string])[] = [
  // Verbs: "skall" is the old form; Språkrådet and statutes since 2010 write "ska".
  ['skall', 'ska'],
  ['erhålla', 'få'],
  ['erhåller', 'får'],
  ['erhöll', 'fick'],
  ['erhållit', 'fått'],
  ['erhålls', 'fås'],
  ['föreligga', 'finnas'],
  ['föreligger', 'finns'],
  ['förelåg', 'fanns'],
  ['förelegat', 'funnits'],
  ['inkomma med', 'skicka in'],
  ['inkommer med', 'skickar in'],
  ['inkom med', 'skickade in'],
  ['inkommit med', 'skickat in'],
  ['inkomma', 'komma in'],
  ['inkommer', 'kommer in'],
  ['inkommit', 'kommit in'],
  ['tillhandahålla', 'erbjuda'],
  ['tillhandahåller', 'erbjuder'],
  ['tillhandahölls', 'erbjöds'],
  ['tillhandahålls', 'erbjuds'],
  ['tillställa', 'skicka'],
  ['tillställs', 'skickas'],
  ['tillse', 'se till'],
  ['tillser', 'ser till'],
  ['inneha', 'ha'],
  ['innehar', 'har'],
  ['innehade', 'hade'],
  ['påbörja', 'börja'],
  ['påbörjar', 'börjar'],
  ['påbörjade', 'började'],
  ['påbörjat', 'börjat'],
  ['äga rätt', 'ha rätt'],
  ['äger rätt', 'har rätt'],
  ['tillkännage', 'meddela'],
  ['tillkännager', 'meddelar'],
  ['emotse', 'vänta på'],
  ['emotser', 'väntar på'],
  ['utröna', 'ta reda på'],
  ['beakta', 'ta hänsyn till'],
  ['beaktar', 'tar hänsyn till'],
  ['äska', 'begära'],
  ['äskar', 'begär'],
  ['äskade', 'begärde'],
  // Conjunctions, adverbs and prepositions.
  ['emedan', 'eftersom'],
  ['enär', 'eftersom'],
  ['därest', 'om'],
  ['huruvida', 'om'],
  ['icke', 'inte'],
  ['ej', 'inte'],
  ['såsom', 'som'],
  ['tillika', 'också'],
  ['jämväl', 'också'],
  ['medelst', 'med'],
  ['beträffande', 'om'],
  ['angående', 'om'],
  ['härvid', 'då'],
  ['därvid', 'då'],
  ['således', 'alltså'],
  ['alltjämt', 'fortfarande'],
  ['ånyo', 'igen'],
  ['för närvarande', 'nu'],
  ['i dagsläget', 'i dag'],
  ['i nuläget', 'nu'],
  ['snarast möjligt', 'så snart som möjligt'],
  ['vid ett senare tillfälle', 'senare'],
  ['i enlighet med', 'enligt'],
  ['i syfte att', 'för att'],
  ['med anledning av', 'på grund av'],
  // Adjectives.
  ['erforderlig', 'nödvändig'],
  ['erforderligt', 'nödvändigt'],
  ['erforderliga', 'nödvändiga'],
  ['dylik', 'sådan'],
  ['dylikt', 'sådant'],
  ['dylika', 'sådana'],
  ['förutvarande', 'tidigare'],
  ['samtliga', 'alla'],
];

export const PLAIN_WORDS: readonly PlainWord[] = ENTRIES.map(([stiff, plain]) => ({ stiff, plain }));

const BY_STIFF = new Map(PLAIN_WORDS.map((w) => [w.stiff, w]));

/** The entry for a matched stiff form (any case). */
export function plainWordFor(stiff: string): PlainWord | undefined {
  return BY_STIFF.get(stiff.toLocaleLowerCase('sv').replace(/\s+/g, ' '));
}

let pattern: RegExp | undefined;

/** One pattern for every stiff form, longest first ("inkommer med" wins over "inkommer"); built on first use. */
export function plainWordPattern(): RegExp {
  pattern ??= new RegExp(
    `(?<![\\p{L}\\p{N}-])(?:${[...PLAIN_WORDS]
      .sort((a, b) => b.stiff.length - a.stiff.length)
      .map((w) => w.stiff.replace(/ /g, '\\s+'))
      .join('|')})(?![\\p{L}\\p{N}-])`,
    'giu',
  );
  pattern.lastIndex = 0;
  return pattern;
}
