/**
 * The JSON glues the subheading printed above a provision to the end of the previous provision's text
 * ("… denna lag. Definition av socialtjänst"). A text that ends without sentence punctuation, after a
 * sentence that did end, has such a heading; we split it off.
 */
const FUNCTION_WORDS = new Set([
  'och',
  'eller',
  'samt',
  'enligt',
  'i',
  'av',
  'som',
  'om',
  'till',
  'för',
  'att',
  'det',
  'den',
  'de',
  'med',
  'på',
  'från',
  'vid',
  'under',
  'än',
  'inte',
  'ska',
  'skall',
  'får',
  'kap.',
  '§',
  '§§',
]);

export function splitTrailingHeading(text: string): { body: string; heading: string } {
  const trimmed = text.trim();
  // Division headings ("AVDELNING IX. AVGIFTER …") are glued the same way.
  const division = /\s(AVDELNING [IVXL]+\..*)$/u.exec(trimmed);
  if (division) return { body: trimmed.slice(0, division.index).trim(), heading: division[1]!.trim() };
  if (/[.!?:;)”"]$/u.test(trimmed)) return { body: trimmed, heading: '' };
  const re = /[.!?:;)]\s+(?=[A-ZÅÄÖ])/gu;
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(trimmed)) !== null) last = m.index + m[0].length;
  if (last < 0) return { body: trimmed, heading: '' };
  const heading = trimmed.slice(last).trim();
  const words = heading.split(/\s+/);
  const lastWord = words[words.length - 1]!.toLowerCase();
  if (words.length > 14 || FUNCTION_WORDS.has(lastWord) || /\d$/.test(heading)) {
    return { body: trimmed, heading: '' };
  }
  return { body: trimmed.slice(0, last).trim(), heading };
}
