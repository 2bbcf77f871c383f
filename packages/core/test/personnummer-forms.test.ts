/**
 * Issue 8 §2: every form in which a person or a word processor writes a personnummer is found, and what
 * only looks like one is not. 811218-9876 is a valid (fictitious) number: Luhn-valid, 18 December 1981.
 */
import assert from 'node:assert/strict';
import { findIdentityNumbers } from '../src/personal-data.js';

/** [how it is written, the text]. Each must give exactly one number. */
export const PERSONNUMMER_FORMS: [string, string][] = [
  ['hyphen', 'Sökande 811218-9876 har'],
  ['en dash (word processor autocorrect)', 'Sökande 811218–9876 har'],
  ['em dash', 'Sökande 811218—9876 har'],
  ['minus sign U+2212', 'Sökande 811218−9876 har'],
  ['Unicode hyphen U+2010', 'Sökande 811218‐9876 har'],
  ['non-breaking hyphen U+2011', 'Sökande 811218‑9876 har'],
  ['figure dash U+2012', 'Sökande 811218‒9876 har'],
  ['full-width hyphen', 'Sökande 811218－9876 har'],
  ['space', 'Sökande 811218 9876 har'],
  ['no-break space', 'Sökande 811218\u00a09876 har'],
  ['narrow no-break space', 'Sökande 811218\u202f9876 har'],
  ['thin space', 'Sökande 811218\u20099876 har'],
  ['spaces around the hyphen', 'Sökande 811218 - 9876 har'],
  ['no-break spaces around an en dash', 'Sökande 811218\u00a0–\u00a09876 har'],
  ['no separator, 10 digits', 'Sökande 8112189876 har'],
  ['12 digits', 'Sökande 198112189876 har'],
  ['12 digits with hyphen', 'Sökande 19811218-9876 har'],
  ['12 digits with space', 'Sökande 19811218 9876 har'],
  ['12 digits with en dash', 'Sökande 19811218–9876 har'],
  ['plus (100 years or older)', 'Sökande 121212+1212 har'],
  ['prefix pnr:', 'pnr:811218-9876'],
  ['prefix pnr with space', 'pnr 811218-9876'],
  ['prefix Pnr.', 'Pnr. 811218-9876'],
  ['prefix personnr:', 'personnr:811218-9876'],
  ['prefix Personnummer:', 'Personnummer: 811218-9876'],
  ['prefix p-nr', 'p-nr 811218-9876'],
  ['line break after the hyphen (wrapped paragraph)', 'Sökande 811218-\n9876 har'],
  ['line break after the hyphen in a block quote', '> Sökande 811218-\n> 9876 har'],
  ['line break instead of a separator', 'Sökande 811218\n9876 har'],
  ['in parentheses', 'Sökande (811218-9876) har'],
  ['in bold', 'Sökande **811218-9876** har'],
  ['in inline code', 'Sökande `811218-9876` har'],
  ['Markdown escape of the hyphen', 'Sökande 811218\\-9876 har'],
  ['HTML entity &ndash;', 'Sökande 811218&ndash;9876 har'],
  ['HTML entity &#8211;', 'Sökande 811218&#8211;9876 har'],
  ['HTML entity &nbsp;', 'Sökande 811218&nbsp;9876 har'],
  ['end of sentence', 'Sökande har nummer 811218-9876.'],
  ['samordningsnummer (day + 60)', 'snr 811278-9873'],
  ['samordningsnummer, 12 digits without separator', 'snr 198112789873'],
  ['a 10-digit number starting with 0 after "personnummer"', 'personnummer 0512034562'],
];

describe('personnummer: every form written is found', () => {
  it(`the list holds at least 32 forms (${PERSONNUMMER_FORMS.length})`, () => {
    assert.ok(PERSONNUMMER_FORMS.length >= 32);
  });
  for (const [form, text] of PERSONNUMMER_FORMS) {
    it(form, () => {
      const found = findIdentityNumbers(text);
      assert.equal(found.length, 1, `${JSON.stringify(text)} gave ${JSON.stringify(found.map((n) => n.text))}`);
      const digits = found[0]!.text.replace(/&#?\w+;/g, '').replace(/\D/g, '');
      assert.ok(/^(19)?811218987|^(19)?8112789873$|^1212121212$|^0512034562$/.test(digits), digits);
    });
  }
});

describe('personnummer: what only looks like one is not found', () => {
  for (const [what, text] of [
    ['wrong check digit', '811218-9875'],
    ['organisation number (month 20 or more)', 'Kommunen har organisationsnummer 212000-0142.'],
    ['an aktiebolag', 'Bolaget 556036-0793 köper'],
    ['mobile number without separator', 'Ring 0701234567 i dag'],
    ['mobile number written as usual', 'Ring 070-123 45 67 eller 08-123 456 78'],
    ['mobile number +46', 'Ring +46 70 123 45 67'],
    ['ISO date', 'Beslutet togs 2026-04-15 och gäller'],
    ['date with time', 'Mötet 2026-04-15 14:30'],
    ['compact date and time', 'Loggad 20260415 1430'],
    ['diarienummer', 'Dnr 2018/29-700 SN, KS § 58'],
    ['impossible day and month', '811232-9876 och 811318-9876'],
    ['inside a longer number', '12345811218-98761'],
    ['a 12-digit number dated in the future', '20991218-9876'],
    ['an amount', 'Kostnaden är 1 811 218 kr'],
    ['SFS number', 'lagen (2001:453)'],
  ] as const) {
    it(what, () =>
      assert.deepEqual(
        findIdentityNumbers(text).map((n) => n.text),
        [],
      ),
    );
  }
});
