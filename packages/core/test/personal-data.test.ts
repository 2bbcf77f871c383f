import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkText } from '../src/index.js';
import { findIdentityNumbers, luhnValid } from '../src/personal-data.js';
import { VALID_MEDBORGARFORSLAG, politikerinitiativ } from './helpers.js';

const found = (text: string) => findIdentityNumbers(text).map((n) => [n.text, n.kind]);

describe('personnummer and samordningsnummer in text', () => {
  it('finds the forms docs/DOMAIN.md lists, with a valid check digit', () => {
    assert.deepEqual(found('Sökande 811218-9876 har'), [['811218-9876', 'personnummer']]);
    assert.deepEqual(found('pnr 198112189876.'), [['198112189876', 'personnummer']]);
    assert.deepEqual(found('pnr 19811218-9876, och'), [['19811218-9876', 'personnummer']]);
    assert.deepEqual(found('född 1912: 121212+1212'), [['121212+1212', 'personnummer']]);
    assert.deepEqual(found('snr 811278-9873'), [['811278-9873', 'samordningsnummer']]);
  });

  it('leaves alone what is not a personnummer', () => {
    assert.deepEqual(found('811218-9875'), [], 'wrong check digit');
    assert.deepEqual(found('212000-0142 är kommunens organisationsnummer'), [], 'organisationsnummer: month 20');
    assert.deepEqual(found('Ring 0701234567 eller 08-123 456 78'), [], 'telephone numbers');
    assert.deepEqual(found('Dnr 2018/29-700 SN, KS § 58, 2026-04-15'), [], 'diarienummer, minute references, dates');
    assert.deepEqual(found('811232-9876 och 811318-9876'), [], 'impossible day and month');
    assert.deepEqual(found('12345811218-98761'), [], 'inside a longer number');
  });

  it('luhnValid is the mod-10 check of the ten-digit form', () => {
    assert.equal(luhnValid('8112189876'), true);
    assert.equal(luhnValid('8112189875'), false);
  });

  it('finds every valid ten-digit number written with a separator, wherever it stands in a sentence', () => {
    // Generated: a date, three digits, and the check digit that makes it valid.
    const valid = fc
      .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 999 }))
      .map(([y, m, d, n]) => {
        const nine = `${String(y).padStart(2, '0')}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(n).padStart(3, '0')}`;
        const check = [...Array(10).keys()].find((c) => luhnValid(nine + c))!;
        return `${nine.slice(0, 6)}-${nine.slice(6)}${check}`;
      });
    fc.assert(
      fc.property(valid, fc.constantFrom('', 'Nr ', '(', 'pnr: '), fc.constantFrom('', '.', ')', ', och'), (pnr, before, after) => {
        assert.deepEqual(
          found(before + pnr + after).map(([t]) => t),
          [pnr],
        );
      }),
    );
  });
});

describe('rule personal-data', () => {
  it('is an error with an exact range, in the body and in the frontmatter alike', () => {
    const text = politikerinitiativ({ body: 'Brukaren 811218-9876 fick avslag.\n\n## Förslag\n\n- att pröva\n' });
    const d = checkText(text).diagnostics.filter((x) => x.ruleId === 'personal-data');
    assert.equal(d.length, 1);
    assert.equal(d[0]!.severity, 'error');
    assert.equal(text.slice(d[0]!.range.start.offset, d[0]!.range.end.offset), '811218-9876');
    assert.match(d[0]!.message, /personnummer \(811218-XXXX\)/);
    assert.doesNotMatch(d[0]!.message, /9876/, 'the message does not repeat the number (it ends up in logs)');
    assert.equal(d[0]!.lagrum?.sfs, '2018:218');
    const inRubrik = politikerinitiativ({
      frontmatter:
        'typ: politikerinitiativ\nrubrik: Ärende om 811218-9876\ndatum: 2026-03-02\nmottagare: SN\navsändare:\n  - namn: Kim\n    parti: X\nlagrum:\n  - 4 kap. 20 § KL',
    });
    assert.ok(checkText(inRubrik).diagnostics.some((x) => x.ruleId === 'personal-data'));
  });

  it("warns about a medborgarförslag's contact details in its text, not in its frontmatter", () => {
    const clean = checkText(VALID_MEDBORGARFORSLAG).diagnostics.filter((x) => x.ruleId === 'personal-data');
    assert.deepEqual(clean, [], 'contact details in the frontmatter are where they belong');
    const text = `${VALID_MEDBORGARFORSLAG}\nSkriv till anna.exempel@example.se eller ring 070-123 45 67.\n`;
    const d = checkText(text).diagnostics.filter((x) => x.ruleId === 'personal-data');
    assert.deepEqual(
      d.map((x) => [x.severity, text.slice(x.range.start.offset, x.range.end.offset)]),
      [
        ['warning', 'anna.exempel@example.se'],
        ['warning', '070-123 45 67'],
      ],
    );
  });

  it('leaves contact details in other kinds alone (a handläggare gives a work address)', () => {
    const text = politikerinitiativ({ body: 'Frågor: kim@kommun.se, 08-123 456 78.\n\n## Förslag\n\n- att pröva\n' });
    assert.deepEqual(
      checkText(text).diagnostics.filter((x) => x.ruleId === 'personal-data'),
      [],
    );
  });
});

describe('contact details in values that are published', () => {
  it('warns at an e-mail, phone number or street address typed into namn, roll, bilagor or beslutet_skickas_till', () => {
    const text = politikerinitiativ({
      frontmatter:
        'typ: politikerinitiativ\nrubrik: Prov\ndatum: 2026-03-02\nmottagare: SN\navsändare:\n  - namn: Kim Prov, kim@example.se\n    parti: X\n    roll: ledamot, 070-123 45 67\nbilagor:\n  - Karta, Lönnvägen 14\nbeslutet_skickas_till:\n  - "Socialförvaltningen <sf@kommun.se>"',
    });
    const d = checkText(text).diagnostics.filter((x) => x.ruleId === 'personal-data');
    assert.deepEqual(
      d.map((x) => [x.severity, text.slice(x.range.start.offset, x.range.end.offset)]),
      [
        ['warning', 'kim@example.se'],
        ['warning', '070-123 45 67'],
        ['warning', 'Lönnvägen 14'],
        ['warning', 'sf@kommun.se'],
      ],
    );
    assert.match(d[0]!.message, /'namn'.*författare/);
  });

  it('says nothing about names, roles and titles without contact details', () => {
    const text = politikerinitiativ({
      frontmatter:
        'typ: politikerinitiativ\nrubrik: Prov\ndatum: 2026-03-02\nmottagare: SN\navsändare:\n  - namn: Kim Prov\n    parti: X\n    roll: ledamot\nbilagor:\n  - Rapport 2025, bilaga 1\nbeslutet_skickas_till:\n  - Socialförvaltningen',
    });
    assert.deepEqual(
      checkText(text).diagnostics.filter((x) => x.ruleId === 'personal-data'),
      [],
    );
  });
});
