import { allLaws } from '@arende/lagrum';
import { kommunNames } from '../kommuner/index.js';
import type { ArendeConfig } from '../config.js';
import { words as proseWords, type Word } from '../klarsprak/lix.js';
import { blockRange, draftProse, withoutQuotations, type ProseBlock } from '../klarsprak/prose.js';
import type { Draft, Range } from '../model/types.js';
import { currentSpeller, type Speller } from '../spelling/speller.js';
import { SPRAKLAGEN } from './readability-lix.js';
import { defineRule } from './rule.js';

// toLowerCase, not the 'sv' locale: the same for Swedish letters, and far cheaper once per word.
const lower = (w: string) => w.toLowerCase();

/**
 * Words of ärende's own format that the dictionary lacks: a draft about meetings may well say "mötesfilen".
 * (The project's own words belong in "ordlista" in arende.config.json.)
 */
const FORMAT_WORDS = ['mötesfil', 'mötesfilen', 'mötesfiler', 'mötesfilerna', 'mötesfilens', 'frontmatter', 'frontmattern'];

/** Words of kommun, region and law names: never misspellings (built on first use, kept). */
let knownNames: Set<string> | undefined;

function namesOf(texts: Iterable<string>, into: Set<string>): Set<string> {
  for (const t of texts) for (const w of t.split(/[^\p{L}\p{N}-]+/u)) if (w) into.add(lower(w));
  return into;
}

/** The draft's own names: senders, mottagare, kommun, förvaltning (words of the header, lower case). */
function headerNames(draft: Draft): Set<string> {
  const m = draft.metadata;
  const texts: string[] = [];
  for (const p of draft.senders) texts.push(p.namn, p.parti ?? '', p.roll ?? '');
  for (const v of [m.mottagare, m.kommun, m.förvaltning]) if (v) texts.push(v);
  for (const v of Object.values(m.raw)) if (typeof v === 'string' && v.length < 200) texts.push(v);
  return namesOf(texts, new Set());
}

/** A token that is no word to spell: numbers, abbreviations in capitals, addresses, "SIP:s". */
function skipToken(w: string): boolean {
  return /[\p{N}/@:_.]/u.test(w) || w.length < 2 || (w === w.toUpperCase() && w !== lower(w)) || /^www|^https?/i.test(w);
}

/** Words never called misspelt (lower case). */
interface Allowed {
  has(word: string): boolean;
}

function isCorrect(speller: Speller, word: string, allowed: Allowed): boolean {
  if (allowed.has(lower(word))) return true;
  if (speller.correct(word)) return true;
  // "Socialnämnden" at the start of a sentence is the word "socialnämnden".
  if (word[0] !== lower(word[0]!) && speller.correct(lower(word))) return true;
  // Hyphenated: every part a word ("SIP-mötet", "hälso- och"): parts in capitals are abbreviations.
  // Every part is asked, not only up to the first wrong one: so that spellingQueries, asking with a speller
  // that accepts nothing, sees every question the rule can ask.
  if (word.includes('-'))
    return word
      .split('-')
      .map((p) => p === '' || skipToken(p) || isCorrect(speller, p, allowed))
      .every(Boolean);
  return false;
}

/** A word of the draft's prose that is neither skipped nor a name: what the speller is asked about. */
interface Candidate {
  block: ProseBlock;
  w: Word;
  /** Whether a hyphen follows the word in the text ("hälso- och sjukvård"). */
  hyphenAfter: boolean;
}

/**
 * The words the rule spells in a draft, and the names it allows, cached per draft and config: the CLI
 * walks a draft twice (spellingQueries for the speller thread, then the rule), and the editor asks again
 * when the speller has loaded. Tokenizing the prose is most of the rule's cost.
 */
const candidateCache = new WeakMap<Draft, { config: ArendeConfig | undefined; allowed: Allowed; list: Candidate[] }>();

function candidatesOf(draft: Draft, config: ArendeConfig | undefined): { allowed: Allowed; list: Candidate[] } {
  const cached = candidateCache.get(draft);
  if (cached && cached.config === config) return cached;
  knownNames ??= namesOf(
    [...FORMAT_WORDS, ...kommunNames(), ...allLaws().flatMap((l) => [l.namn, l.kortnamn ?? '', ...l.names, ...l.abbreviations])],
    new Set(),
  );
  const names = knownNames;
  const own = headerNames(draft);
  for (const w of config?.ordlista ?? []) own.add(lower(w));
  // Looked up in both sets rather than copying the thousands of kommun and law names into each draft's.
  const allowed: Allowed = { has: (w) => own.has(w) || names.has(w) };
  const list: Candidate[] = [];
  for (const { blocks } of draftProse(draft)) {
    for (const block of blocks) {
      const text = withoutQuotations(block.text);
      for (const w of proseWords(text)) {
        const folded = foldedUnlessSkipped(w.text, names);
        if (folded === null || own.has(folded)) continue;
        list.push({ block, w, hyphenAfter: text[w.end] === '-' });
      }
    }
  }
  const entry = { config, allowed, list };
  candidateCache.set(draft, entry);
  return entry;
}

/**
 * A token's lower case, or null when it is no word to spell or a kommun's or law's name; by token, across
 * drafts (a folder of drafts repeats its words, and these tests are most of the rule's cost per word).
 */
