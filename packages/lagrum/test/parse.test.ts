import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findCitations, citeText, otherLawSfs } from '../src/index.js';

type Row = [text: string, expected: [law: string | null, kapitel: string | null, paragraf: string | null, stycke?: number | null, punkt?: number | null][]];

// Law: the written law as the parser reports it (SFS number if written, else the name/abbreviation).
const lawOf = (c: ReturnType<typeof findCitations>[number]) => (c.law ? (c.law.sfs ?? c.law.name) : null);

const table: Row[] = [
  ['2 kap 6 § SoL', [['SoL', '2', '6']]],
  ['2 kap. 6 § SoL', [['SoL', '2', '6']]],
  ['SoL 2 kap. 6 §', [['SoL', '2', '6']]],
  ['SoL 2:6', [['SoL', '2', '6']]],
  ['2:6 SoL', [['SoL', '2', '6']]],
  ['HSL 16:4', [['HSL', '16', '4']]],
  ['enligt 16 kap. 4 § HSL ska', [['HSL', '16', '4']]],
  ['5 kap. 8 a § SoL', [['SoL', '5', '8 a']]],
  ['5 kap. 8a § SoL', [['SoL', '5', '8 a']]],
  ['2 kap. 6§ SoL', [['SoL', '2', '6']]],
  ['2kap 6§ SoL', [['SoL', '2', '6']]],
  ['socialtjänstlagen 3 kap. 5 §', [['socialtjänstlagen', '3', '5']]],
  ['Socialtjänstlagen 3 kap. 5 §', [['socialtjänstlagen', '3', '5']]],
  ['2 kap. 6 § socialtjänstlagen (2001:453)', [['2001:453', '2', '6']]],
  ['2 kap. 6 § första stycket SoL', [['SoL', '2', '6', 1, null]]],
  ['5 kap. 22 § andra stycket 3 KL', [['KL', '5', '22', 2, 3]]],
  ['KL 5 kap. 22 § 2', [['KL', '5', '22', null, 2]]],
  ['9 § 4 LSS', [['LSS', null, '9', null, 4]]],
  ['2 kap. 6 § 2 st. SoL', [['SoL', '2', '6', 2, null]]],
  ['2 kap. 6 § st. 2 SoL', [['SoL', '2', '6', 2, null]]],
  ['9 § p. 2 LSS', [['LSS', null, '9', null, 2]]],
  ['9 § punkt 8 LSS', [['LSS', null, '9', null, 8]]],
  ['3 kap. 1 § andra stycket första meningen SoL', [['SoL', '3', '1', 2, null]]],
  ['2 kap. 6 § sista stycket SoL', [['SoL', '2', '6', null, null]]],
  ['1 kap. 3 § första stycket sista meningen luftfartslagen (1957:297)', [['1957:297', '1', '3', 1, null]]],
  [
    '9 § 4, 5 eller 6 lagen (1993:387)',
    [
      ['1993:387', null, '9', null, 4],
      ['1993:387', null, '9', null, 5],
      ['1993:387', null, '9', null, 6],
    ],
  ],
  [
    '9 § 2 och 8 LSS',
    [
      ['LSS', null, '9', null, 2],
      ['LSS', null, '9', null, 8],
    ],
  ],
  // Without a law right after it, a number after the first punkt is not read as one.
  [
    'enligt 9 § 4, 10 personer fick LSS',
    [
      [null, null, '9', null, 4],
      ['LSS', null, null],
    ],
  ],
  // A numbered list on the next line is not a punkt of the paragraph before it.
  ['enligt 2 § första stycket LSS:\n1. en insats', [['LSS', null, '2', 1, null]]],
  ['enligt 2 § första stycket\n1. en insats', [[null, null, '2', 1, null]]],
  [
    '5 kap. 23 och 34 §§ KL',
    [
      ['KL', '5', '23'],
      ['KL', '5', '34'],
    ],
  ],
  [
    '6 och 7 §§ LSS',
    [
      ['LSS', null, '6'],
      ['LSS', null, '7'],
    ],
  ],
  [
    '2, 4–6 och 8 §§ LSS',
    [
      ['LSS', null, '2'],
      ['LSS', null, '4'],
      ['LSS', null, '5'],
      ['LSS', null, '6'],
      ['LSS', null, '8'],
    ],
  ],
  [
    '6 kap. 1-4 §§ SoL',
    [
      ['SoL', '6', '1'],
      ['SoL', '6', '2'],
      ['SoL', '6', '3'],
      ['SoL', '6', '4'],
    ],
  ],
  ['9 § LSS', [['LSS', null, '9']]],
  ['LSS 7 §', [['LSS', null, '7']]],
  ['LSS-lagen 9 §', [['lss-lagen', null, '9']]],
  ['lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser', [['2003:1210', null, null]]],
  ['5 § lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser', [['2003:1210', null, '5']]],
  ['4 kap. lagen (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård', [['2017:612', '4', null]]],
  ['enligt föräldrabalken', [['föräldrabalken', null, null]]],
  ['11 kap. 4 § föräldrabalken', [['föräldrabalken', '11', '4']]],
  ['11 kap. 4 § FB', [['FB', '11', '4']]],
  ['Socialtjänstlag (2025:400)', [['2025:400', null, null]]],
  ['26 kap. 1 § OSL', [['OSL', '26', '1']]],
  [
    '2 § LVU och 4 § LVM',
    [
      ['LVU', null, '2'],
      ['LVM', null, '4'],
    ],
  ],
  ['FL 25 §', [['FL', null, '25']]],
  ['3 kap. 10 § dataskyddslagen (2018:218)', [['2018:218', '3', '10']]],
  [
    '4 kap. 1 § och 5 kap. 7 § SoL',
    [
      ['SoL', '4', '1'],
      ['SoL', '5', '7'],
    ],
  ],
  [
    'SoL 2 kap. 6 § och 3 kap. 1 §',
    [
      ['SoL', '2', '6'],
      ['SoL', '3', '1'],
    ],
  ],
  [
    '5 kap. 22 § och 23 § KL',
    [
      ['KL', '5', '22'],
      ['KL', '5', '23'],
    ],
  ],
  [
    '2 kap. 1 § föräldrabalken och 12 kap. 10 § samma lag',
    [
      ['föräldrabalken', '2', '1'],
      ['föräldrabalken', '12', '10'],
    ],
  ],
  [
    '9 § LSS. Se även 10 § nämnda lag.',
    [
      ['LSS', null, '9'],
      ['LSS', null, '10'],
    ],
  ],
  ['enligt 6 § ska', [[null, null, '6']]],
  ['6 § skollagen (2010:800)', [['2010:800', null, '6']]],
  // A law's title followed by punctuation still belongs to the citation.
  ['i 7 § lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser, bland annat', [['2003:1210', null, '7']]],
  // A minute reference before a citation does not join its list.
  ['beslut KS § 58 samt 9 § LSS', [['LSS', null, '9']]],
  ['protokoll § 14, 3 kap. 1 § SoL', [['SoL', '3', '1']]],
];

