import { TEMPLATE_FRONTMATTER } from '../templates.generated.js';
import type { Draft, Range } from '../model/types.js';
import { defineRule } from './rule.js';

/**
 * A template left unfilled is not a finished draft. The placeholders are read from the templates
 * themselves (templates/*.md; their frontmatter parsed at build time, TEMPLATE_FRONTMATTER), at the places of the frontmatter where a template
 * holds a name, a place or a date that the writer must replace: so a template's text is never repeated here.
 * Diarienummer are left out: the templates' "SN 2026/1" is also a real number a registrar may give.
 */
const PLACES: { path: (string | '*')[]; what: string; inBody: boolean }[] = [
  { path: ['rubrik'], what: 'ärendets rubrik', inBody: false },
  { path: ['datum'], what: 'handlingens datum', inBody: false },
  { path: ['kommun'], what: 'kommunens namn', inBody: true },
  { path: ['uppdrag', 'beslut'], what: 'nämndens beslut (protokoll och paragraf)', inBody: false },
  { path: ['uppdrag', 'datum'], what: 'datumet för nämndens beslut', inBody: false },
  { path: ['avsändare', '*', 'namn'], what: 'avsändarens namn', inBody: true },
  { path: ['avsändare', '*', 'parti'], what: 'avsändarens parti', inBody: true },
  { path: ['avsändare', '*', 'adress'], what: 'avsändarens adress', inBody: true },
  { path: ['avsändare', '*', 'e-post'], what: 'avsändarens e-postadress', inBody: true },
  { path: ['avsändare', '*', 'telefon'], what: 'avsändarens telefonnummer', inBody: true },
  { path: ['bilagor', '*'], what: 'bilagans namn', inBody: true },
  { path: ['beslutet_skickas_till', '*'], what: 'mottagaren av beslutet', inBody: true },
  // The meeting file (its template names the people who run the meeting).
  { path: ['ordförande'], what: 'ordförandens namn', inBody: false },
  { path: ['sekreterare'], what: 'sekreterarens namn', inBody: false },
  { path: ['justerare', '*'], what: 'justerarens namn', inBody: false },
  // The meeting template's example item: replaced by the first real ärende.
  { path: ['ärenden', '*', 'rubrik'], what: 'ärendets rubrik (ersätt exempelärendet med ett riktigt)', inBody: false },
  { path: ['ärenden', '*', 'förslag', '*'], what: 'förslaget till beslut i ärendet', inBody: false },
];

/** What belongs at a place, in English (a function: built only when an English message is). */
function whatEn(path: readonly string[]): string {
  switch (path.join('.')) {
    case 'rubrik':
      return "the matter's title (rubrik)";
    case 'datum':
      return "the paper's date";
    case 'kommun':
      return "the municipality's name";
    case 'uppdrag.beslut':
      return "the nämnd's decision (minutes and paragraph)";
    case 'uppdrag.datum':
      return "the date of the nämnd's decision";
    case 'avsändare.*.namn':
      return "the sender's name";
    case 'avsändare.*.parti':
      return "the sender's party";
    case 'avsändare.*.adress':
      return "the sender's address";
    case 'avsändare.*.e-post':
      return "the sender's e-mail address";
    case 'avsändare.*.telefon':
      return "the sender's telephone number";
    case 'bilagor.*':
      return "the attachment's name";
    case 'beslutet_skickas_till.*':
      return 'who receives the decision';
    case 'ordförande':
      return "the chair's name";
    case 'sekreterare':
      return "the secretary's name";
    case 'justerare.*':
      return 'the name of the member who checks the minutes (justerare)';
    case 'ärenden.*.rubrik':
      return "the item's title (replace the example item with a real one)";
    case 'ärenden.*.förslag.*':
      return 'the proposal for a decision in the item';
  }
  return 'the right text';
}