const foldedTokens = new Map<string, string | null>();
function foldedUnlessSkipped(token: string, names: ReadonlySet<string>): string | null {
  let folded = foldedTokens.get(token);
  if (folded === undefined) {
    folded = skipToken(token) ? null : lower(token);
    if (folded !== null && names.has(folded)) folded = null;
    if (foldedTokens.size >= 100_000) foldedTokens.clear();
    foldedTokens.set(token, folded);
  }
  return folded;
}

/** The words of the draft's prose that `speller` does not accept, in order, with their block. */
function* misspelt(
  draft: Draft,
  config: ArendeConfig | undefined,
  speller: Speller,
): Generator<{ block: ProseBlock; w: Word; exact: (range: Range) => boolean }> {
  const { allowed, list } = candidatesOf(draft, config);
  // A word's verdict once per walk: it depends on the word, the speller and the names only, and a draft
  // repeats its words (asking a speller that records the questions once per word asks the same questions).
  const verdicts = new Map<string, boolean>();
  const correct = (word: string) => {
    let ok = verdicts.get(word);
    if (ok === undefined) {
      ok = isCorrect(speller, word, allowed);
      verdicts.set(word, ok);
    }
    return ok;
  };
  for (const { block, w, hyphenAfter } of list) {
    if (correct(w.text)) continue;
    // "hälso- och sjukvård": the first part is written with its hyphen, which the dictionary knows.
    if (hyphenAfter && correct(`${w.text}-`)) continue;
    yield { block, w, exact: (range) => draft.text.slice(range.start.offset, range.end.offset) === w.text };
  }
}

/**
 * Every word the rule may ask a speller about in this draft (the CLI sends them to Hunspell on another
 * thread, then runs the rule on the answers). Asked with a speller that accepts nothing, the rule's own
 * walk asks every form it could ever ask: the word, its lower case, the parts of a hyphenated word.
 */
export function spellingQueries(draft: Draft, config: ArendeConfig | undefined, into: Set<string>): void {
  const recorder: Speller = {
    correct(word) {
      into.add(word);
      return false;
    },
    suggest: () => [],
  };
  for (const _ of misspelt(draft, config, recorder)) {
    // Only the questions are wanted.
  }
}

export default defineRule({
  id: 'spelling',
  summary: 'Ett ord som inte finns i den svenska ordlistan (Hunspell) eller i projektets ordlista.',
  summaryEn: 'A word that is neither in the Swedish dictionary (Hunspell) nor in the project word list.',
  severity: 'info',
  lagrum: SPRAKLAGEN,
  docs: {
    what: 'Stavningskontroll av löptexten med Hunspell och den svenska ordlistan (LGPL, en egen utbytbar fil), som klarar sammansättningar ("socialnämndsbeslut"). Godtas utan att stå i ordlistan: namnen i huvudet (avsändare, mottagare, kommun, förvaltning), kommunernas och regionernas namn, lagarnas namn, och orden i "ordlista" i arende.config.json. Ord med siffror, förkortningar med versaler, webbadresser, citat, rubriker och lagrumshänvisningar kontrolleras inte. Förslagen till rättning visas som snabbrättningar i VS Code; där finns också "Lägg till i ordlistan". Stäng av regeln med "spelling": "av" under "regler". Ordlistan laddas på en egen tråd medan de andra reglerna körs (CLI; med --fix innan kontrollen börjar) eller i bakgrunden (VS Code, webbsidan); tills den är laddad rapporterar regeln ingenting i VS Code och på webbsidan.',
    why: 'Ett felstavat ord i en handling som publiceras ger ett slarvigt intryck och kan ändra betydelsen. Kommunala ord är ofta långa sammansättningar, som en vanlig stavningskontroll utan sammansättningsregler kallar felstavade.',
    bad: `---
typ: politikerinitiativ
rubrik: Boendestöd
mottagare: Socialnämnden
---

Socialnämden bör utöka boendestödet.
`,
    good: `---
typ: politikerinitiativ
rubrik: Boendestöd
mottagare: Socialnämnden
---

Socialnämnden bör utöka boendestödet efter socialnämndsbeslutet.
`,
  },
  check(draft, report, context) {
    const speller = currentSpeller();
    if (!speller) return;
    const reported = new Set<string>();
    for (const { block, w, exact } of misspelt(draft, context.config, speller)) {
      const range = blockRange(draft, block, w.start, w.end);
      // Suggestions once per word and draft: the first place gets them, later ones are named only.
      const suggestions = reported.has(w.text) ? [] : speller.suggest(w.text);
      reported.add(w.text);
      const hint = suggestions.length ? ` Menade du ${suggestions.map((s) => `'${s}'`).join(' eller ')}?` : '';
      const hintEn = suggestions.length ? ` Did you mean ${suggestions.map((s) => `'${s}'`).join(' or ')}?` : '';
      report({
        message: `'${w.text}' finns inte i ordlistan.${hint} Är ordet rätt stavat (ett namn eller en term), lägg till det i "ordlista" i arende.config.json.`,
        messageEn: `'${w.text}' is not in the dictionary.${hintEn} If the word is spelt right (a name or a term), add it to "ordlista" in arende.config.json.`,
        range,
        // A speller's guesses: for the writer to choose between, never applied by --fix.
        ...(exact(range) && suggestions.length ? { actual: w.text, expected: suggestions, choose: true } : {}),
      });
    }
  },
});