const notCitations = [
  '§ 31',
  'KS § 58',
  'protokoll § 14',
  'Protokoll 2024-03-12 § 31',
  'Kommunstyrelsen 2023-05-04, § 112',
  'Lag (2012:776).',
  'Förordning (2019:1).',
  'Mötet börjar kl. 14:30 i sal 2:3.',
  'Dnr SN 2019/123 och KFKS 2017/1106',
  'Sammanträdet den 2 maj 2025.',
  'solen skiner, kl. 9',
  '',
];

describe('findCitations: forms', () => {
  for (const [text, expected] of table) {
    it(text, () => {
      const got = findCitations(text).map((c) => [lawOf(c), c.kapitel, c.paragraf, c.stycke, c.punkt]);
      assert.deepEqual(
        got,
        expected.map(([l, k, p, s = null, n = null]) => [l, k, p, s, n]),
      );
    });
  }
});

describe('findCitations: not citations', () => {
  for (const text of notCitations) {
    it(JSON.stringify(text), () => assert.deepEqual(findCitations(text), []));
  }
  it('an amendment stamp after a paragraph text is not a citation, the paragraph reference is', () => {
    const cs = findCitations('Vid åtgärder som rör barn ska barnets bästa särskilt beaktas. Lag (2012:776). Se 1 kap. 2 § SoL.');
    assert.equal(cs.length, 1);
    assert.equal(cs[0]!.text, '1 kap. 2 § SoL');
  });
});