/** Every value at `path` (with '*' for any list index) in a plain object, with its concrete path. */
function valuesAt(data: unknown, path: (string | '*')[], at: (string | number)[] = []): { value: unknown; path: (string | number)[] }[] {
  if (path.length === 0) return [{ value: data, path: at }];
  const [head, ...rest] = path;
  if (head === '*') {
    return Array.isArray(data) ? data.flatMap((item, i) => valuesAt(item, rest, [...at, i])) : [];
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  return valuesAt((data as Record<string, unknown>)[head!], rest, [...at, head!]);
}

/** Per place: the template values found there, over every kind's template. */
const PLACEHOLDERS: Map<number, Set<string>> = (() => {
  const out = new Map<number, Set<string>>();
  for (const data of Object.values(TEMPLATE_FRONTMATTER)) {
    PLACES.forEach((place, i) => {
      for (const { value } of valuesAt(data, place.path)) {
        if (typeof value === 'string' && value.trim()) out.set(i, (out.get(i) ?? new Set()).add(value.trim()));
      }
    });
  }
  return out;
})();

function bodyStart(draft: Draft): number {
  return draft.frontmatter ? draft.frontmatter.range.end.offset : 0;
}

export default defineRule({
  id: 'placeholder-text',
  summary: 'Mallens platshållare (namn, platser och datum) står kvar och ska ersättas.',
  summaryEn: "The template's placeholders (names, places and dates) are left and must be replaced.",
  severity: 'error',
  basis: 'ärendes mallar: platshållarna ska ersättas innan handlingen lämnas in; inget lagkrav',
  basisEn: "ärende's templates: the placeholders must be replaced before the paper is submitted; not a legal requirement",
  docs: {
    what: 'Hittar värden som står kvar från mallen i templates/ där mallen har ett namn, en plats eller ett datum som skribenten ska byta ut: avsändarens namn, parti, adress, e-post och telefon, kommunens namn, rubriken, datum, nämndens beslut och dess datum, bilagornas namn och beslutets mottagare. Felet visas vid platshållaren, i huvudet eller i texten. Vilka värden som räknas läses ur mallarna själva.',
    why: 'En mall som inte fyllts i är inte en färdig handling: en kallelse med "Förnamn Efternamn" som avsändare eller ett beslut daterat efter mallen går inte att skicka till nämnden.',
    bad: '---\ntyp: politikerinitiativ\nrubrik: Fler platser i boendestöd\ndatum: 2026-03-02\nmottagare: Socialnämnden\navsändare:\n  - namn: Förnamn Efternamn\n    parti: Partiets namn\n---',
    good: '---\ntyp: politikerinitiativ\nrubrik: Fler platser i boendestöd\ndatum: 2026-03-02\nmottagare: Socialnämnden\navsändare:\n  - namn: Kim Exempel\n    parti: Exempelpartiet\n---',
  },
  check(draft, report) {
    if (!draft.frontmatter) return;
    const seen = new Set<number>();
    PLACES.forEach((place, i) => {
      const values = PLACEHOLDERS.get(i);
      if (!values) return;
      for (const { value, path } of valuesAt(draft.metadata.raw, place.path)) {
        const text = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value.trim() : null;
        if (text === null || !values.has(text)) continue;
        const range = draft.rangeOf(path);
        if (!range || seen.has(range.start.offset)) continue;
        seen.add(range.start.offset);
        report({
          message: `'${text}' står kvar från mallen. Skriv ${place.what} här.`,
          messageEn: `'${text}' is left from the template. Write ${whatEn(place.path)} here.`,
          range,
        });
      }
      if (!place.inBody) return;
      // Names and places can be copied into the text too ("Förnamn Efternamn föreslår …").
      const start = bodyStart(draft);
      const body = draft.text.slice(start);
      for (const v of values) {
        for (let at = body.indexOf(v); at >= 0; at = body.indexOf(v, at + v.length)) {
          const range: Range = { start: draft.pointAt(start + at), end: draft.pointAt(start + at + v.length) };
          if (seen.has(range.start.offset)) continue;
          seen.add(range.start.offset);
          report({
            message: `'${v}' står kvar från mallen. Skriv ${place.what} här.`,
            messageEn: `'${v}' is left from the template. Write ${whatEn(place.path)} here.`,
            range,
          });
        }
      }
    });
  },
});
