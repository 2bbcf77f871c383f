import assert from 'node:assert/strict';
import { checkText } from '../src/index.js';
import { messagesOf, politikerinitiativ } from './helpers.js';

const body = (text: string) => politikerinitiativ({ body: `${text}\n\n## Vi föreslår därför att\n\n- att nämnden utreder saken.\n` });

describe('abbreviation-unexplained', () => {
  it('reports the first use of an unexplained abbreviation, once', () => {
    assert.deepEqual(messagesOf(body('Alla ska ha en SIP. Varje SIP följs upp. IVO granskar.'), 'abbreviation-unexplained'), [
      "13:16-13:19: Förkortningen 'SIP' förklaras inte. Skriv ut vad den står för första gången den används, med förkortningen inom parentes, t.ex. 'samordnad individuell plan (SIP)'.",
      "13:42-13:45: Förkortningen 'IVO' förklaras inte. Skriv ut vad den står för första gången den används, med förkortningen inom parentes, t.ex. 'samordnad individuell plan (SIP)'.",
    ]);
  });

  it('an explanation anywhere counts, before or after, in brackets or with "förkortat"', () => {
    for (const text of [
      'Alla ska ha en samordnad individuell plan (SIP). En SIP-plan följs upp.',
      'En SIP (samordnad individuell plan) görs med regionen.',
      'En SIP görs med regionen.\n\nPlanen, förkortat SIP, beskrivs i lagen.',
    ]) {
      assert.deepEqual(messagesOf(body(text), 'abbreviation-unexplained'), [], text);
    }
  });

  it('statute abbreviations the citation engine knows, common ones, numerals and diarienummer pass', () => {
    const text = 'Insatser enligt LSS och SoL, t.ex. boendestöd, bl.a. för 200 kr. Bidrag från EU. Se kapitel IV och ärende SN 2026/41.';
    assert.deepEqual(messagesOf(body(text), 'abbreviation-unexplained'), []);
  });

  it('dotted abbreviations better written out get the words as a fix', () => {
    const { diagnostics } = checkText(body('Mötet ställdes in p.g.a. sjukdom och gäller fr.o.m. i dag.'));
    const found = diagnostics.filter((d) => d.ruleId === 'abbreviation-unexplained');
    assert.deepEqual(
      found.map((d) => [d.actual, d.expected]),
      [
        ['p.g.a.', ['på grund av']],
        ['fr.o.m.', ['från och med']],
      ],
    );
  });

  it('leaves headings, tables and block quotes alone', () => {
    const text = '### Om IVO\n\n| KPI | Värde |\n|---|---|\n| 1 | 2 |\n\n> Enligt HVB-reglerna ska det finnas plats.';
    assert.deepEqual(messagesOf(body(text), 'abbreviation-unexplained'), []);
  });
});