describe('findCitations: ranges', () => {
  it('a single citation spans the reference and its law', () => {
    const text = 'Enligt 2 kap. 6 § SoL ska kommunen';
    const [c] = findCitations(text);
    assert.equal(text.slice(c!.start, c!.end), '2 kap. 6 § SoL');
    assert.equal(c!.text, '2 kap. 6 § SoL');
  });
  it('a law before the reference is part of its range', () => {
    const text = 'se SoL 2 kap. 6 §.';
    const [c] = findCitations(text);
    assert.equal(text.slice(c!.start, c!.end), 'SoL 2 kap. 6 §');
  });
  it('a list gives each paragraph its own range; interpolated ones are empty', () => {
    const text = '2, 4–6 och 8 §§ LSS';
    const cs = findCitations(text);
    assert.deepEqual(
      cs.map((c) => text.slice(c.start, c.end)),
      ['2, ', '4–', '', '6 och ', '8 §§ LSS'],
    );
    assert.ok(cs.every((c) => c.text === text && c.groupStart === 0 && c.groupEnd === text.length));
  });
  it('a whole-law mention is its own citation', () => {
    const text = 'insatser enligt LSS och SoL';
    const cs = findCitations(text);
    assert.deepEqual(
      cs.map((c) => text.slice(c.start, c.end)),
      ['LSS', 'SoL'],
    );
    assert.ok(cs.every((c) => c.form === 'law' && c.paragraf === null));
  });
  it('records how the citation was written', () => {
    assert.deepEqual(
      findCitations('SoL 2:6, 2 kap. SoL, 2 kap. 6 § SoL, SoL').map((c) => c.form),
      ['short', 'chapter', 'standard', 'law'],
    );
  });
});

describe('findCitations: properties', () => {
  const fragments = fc.constantFrom(
    '2 kap. 6 § SoL',
    'SoL 2:6',
    '§ 31',
    'KS § 58',
    '8 a §',
    '6 och 7 §§',
    '2, 4–6 och 8 §§',
    'LSS',
    'samma lag',
    'Lag (2012:776).',
    'första stycket',
    'p. 2',
    '2kap',
    ' ',
    '\n',
    ',',
    'och',
    'kap.',
    '§',
    '§§',
    '(2001:453)',
    '–',
    '14:30',
    'socialtjänstlagen',
    'lagen (2003:1210) om',
    '9',
    'a',
    'st.',
  );
  const texts = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.array(fragments, { maxLength: 30 }).map((a) => a.join(' ')),
    fc.array(fragments, { maxLength: 30 }).map((a) => a.join('')),
  );
  it('never throws, keeps ranges inside the text, in order and never overlapping', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const cs = findCitations(text);
        let lastEnd = 0;
        for (const c of cs) {
          assert.ok(c.start >= 0 && c.start <= c.end && c.end <= text.length);
          assert.ok(c.groupStart <= c.start && c.end <= c.groupEnd && c.groupEnd <= text.length);
          assert.ok(c.start >= lastEnd, `overlap at ${c.start} in ${JSON.stringify(text)}`);
          lastEnd = c.end;
          assert.equal(c.text, text.slice(c.groupStart, c.groupEnd));
        }
      }),
      { numRuns: 2000 },
    );
  });
  it('finds a citation however it is surrounded by prose', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zåäö ]{0,30}$/), fc.stringMatching(/^[a-zåäö ]{0,30}$/), (before, after) => {
        const text = `${before} 2 kap. 6 § SoL ${after}`;
        const cs = findCitations(text).filter((c) => c.paragraf !== null);
        assert.equal(cs.length, 1);
        assert.equal(text.slice(cs[0]!.start, cs[0]!.end), '2 kap. 6 § SoL');
      }),
    );
  });
});

