import { TEMPLATE_FRONTMATTER } from '../templates.generated.js';
import { kindByName } from '../kinds/index.js';
import type { Problem } from '../diagnostic.js';
import type { Draft, Range } from '../model/types.js';
import { guidanceLeft } from '../template-guidance.js';
import { defineRule } from './rule.js';

/**
 * A template left unfilled is not a finished draft. The placeholders are read from the templates
 * themselves (templates/*.md; their frontmatter parsed at build time, TEMPLATE_FRONTMATTER), at the places of the frontmatter where a template
 * holds a name, a place or a date that the writer must replace: so a template's text is never repeated here.
 * Diarienummer are left out: the templates' "SN 2026/1" is also a real number a registrar may give.
 * The body's guidance (instructions, explanations, placeholder att-satser) is the templates' text too,
 * sentence by sentence (TEMPLATE_GUIDANCE, see template-guidance.ts).
 */
/**
 * `inBody`: a name, place or contact detail that may be copied into the text or into another header
 * value, with what to write instead when it is found there (`other`, said without the place's key).
 */
const PLACES: { path: (string | '*')[]; what: string; inBody: boolean; other?: { sv: string; en: string } }[] = [
  { path: ['rubrik'], what: 'ärendets rubrik', inBody: false },
  { path: ['datum'], what: 'handlingens datum', inBody: false },
  { path: ['kommun'], what: 'kommunens namn', inBody: true, other: { sv: 'kommunens namn', en: "the municipality's name" } },
  { path: ['uppdrag', 'beslut'], what: 'nämndens beslut (protokoll och paragraf)', inBody: false },
  { path: ['uppdrag', 'datum'], what: 'datumet för nämndens beslut', inBody: false },
  { path: ['avsändare', '*', 'namn'], what: 'avsändarens namn', inBody: true, other: { sv: 'personens namn', en: "the person's name" } },
  { path: ['avsändare', '*', 'parti'], what: 'avsändarens parti', inBody: true, other: { sv: 'partiets namn', en: "the party's name" } },
  { path: ['avsändare', '*', 'adress'], what: 'avsändarens adress', inBody: true, other: { sv: 'den riktiga adressen', en: 'the real address' } },
  {
    path: ['avsändare', '*', 'e-post'],
    what: 'avsändarens e-postadress',
    inBody: true,
    other: { sv: 'den riktiga e-postadressen', en: 'the real e-mail address' },
  },
  {
    path: ['avsändare', '*', 'telefon'],
    what: 'avsändarens telefonnummer',
    inBody: true,
    other: { sv: 'det riktiga telefonnumret', en: 'the real telephone number' },
  },
  { path: ['bilagor', '*'], what: 'bilagans namn', inBody: true, other: { sv: 'bilagans namn', en: "the attachment's name" } },
  { path: ['beslutet_skickas_till', '*'], what: 'mottagaren av beslutet', inBody: true, other: { sv: 'mottagarens namn', en: "the recipient's name" } },
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

/** Every string in the header with its path (a name inside another value: "Nämndens ordförande Förnamn Efternamn"). */
function stringsIn(data: unknown, at: (string | number)[] = []): { value: string; path: (string | number)[] }[] {
  if (typeof data === 'string') return [{ value: data, path: at }];
  if (Array.isArray(data)) return data.flatMap((item, i) => stringsIn(item, [...at, i]));
  if (data === null || typeof data !== 'object' || data instanceof Date) return [];
  return Object.entries(data as Record<string, unknown>).flatMap(([key, value]) => stringsIn(value, [...at, key]));
}

/**
 * Placeholders that may sit inside another header value: the names, places and contact details a
 * template holds (the interpellation's `mottagare` is "Nämndens ordförande Förnamn Efternamn"), and the
 * instruction of a template's rubrik after its dash ("Interpellation om – skriv ämnet på en rad": the
 * writer keeps the start and replaces the instruction), each with what to write instead.
 */
const EMBEDDED: { text: string; sv: string; en: string }[] = (() => {
  const out = new Map<string, { sv: string; en: string }>();
  PLACES.forEach((place, i) => {
    if (!place.other) return;
    for (const v of PLACEHOLDERS.get(i) ?? []) if (!out.has(v)) out.set(v, place.other);
  });
  for (const data of Object.values(TEMPLATE_FRONTMATTER)) {
    const rubrik = valuesAt(data, ['rubrik'])[0]?.value;
    const tail = typeof rubrik === 'string' ? / – (.+)$/.exec(rubrik)?.[1]?.trim() : undefined;
    if (tail) out.set(tail, { sv: 'ärendets ämne', en: 'the subject of the matter' });
  }
  return [...out].map(([text, what]) => ({ text, ...what }));
})();

/** A sentence short enough to quote in a message. */
function quoted(sentence: string): string {
  if (sentence.length <= 70) return sentence;
  const cut = sentence.lastIndexOf(' ', 60);
  return `${sentence.slice(0, cut > 30 ? cut : 60)} …`;
}

export default defineRule({
  id: 'placeholder-text',
  summary: 'Mallens platshållare och hjälptext (namn, platser, datum och instruktioner) står kvar och ska ersättas.',
  summaryEn: "The template's placeholders and guidance (names, places, dates and instructions) are left and must be replaced.",
  severity: 'error',
  basis: 'ärendes mallar: platshållarna och hjälptexten ska ersättas innan handlingen lämnas in; inget lagkrav',
  basisEn: "ärende's templates: the placeholders and the guidance must be replaced before the paper is submitted; not a legal requirement",
  docs: {
    what: 'Hittar värden som står kvar från mallen i templates/ där mallen har ett namn, en plats eller ett datum som skribenten ska byta ut: avsändarens namn, parti, adress, e-post och telefon, kommunens namn, rubriken, datum, nämndens beslut och dess datum, bilagornas namn och beslutets mottagare, också inuti ett annat värde (mottagaren "Nämndens ordförande Förnamn Efternamn"). Hittar också mallens hjälptext i brödtexten: instruktionerna ("Beskriv kort vad initiativet gäller …"), förklaringarna och exempel-att-satserna, mening för mening, hur raderna än är brutna. Felet visas vid platshållaren eller hjälptexten. Vad som räknas läses ur mallarna själva; en mening som mallens exempel i examples/ behåller ordagrant ("Redovisningen godkänns.") är en formulering att använda, inte hjälptext.',
    why: 'En mall som inte fyllts i är inte en färdig handling: en kallelse med "Förnamn Efternamn" som avsändare, ett beslut daterat efter mallen eller ett initiativ som fortfarande säger "Beskriv kort vad initiativet gäller" går inte att skicka till nämnden.',
    bad: '---\ntyp: politikerinitiativ\nrubrik: Fler platser i boendestöd\ndatum: 2026-03-02\nmottagare: Socialnämnden\navsändare:\n  - namn: Förnamn Efternamn\n    parti: Partiets namn\n---\n\n## Bakgrund\n\nBeskriv kort vad initiativet gäller och varför det behövs nu.',
    good: '---\ntyp: politikerinitiativ\nrubrik: Fler platser i boendestöd\ndatum: 2026-03-02\nmottagare: Socialnämnden\navsändare:\n  - namn: Kim Exempel\n    parti: Exempelpartiet\n---\n\n## Bakgrund\n\nVäntetiden till boendestöd är i dag fyra månader.',
  },
  check(draft, report) {
    const seen = new Set<number>();
    const reportedPaths = new Set<string>();
    if (draft.frontmatter) checkHeader(draft, report, seen, reportedPaths);
    // A meeting file's body is a note to the secretary, printed nowhere.
    if (kindByName(draft.kind)?.workflow.role === 'möte') return;
    const start = bodyStart(draft);
    const body = draft.text.slice(start);
    // Guidance kept in an HTML comment is a note the writer keeps for themselves: it is never printed.
    const comments = [...body.matchAll(/<!--[\s\S]*?(?:-->|$)/g)].map((m) => [m.index, m.index + m[0].length] as const);
    for (const span of guidanceLeft(body)) {
      if (seen.has(start + span.start) || comments.some(([from, to]) => span.start >= from && span.end <= to)) continue;
      const range: Range = { start: draft.pointAt(start + span.start), end: draft.pointAt(start + span.end) };
      report({
        message: `'${quoted(span.sentence)}' står kvar från mallens hjälptext. Ersätt den med din egen text eller ta bort den.`,
        messageEn: `'${quoted(span.sentence)}' is left from the template's guidance. Replace it with your own text or delete it.`,
        range,
      });
    }
  },
});

function checkHeader(draft: Draft, report: (problem: Problem) => void, seen: Set<number>, reportedPaths: Set<string>): void {
  PLACES.forEach((place, i) => {
    const values = PLACEHOLDERS.get(i);
    if (!values) return;
    for (const { value, path } of valuesAt(draft.metadata.raw, place.path)) {
      const text = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value.trim() : null;
      if (text === null || !values.has(text)) continue;
      const range = draft.rangeOf(path);
      if (!range || seen.has(range.start.offset)) continue;
      seen.add(range.start.offset);
      reportedPaths.add(path.join('\u0000'));
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
  // A placeholder inside another header value, at the placeholder when the value is written plainly.
  for (const { value, path } of stringsIn(draft.metadata.raw)) {
    if (path.length === 0 || reportedPaths.has(path.join('\u0000'))) continue;
    const key = path.filter((p) => typeof p === 'string').join('.');
    for (const embedded of EMBEDDED) {
      if (!value.includes(embedded.text)) continue;
      const whole = draft.rangeOf(path);
      if (!whole) continue;
      const at = draft.text.slice(whole.start.offset, whole.end.offset).indexOf(embedded.text);
      const range: Range =
        at >= 0 ? { start: draft.pointAt(whole.start.offset + at), end: draft.pointAt(whole.start.offset + at + embedded.text.length) } : whole;
      if (seen.has(range.start.offset)) continue;
      seen.add(range.start.offset);
      report({
        message: `'${embedded.text}' i '${key}' står kvar från mallen. Skriv ${embedded.sv} här.`,
        messageEn: `'${embedded.text}' in '${key}' is left from the template. Write ${embedded.en} here.`,
        range,
      });
    }
  }
}
