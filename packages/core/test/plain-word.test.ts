import assert from 'node:assert/strict';
import { applyFixes, checkText } from '../src/index.js';
import { FORMAT_TERMS, PLAIN_WORDS } from '../src/klarsprak/plain-words.js';
import { messagesOf, politikerinitiativ } from './helpers.js';

const body = (text: string) => politikerinitiativ({ body: `${text}\n\n## Vi föreslår därför att\n\n- att nämnden utreder saken.\n` });

describe('plain-word', () => {
  it('finds stiff words in prose, with the plain word as the fix', () => {
    const text = body('Den som inkommer med en ansökan skall erhålla svar. Beslutet föreligger.');
    assert.deepEqual(messagesOf(text, 'plain-word'), [
      "13:9-13:21: Skriv 'skickar in' i stället för 'inkommer med': det enklare ordet är lättare att läsa.",
      "13:33-13:38: Skriv 'ska' i stället för 'skall': det enklare ordet är lättare att läsa.",
      "13:39-13:46: Skriv 'få' i stället för 'erhålla': det enklare ordet är lättare att läsa.",
      "13:62-13:72: Skriv 'finns' i stället för 'föreligger': det enklare ordet är lättare att läsa.",
    ]);
    const { diagnostics } = checkText(text);
    const fixed = applyFixes(
      text,
      diagnostics.filter((d) => d.ruleId === 'plain-word'),
    ).text;
    assert.match(fixed, /Den som skickar in en ansökan ska få svar\. Beslutet finns\./);
  });

  it('keeps a capital at the start of a sentence', () => {
    const { diagnostics } = checkText(body('Samtliga ledamöter var närvarande.'));
    const d = diagnostics.find((x) => x.ruleId === 'plain-word')!;
    assert.deepEqual(d.expected, ['Alla']);
  });

  it('leaves quotations, block quotes, citations, names and headings alone', () => {
    const text = body(
      [
        'I lagen står att nämnden "skall verka för" detta och att ”den enskilde skall erhålla” stöd.',
        '',
        '> Socialnämnden skall sörja för att den enskilde erhåller det stöd som behövs.',
        '',
        '### Beträffande Ej-gruppen',
        '',
        'Vi träffade Ej Ansson och Samtliga Bygg AB.',
      ].join('\n'),
    );
    assert.deepEqual(messagesOf(text, 'plain-word'), []);
  });

  it('never lists a term of the format, and every entry has a plain word', () => {
    for (const w of PLAIN_WORDS) {
      assert.ok(!FORMAT_TERMS.includes(w.stiff), w.stiff);
      assert.notEqual(w.plain, w.stiff);
    }
    assert.deepEqual(messagesOf(body('Lagrum, att-sats och besvär över beslutet är ord i formatet.'), 'plain-word'), []);
  });
});