describe('findCitations: more laws where the data allows (issue 10, point 5)', () => {
  const keys = (text: string) => findCitations(text).map((c) => `${c.law?.sfs ?? c.law?.name ?? '-'}|${c.kapitel ?? ''}|${c.paragraf ?? ''}`);
  it('kungörelsen, stadgan and förordningen with an SFS number are laws; "N mom." is read past', () => {
    assert.deepEqual(keys('1 kap. 8 § kungörelsen (1974:152) om beslutad ny regeringsform'), ['1974:152|1|8']);
    assert.deepEqual(keys('29 § 2 mom. jaktstadgan (1938:279)'), ['1938:279||29']);
    assert.deepEqual(keys('7 § 5 mom. lagen (1947:576) om statlig inkomstskatt'), ['1947:576||7']);
    assert.equal(findCitations('7 § 5 mom. lagen (1947:576) om statlig inkomstskatt')[0]!.unrepresented, '5 mom.');
    assert.deepEqual(keys('2 kap. 18 § 2 st. och 11 kap. 4 § kungörelsen (1974:152)'), ['1974:152|2|18', '1974:152|11|4']);
  });
  it('"samma förordning" is the förordning named before', () => {
    assert.deepEqual(keys('finns i 4 § indrivningsförordningen (1993:1229). Av 3 § samma förordning framgår'), ['1993:1229||4', '1993:1229||3']);
  });
  it('a law outside the registry named again without its number keeps the number the text gave it', () => {
    assert.deepEqual(keys('ränta enligt 5 § räntelagen (1975:635) och 6 § räntelagen'), ['1975:635||5', '1975:635||6']);
  });
  it('a one-word name the statute data writes with a number gets that number (brottsbalken 1962:700)', () => {
    assert.deepEqual(keys('28 kap. 6 b § och 33 kap. 5 § brottsbalken'), ['1962:700|28|6 b', '1962:700|33|5']);
    const [r] = citeText('16 kap. 9 § brottsbalken', '2026-03-02');
    assert.equal(r!.sfs, '1962:700');
    assert.equal(r!.status, 'okänd', 'its text is not in the registry');
    assert.equal(otherLawSfs('regeringsformen'), '1974:152');
    assert.equal(otherLawSfs('bygglagen'), null, '"plan- och bygglagen" is not "bygglagen"');
  });
});

describe('findCitations: punkt ranges and Barnkonventionen articles (issue 10, point 5)', () => {
  it('"9 § 4–6 LSS" gives punkter 4, 5 and 6 of 9 § LSS', () => {
    const cs = findCitations('9 § 4–6 LSS');
    assert.deepEqual(
      cs.map((c) => [c.law?.sfs ?? c.law?.name, c.paragraf, c.punkt]),
      [
        ['LSS', '9', 4],
        ['LSS', '9', 5],
        ['LSS', '9', 6],
      ],
    );
    assert.equal(cs[1]!.start, cs[1]!.end, 'the interpolated punkt has an empty range');
    assert.equal(citeText('9 § 4–16 LSS', '2026-03-02').find((r) => r.punkt === 14)!.structureProblem?.kind, 'punkt');
    assert.deepEqual(
      findCitations('9 § 4–6').map((c) => c.punkt),
      [null],
      'no law after it: not read as punkter',
    );
  });
  it('Barnkonventionen by article: lag (2018:1197), in force 2020-01-01, binding Sweden since 1990', () => {
    for (const t of ['artikel 3 i barnkonventionen', 'barnkonventionens artikel 3', 'art. 3 barnkonventionen', 'Barnkonventionen artikel 3']) {
      const [c] = findCitations(t);
      assert.equal(c!.artikel, 3, t);
      assert.equal(c!.text, t);
    }
    const [now] = citeText('Enligt artikel 12 i barnkonventionen ska barnet höras.', '2026-03-02');
    assert.equal(now!.status, 'gällande');
    assert.equal(now!.sfs, '2018:1197');
    assert.match(
      now!.message,
      /Artikel 12 i konventionen har bundit Sverige sedan 1990; som svensk lag gäller den genom lagen \(2018:1197\) .* från 2020-01-01/,
    );
    assert.equal(citeText('artikel 3 i barnkonventionen', '2019-06-01')[0]!.status, 'ej-ikraft');
    const [bad] = citeText('artikel 54 i barnkonventionen', '2026-03-02');
    assert.equal(bad!.status, 'saknas');
    assert.match(bad!.message, /artiklarna 1–42/);
  });
});
