/**
 * Amended is not repealed (issue 10, point 2): a provision whose consolidated text holds
 * "/Upphör att gälla U:D/ … N § /Träder i kraft I:D/ …" has two dated wordings, and status, `lydelse`
 * and the message follow the one in force on the date.
 */
import assert from 'node:assert/strict';
import { citeText, formatCitations, lookupProvision } from '../src/index.js';
import { splitWordings } from '../scripts/lib/version-markers.js';

const one = (text: string, datum: string) => {
  const rs = citeText(text, datum);
  assert.equal(rs.length, 1, `one citation in "${text}"`);
  return rs[0]!;
};

describe('dated wordings: amended is not repealed', () => {
  it('"1 kap. 7 § OSL" on 2026-06-15 is gällande, in the wording of lag (2025:1470)', () => {
    const r = one('1 kap. 7 § OSL', '2026-06-15');
    assert.equal(r.status, 'gällande', r.message);
    assert.match(r.message, /lydelsen enligt lag \(2025:1470\), i kraft från 2026-03-01/);
    assert.match(r.lydelse!, /Myndigheten för säkerhet och integritetsskydd/);
    assert.doesNotMatch(r.lydelse!, /Säkerhets- och integritetsskyddsnämnden/);
    assert.doesNotMatch(r.lydelse!, /Träder i kraft|Upphör att gälla/);
  });

  it('before the change the earlier wording is shown, and the message names the coming one', () => {
    const r = one('1 kap. 7 § OSL', '2025-06-15');
    assert.equal(r.status, 'gällande');
    assert.match(r.lydelse!, /Säkerhets- och integritetsskyddsnämnden/);
    assert.match(r.message, /lydelsen enligt lag \(2009:1020\); en ny lydelse enligt lag \(2025:1470\) gäller från 2026-03-01/);
  });

  for (const ref of ['23 kap. 2 §', '29 kap. 13 a §', '42 kap. 5 §', '42 kap. 6 §', '42 kap. 7 §', '42 kap. 8 §']) {
    it(`"${ref} OSL" is gällande on both sides of its change`, () => {
      const p = lookupProvision('2009:400', ref.split(' ')[0]!, ref.replace(/^\d+ kap\. /, '').replace(' §', ''))!;
      assert.equal(p.wordings.length, 2);
      const change = p.wordings[1]!.from!;
      for (const datum of ['2026-01-15', change, '2028-12-01', '2026-06-15']) {
        const r = one(`${ref} OSL`, datum);
        assert.equal(r.status, 'gällande', `${datum}: ${r.message}`);
        assert.ok(r.lydelse && r.lydelse.length > 40);
      }
      assert.notEqual(one(`${ref} OSL`, '2025-01-01').lydelse, one(`${ref} OSL`, '2029-01-01').lydelse);
    });
  }

  it('HSL 8:10 is renumbered to 8:11 on 2027-01-01 with a new 8:10 in its place: both are said', () => {
    const before = one('8 kap. 10 § HSL', '2026-06-15');
    assert.equal(before.status, 'gällande');
    assert.match(before.lydelse!, /lagen \(2008:344\)/);
    assert.match(before.message, /Från 2027-01-01 får paragrafen beteckningen 8 kap\. 11 §, och en ny 8 kap\. 10 § träder i kraft/);
    const after = one('8 kap. 10 § HSL', '2027-06-15');
    assert.equal(after.status, 'gällande');
    assert.match(after.lydelse!, /lagerhålla sjukvårdsprodukter/);
    assert.match(after.message, /lag \(2025:1399\).*Den tidigare 8 kap\. 10 § har sedan 2027-01-01 beteckningen 8 kap\. 11 §/);
    assert.equal(one('8 kap. 11 § HSL', '2026-06-15').status, 'ej-ikraft');
    assert.equal(one('8 kap. 11 § HSL', '2027-06-15').status, 'gällande');
  });

  it('a repeal without a new wording stays upphävd (18 kap. 7 a § OSL from 2029-04-30)', () => {
    assert.equal(one('18 kap. 7 a § OSL', '2029-05-01').status, 'upphävd');
    assert.equal(one('18 kap. 7 a § OSL', '2026-05-01').status, 'gällande');
  });

  it('"44 kap. 10 § OSL": the data\'s 44:10 is a piece of the transitional provisions, so it stays saknas', () => {
    // The JSON's "44:10" begins "§ samt 26 kap. 6 och 7 §§ …" (the 2010:679 transitional provision, cut at
    // "25 kap. 8 och 10 §"); 44 kap. has 1–5 §§ in the data. Reported as missing, not upphävd.
    const r = one('44 kap. 10 § OSL', '2026-06-15');
    assert.equal(r.status, 'saknas');
    assert.equal(lookupProvision('2009:400', '44', '5')!.wordings.length, 1);
  });

  it('splitWordings reads the markers, the new subheading and the renumbering', () => {
    const w = splitWordings(
      '/Upphör att gälla U:2026-03-01/ Gammal text. Lag (2009:612). /Rubriken träder i kraft I:2026-03-01/ Sjöövervakning 13 a § /Träder i kraft I:2026-03-01/ Ny text. Lag (2026:52).',
    );
    assert.deepEqual(
      w.map((x) => [x.text, x.from, x.until, x.rubrik]),
      [
        ['Gammal text. Lag (2009:612).', '', '2026-03-01', ''],
        ['Ny text. Lag (2026:52).', '2026-03-01', '', 'Sjöövervakning'],
      ],
    );
    const r = splitWordings('/Ny beteckning 8 kap. 11 § U:2027-01-01/ Gammal. 10 § /Träder i kraft I:2027-01-01/ Ny.');
    assert.equal(r[0]!.renumberedTo, '8:11');
    assert.equal(r.length, 2);
    assert.equal(splitWordings('Bara en lydelse.').length, 1);
  });
});

