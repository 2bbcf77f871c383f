import assert from 'node:assert/strict';
import { countBlocks, draftReadability, lix, ovix, parseConfig, parseDraft, proseSentences, proseWords, readabilitySummary } from '../src/index.js';
import { messagesOf } from './helpers.js';

/*
 * The expected counts below were made by hand, not by the code: each text was written out one word a
 * line, words over six letters marked, and the sentence ends found by looking for ". ! ? :" followed by a
 * space or the end. The LIX and OVIX values are then the formulas applied to those hand counts.
 */
describe('LIX and OVIX on hand-counted texts', () => {
  it('text A: 7 words, 3 sentences, 4 long words, every word different', () => {
    // Nämnden(7, long) beslutade(9, long) i dag. | Förslaget(9, long) avslogs(7, long)! | Varför(6)?
    const c = countBlocks(['Nämnden beslutade i dag. Förslaget avslogs! Varför?']);
    assert.deepEqual(c, { words: 7, sentences: 3, longWords: 4, types: 7 });
    assert.equal(lix(c), 7 / 3 + (100 * 4) / 7);
    assert.equal(ovix(c), null, 'every word differs: log(2 − 1) = 0, OVIX undefined');
  });

  it('text B: abbreviations, a colon, numbers and lone signs', () => {
    // Sentences: "Vi vill t.ex." (3) | "ha fler bänkar:" (3) | "en vid torget och en vid skolan." (7) |
    // "Bänkarna kostar 12 000 kr – se 3 § nedan." (8: "–" and "§" are no words). Long: Bänkarna (8).
    // "t.ex" has three letters. Types: 21 words, "en" and "vid" twice: 19.
    const text = 'Vi vill t.ex. ha fler bänkar: en vid torget och en vid skolan. Bänkarna kostar 12 000 kr – se 3 § nedan.';
    const c = countBlocks([text]);
    assert.deepEqual(c, { words: 21, sentences: 4, longWords: 1, types: 19 });
    assert.equal(lix(c), 21 / 4 + 100 / 21);
    assert.equal(ovix(c), Math.log(21) / Math.log(2 - Math.log(19) / Math.log(21)));
    assert.deepEqual(
      proseSentences(text).map((s) => s.words.length),
      [3, 3, 7, 8],
    );
  });

  it('a full stop not followed by white space ends no sentence; the end of a block does', () => {
    // "kl.10" and "3.5" hold a full stop inside the word; the block has no end mark: one sentence.
    const c = countBlocks(['Mötet börjar kl.10 och tar 3.5 timmar', 'Sedan lunch']);
    assert.deepEqual(c, { words: 9, sentences: 2, longWords: 0, types: 9 });
    assert.equal(lix(c), 9 / 2);
  });

  it('punctuation is not a word and is not counted in a word', () => {
    assert.deepEqual(
      proseWords('”Ja,” sa hon – (igen) … §§ 2025:400').map((w) => w.text),
      ['Ja', 'sa', 'hon', 'igen', '2025:400'],
    );
    // "att-sats" has seven letters and a hyphen: seven letters is long. "(omsorg)" has six.
    assert.equal(countBlocks(['att-sats (omsorg)']).longWords, 1);
  });

  it('a text without words has no LIX', () => {
    assert.equal(lix(countBlocks(['– § …'])), null);
  });
});

const DRAFT = `---
typ: politikerinitiativ
rubrik: Prov
mottagare: Socialnämnden
---

## Bakgrund

Kön växer. Vi behöver fler platser enligt 10 kap. 8 § socialtjänstlagen (2025:400) i år.

> Ett citat ur lagen räknas inte. Det är inte vår text.

| År | Antal platser |
|---|---|
| 2025 | 12 |

- Kim Andersson
- Eva Berg

## Vi föreslår därför att

- att nämnden utreder behovet.
`;

