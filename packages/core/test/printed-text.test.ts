/**
 * Issue 17 §1: what is printed is what is checked. A personnummer that the Markdown or YAML source hides
 * (an escape, markup, an entity, a comment, an invisible character, full-width digits, a table row) is
 * still found, at its place in the source; a typo in a personnummer is a warning; look-alikes stay quiet.
 */
import assert from 'node:assert/strict';
import { checkDraft, parseDraft } from '../src/index.js';
import { identityNumbersInDraft, printedSegments } from '../src/printed-text.js';
import { HEAD as head, PRINTED_FORMS } from './printed-forms.js';

describe('printed text: a personnummer the source hides is found (issue 17)', () => {
  for (const [form, text, line] of PRINTED_FORMS) {
    it(form, () => {
      const found = checkDraft(parseDraft(text)).filter((d) => d.ruleId === 'personal-data' && d.severity === 'error');
      assert.equal(found.length, 1, `${JSON.stringify(text)}: ${JSON.stringify(found.map((d) => d.message))}`);
      assert.equal(found[0]!.range?.start.line, line);
      assert.match(found[0]!.message, /19811218-XXXX|811218-XXXX/);
    });
  }

  it('reports at the source: the bold form spans the digits as written', () => {
    const text = `${head}Sökande **8112**18-9876 har.\n`;
    const [n] = identityNumbersInDraft(parseDraft(text));
    assert.equal(n?.text, '8112**18-9876');
    assert.equal(n?.printedOnly, true);
  });

  it('a YAML-escaped number in a meeting file yrkande is found (the protokoll prints it)', () => {
    const text =
      '---\ntyp: sammanträde\nnämnd: Socialnämnden\närenden:\n  - rubrik: A\n    yrkanden:\n      - av: Anna\n        text: "Bifall, 8\\u00311218-9876"\n---\n';
    const found = identityNumbersInDraft(parseDraft(text)).filter((n) => n.checkDigitValid);
    assert.equal(found.length, 1);
  });

  it('the printed text drops comments and invisible characters and reads full-width digits', () => {
    const segments = printedSegments(parseDraft(`${head}A<!-- dold -->B\u00adC ＤＥ\n`));
    assert.ok(
      segments.some((s) => s.text === 'ABC DE'),
      JSON.stringify(segments.map((s) => s.text)),
    );
  });
});

describe('printed text: a personnummer with a wrong check digit is a warning', () => {
  for (const [what, text] of [
    ['hyphen', 'Sökande 811218-9875 har'],
    ['12 digits with hyphen', 'Sökande 19811218-9875 har'],
    ['after "personnummer", no separator', 'personnummer 8112189875'],
    ['plus', 'Sökande 121212+1213 har'],
    ['hidden by bold', 'Sökande **8112**18-9875 har'],
  ] as const) {
    it(what, () => {
      const found = checkDraft(parseDraft(`${head}${text}\n`)).filter((d) => d.ruleId === 'personal-data');
      assert.equal(found.length, 1, JSON.stringify(found.map((d) => d.message)));
      assert.equal(found[0]!.severity, 'warning');
      assert.match(found[0]!.message, /ser ut som ett personnummer med fel kontrollsiffra/);
    });
  }
});

describe('printed text: look-alikes stay quiet', () => {
  for (const [what, text] of [
    ['organisation number', 'Kommunen har organisationsnummer 212000-0142.'],
    ['an aktiebolag', 'Bolaget 556036-0793 köper'],
    ['organisation number in a table', '| Bolag | Nr |\n|---|---|\n| Bygg AB | 556036-0793 |'],
    ['OCR number (ten digits, no separator)', 'Betala med OCR 8112189875 senast'],
    ['OCR number after the word, with hyphen', 'OCR-nummer: 811218-9875'],
    ['invoice number', 'Fakturanummer 811218-9875 gäller'],
    ['bare ten digits with a wrong check digit', 'Referens 4610231234 i systemet'],
    ['12 digits without separator, wrong check digit', 'Ordern 198112189875 skickades'],
    ['diarienummer', 'Dnr 2018/29-700 SN, KS § 58'],
    ['diarienummer shaped like a date', 'Dnr 240506-0123 gäller'],
    ['ISO date in one cell, time in the next', '| Datum | Tid |\n|---|---|\n| 2026-04-15 | 1430 |'],
    ['amount in one cell, year in the next', '| Belopp | År |\n|---|---|\n| 120000 | 2026 |'],
    ['bankgiro', 'Bankgiro 5050-1055'],
    ['telephone number', 'Ring 070-123 45 67 eller 0701234567'],
    ['SFS number with full-width digits', 'lagen (２００１:４５３)'],
    ['a year range', 'Åren 2019–2024 och 2025-2030'],
  ] as const) {
    it(what, () => {
      const found = checkDraft(parseDraft(`${head}${text}\n`)).filter((d) => d.ruleId === 'personal-data');
      assert.deepEqual(
        found.map((d) => d.message),
        [],
      );
    });
  }
});