describe('before the law: which law applied then', () => {
  const cases: [string, string, RegExp][] = [
    ['4 kap. 20 § KL', '2015-06-15', /Då gällde kommunallagen \(1991:900\), till och med 2017-12-31/],
    ['5 § FL', '2017-01-01', /Då gällde förvaltningslagen \(1986:223\), till och med 2018-06-30/],
    ['3 kap. 1 § HSL', '2016-01-01', /Då gällde hälso- och sjukvårdslagen \(1982:763\), till och med 2017-03-31/],
    ['26 kap. 1 § OSL', '2008-01-01', /Då gällde sekretesslagen \(1980:100\), till och med 2009-06-29/],
  ];
  for (const [text, datum, re] of cases) {
    it(`"${text}" on ${datum} is ej-ikraft and names the predecessor`, () => {
      const r = one(text, datum);
      assert.equal(r.status, 'ej-ikraft');
      assert.match(r.message, re);
    });
  }
});

describe("only today's wording: a past date says so", () => {
  it('cite --datum 2015 does not present the current text as the 2015 one', () => {
    const r = one('26 kap. 1 § OSL', '2015-03-02');
    assert.equal(r.status, 'gällande');
    assert.match(
      r.lydelseNote!,
      /Texten är den nuvarande lydelsen \(senast ändrad genom lag \(\d{4}:\d+\)\); registret har inte lydelsen som gällde 2015-03-02/,
    );
    assert.match(formatCitations([r]), /Texten är den nuvarande lydelsen/);
  });
  it('no note for a dated wording that covers the date, nor for a recent date', () => {
    assert.equal(one('1 kap. 7 § OSL', '2026-06-15').lydelseNote, null);
    assert.equal(one('4 kap. 20 § KL', '2030-01-01').lydelseNote, null);
  });
  it('no hedge on the very day a new paragraph enters into force (18 kap. 18 b § OSL, 2026-03-01)', () => {
    // A single wording whose in-force date the data gives is the wording in force from that day on; the note
    // "den kan ha varit en annan" belongs to an undated current text on an earlier date, not here.
    const r = one('18 kap. 18 b § OSL', '2026-03-01');
    assert.equal(r.status, 'gällande');
    assert.equal(r.lydelseNote, null);
    assert.doesNotMatch(formatCitations([r]), /kan ha varit en annan/);
  });
});
