import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyFixes, checkText, fixesFor, parseConfig, setSpeller, type Speller } from '../src/index.js';
import { loadNodeSpeller } from '../src/spelling/node-speller.js';
import { messagesOf, politikerinitiativ } from './helpers.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const body = (text: string) => politikerinitiativ({ body: `${text}\n\n## Vi föreslår därför att\n\n- att nämnden utreder saken.\n` });
const spellingOf = (text: string, config?: Parameters<typeof messagesOf>[2]) => messagesOf(text, 'spelling', config);

describe('spelling (Hunspell as WebAssembly, Swedish dictionary)', function () {
  this.timeout(120000);
  let speller: Speller;
  before(async () => {
    speller = await loadNodeSpeller({ suggestions: true });
  });
  beforeEach(() => setSpeller(speller));
  after(() => setSpeller(undefined));

  it('accepts compounds the way Hunspell does with the dictionary’s compound rules', () => {
    for (const w of [
      'socialnämndsbeslut',
      'hemtjänstinsatser',
      'sjukvårdshuvudmannen',
      'korttidsboende',
      'boendestödjare',
      'välfärdsteknik',
      'brukarinflytande',
    ]) {
      assert.ok(speller.correct(w), w);
    }
    assert.ok(!speller.correct('socialnämdsbeslut'));
  });

  it('every word of the examples and templates is accepted', () => {
    for (const dir of ['examples', 'templates']) {
      for (const f of readdirSync(path.join(root, dir)).filter((n) => n.endsWith('.md') && n !== 'README.md')) {
        assert.deepEqual(spellingOf(readFileSync(path.join(root, dir, f), 'utf8')), [], `${dir}/${f}`);
      }
    }
  });

  it('reports a misspelt word where it stands, with suggestions as quick fixes that --fix never applies', () => {
    const text = body('Socialnämden bör utöka boendestödet.');
    assert.deepEqual(
      spellingOf(text).map((m) => m.replace(/ Menade du .*\?/, ' Menade du …?')),
      [
        `13:1-13:13: 'Socialnämden' finns inte i ordlistan. Menade du …? Är ordet rätt stavat (ett namn eller en term), lägg till det i "ordlista" i arende.config.json.`,
      ],
    );
    const { diagnostics } = checkText(text);
    const d = diagnostics.find((x) => x.ruleId === 'spelling')!;
    assert.ok(d.expected?.includes('Socialnämnden'), String(d.expected));
    assert.equal(d.choose, true);
    assert.equal(d.actual, 'Socialnämden');
    assert.ok(fixesFor([d]).some((f) => f.newText === 'Socialnämnden' && f.title === "Ersätt med 'Socialnämnden'" && !f.preferred));
    assert.equal(applyFixes(text, diagnostics).text.includes('Socialnämden'), true, '--fix does not guess');
  });

  it('names in the header, kommuner, laws and the project word list are no misspellings', () => {
    const text = body('Kvarnbacken och Lillåsen ligger nära Ragunda och Övertorneå. Mellanbygden följer socialtjänstlagen.');
    const names = politikerinitiativ({
      frontmatter:
        'typ: politikerinitiativ\nrubrik: Prov\ndatum: 2026-03-02\nmottagare: Socialnämnden\navsändare:\n  - namn: Kvarnbacken\n    parti: Lillåsenpartiet\nlagrum:\n  - 10 kap. 1 § socialtjänstlagen (2025:400)',
      body: 'Kvarnbacken och Lillåsenpartiet ligger nära Ragunda.\n\n## Vi föreslår därför att\n\n- att nämnden utreder saken.\n',
    });
    assert.deepEqual(spellingOf(names), []);
    // Kvarnbacken and Mellanbygden are compounds the dictionary accepts; Lillåsen is not.
    assert.deepEqual(
      spellingOf(text).map((m) => m.slice(0, 30)),
      ["13:17-13:25: 'Lillåsen' finns "],
    );
    assert.deepEqual(spellingOf(text, parseConfig('{"ordlista": ["Kvarnbacken", "lillåsen", "Mellanbygden"]}')), []);
  });

  it('leaves numbers, capitals, addresses, quotations and citations alone', () => {
    const text = body('Se www.sjovik.se och SIP:s rutin från 2025, enligt 10 kap. 8 § SoL och "skrivit felstavat" i citatet.');
    assert.deepEqual(spellingOf(text), []);
  });

  it('says nothing until a speller is registered, and nothing when turned off', () => {
    const text = body('Socialnämden bör utöka boendestödet.');
    assert.equal(spellingOf(text, parseConfig('{"regler": {"spelling": "av"}}')).length, 0);
    setSpeller(undefined);
    assert.deepEqual(spellingOf(text), []);
  });
});