describe('readability of a draft, section by section', () => {
  it('counts the prose only: no headings, quotes, tables, lists of names or citations', () => {
    const r = draftReadability(parseDraft(DRAFT));
    const [bakgrund, forslag] = r.sections;
    // "Kön växer." (2) | "Vi behöver fler platser enligt i år." (7; the citation is left out, so "kap." ends
    // nothing). Long: behöver, platser ("enligt" has six letters).
    assert.equal(bakgrund!.heading, 'Bakgrund');
    assert.equal(bakgrund!.line, 7);
    assert.deepEqual(bakgrund!.counts, { words: 9, sentences: 2, longWords: 2, types: 9 });
    assert.equal(bakgrund!.lix, 9 / 2 + (100 * 2) / 9);
    // "att nämnden utreder behovet." An att-sats is prose. Long: nämnden, utreder, behovet.
    assert.deepEqual(forslag!.counts, { words: 4, sentences: 1, longWords: 3, types: 4 });
    assert.deepEqual(r.total.counts, { words: 13, sentences: 3, longWords: 5, types: 13 });
  });

  it('says it in plain words, naming the sections over the target', () => {
    const easy = draftReadability(parseDraft(DRAFT));
    assert.equal(readabilitySummary(easy, 55).sv, 'Texten går bra att läsa (LIX 43, medelsvår).');
    const long = Array.from({ length: 12 }, () => 'Förvaltningens handläggningsrutiner beträffande individärenden behöver vidareutvecklas.').join(' ');
    const hard = draftReadability(parseDraft(DRAFT.replace('Kön växer.', long)));
    assert.match(readabilitySummary(hard, 55).sv, /^Texten är svår att läsa \(LIX \d+, mycket svår\): korta meningarna i avsnittet Bakgrund\.$/);
  });
});

describe('rules sentence-long and readability-lix', () => {
  const sentence = (n: number) => `${Array.from({ length: n }, (_, i) => `ord${i + 1}`).join(' ')}.`;
  const body = (text: string) => DRAFT.replace('Kön växer.', text);

  it('sentence-long marks the whole sentence over 35 words, not one of 35', () => {
    assert.deepEqual(messagesOf(body(sentence(35)), 'sentence-long'), []);
    const s36 = sentence(36);
    assert.deepEqual(messagesOf(body(s36), 'sentence-long'), [
      `9:1-9:${s36.length + 1}: Meningen har 36 ord (gränsen är 35). Dela den i två eller fler meningar med en tanke i varje.`,
    ]);
  });

  it('the limit comes from arende.config.json', () => {
    const config = parseConfig('{"läsbarhet": {"meningslängd": 5}}');
    assert.deepEqual(messagesOf(body('Ett två tre fyra fem sex. Ett två.'), 'sentence-long', config), [
      '9:1-9:26: Meningen har 6 ord (gränsen är 5). Dela den i två eller fler meningar med en tanke i varje.',
      // "Vi behöver fler platser enligt … i år." has seven words (the citation is no words) and is marked whole.
      '9:36-9:113: Meningen har 7 ord (gränsen är 5). Dela den i två eller fler meningar med en tanke i varje.',
    ]);
  });

  it('readability-lix reports a long hard section at its heading, by the target of its kind', () => {
    const hard = Array.from({ length: 10 }, () => 'Förvaltningens handläggningsrutiner beträffande individärenden behöver vidareutvecklas.').join(' ');
    const [m] = messagesOf(body(hard), 'readability-lix');
    assert.match(m!, /^7:1-7:12: Avsnittet 'Bakgrund' har LIX \d+,\d \(mycket svår text\); målet för typen politikerinitiativ är högst 55\./);
    // Below 50 words nothing is said; with a lower target an easy text is reported.
    assert.deepEqual(messagesOf(DRAFT, 'readability-lix', parseConfig('{"läsbarhet": {"lix": 10}}')), []);
    const easy = Array.from({ length: 12 }, () => 'Vi vill ha fler platser i år.').join(' ');
    assert.equal(messagesOf(body(easy), 'readability-lix', parseConfig('{"läsbarhet": {"lix": {"politikerinitiativ": 20}}}')).length, 1);
    assert.equal(messagesOf(body(easy), 'readability-lix', parseConfig('{"läsbarhet": {"lix": {"medborgarförslag": 20}}}')).length, 0);
  });

  it('a bad läsbarhet or ordlista in the config is a clear error', () => {
    assert.throws(() => parseConfig('{"läsbarhet": {"lix": {"medborgarforslag": 40}}}'), /"läsbarhet" har "lix" för 'medborgarforslag', som inte är någon typ/);
    assert.throws(() => parseConfig('{"läsbarhet": {"meningslängd": "kort"}}'), /"meningslängd" som inte är ett heltal/);
    assert.throws(() => parseConfig('{"ordlista": "Sjövik"}'), /"ordlista" ska vara en lista med ord/);
  });
});
