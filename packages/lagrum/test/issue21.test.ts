import assert from 'node:assert/strict';
import { allLaws, allRepealedLaws, citeJson, citeText, findCitations, formatCitations, lagtextPer } from '../src/index.js';

const AFTER = '2026-03-02';

describe('issue 21: repealed laws with their successors', () => {
  const cases: [string, string, string, string][] = [
    // [citation, repealed SFS, successor in the message, repeal date]
    ['4 kap. 20 § kommunallagen (1991:900)', '1991:900', 'kommunallagen (2017:725)', '2018-01-01'],
    ['6 kap. 1 § socialtjänstlagen (1980:620)', '1980:620', 'socialtjänstlagen (2001:453)', '2002-01-01'],
    ['7 kap. 4 § sekretesslagen (1980:100)', '1980:100', 'offentlighets- och sekretesslagen (2009:400)', '2009-06-30'],
    ['3 § personuppgiftslagen (1998:204)', '1998:204', 'dataskyddslagen (2018:218)', '2018-05-25'],
    ['20 § förvaltningslagen (1986:223)', '1986:223', 'förvaltningslagen (2017:900)', '2018-07-01'],
  ];
  for (const [text, sfs, successor, date] of cases) {
    it(`"${text}" is upphävd den ${date}, ersatt av ${successor}`, () => {
      const [r] = citeText(text, AFTER);
      assert.equal(r!.status, 'upphävd');
      assert.equal(r!.sfs, sfs);
      assert.match(r!.message, new RegExp(`upphävd den ${date}, ersatt av ${successor.replace(/[()]/g, '\\$&')}`, 'u'));
    });
  }
  it('the table is read from the successors’ transitional provisions and holds the laws the review named', () => {
    const known = allRepealedLaws().map((l) => l.sfs);
    for (const sfs of ['1991:900', '1980:620', '1980:100', '1998:204', '1986:223', '1982:763']) assert.ok(known.includes(sfs), sfs);
  });
  it('the whole law names its successor in motsvarar (cite JSON)', () => {
    const [c] = citeJson('kommunallagen (1991:900)', AFTER).citations;
    assert.equal(c!.status, 'upphävd');
    assert.deepEqual(c!.motsvarar, ['kommunallagen (2017:725)']);
  });
  it('before the repeal: it applied, but cannot be checked (not "okänd lag … kontrollera SFS-numret")', () => {
    const [r] = citeText('4 kap. 20 § kommunallagen (1991:900)', '2015-01-01');
    assert.equal(r!.status, 'okänd');
    assert.match(r!.message, /gällde 2015-01-01 \(den upphävdes den 2018-01-01, ersatt av kommunallagen \(2017:725\)\)/u);
  });
});

describe('issue 21: LPT, a law only in selex/', () => {
  it('"6 b § LPT" resolves to lagen (1991:1128) om psykiatrisk tvångsvård', () => {
    const [r] = citeText('Enligt 6 b § LPT gäller det.', AFTER);
    assert.equal(r!.sfs, '1991:1128');
    assert.equal(r!.status, 'gällande');
    assert.ok(r!.lydelse && r!.lydelse.length > 20);
  });
  it('a paragraph LPT does not have is saknas, and the name is found too', () => {
    assert.equal(citeText('99 § LPT', AFTER)[0]!.status, 'saknas');
    assert.equal(citeText('3 § lagen om psykiatrisk tvångsvård', AFTER)[0]!.sfs, '1991:1128');
  });
});

describe('issue 21: a misspelt law name gets a suggestion', () => {
  const cases: [string, string][] = [
    ['4 kap. 1 § socialtjänstlagan', 'socialtjänstlagen'],
    ['6 kap. 38 § kommunlagen', 'kommunallagen'],
    ['9 § LLS', 'LSS'],
  ];
  for (const [text, name] of cases) {
    it(`"${text}" → "${name}"`, () => {
      const c = findCitations(text);
      assert.equal(c.length, 1);
      assert.equal(c[0]!.law?.suggestion, name);
    });
  }
  it('other laws and their abbreviations get none', () => {
    for (const text of ['16 kap. 1 § LOU', '6 § skollagen', '9 § SFB', '2 § brottsbalken']) {
      for (const c of findCitations(text)) assert.equal(c.law?.suggestion, undefined, text);
    }
  });
});

describe('issue 21: how old the law is', () => {
  it('the registry carries the date of its statute data', () => {
    assert.match(lagtextPer, /^\d{4}-\d{2}-\d{2}$/);
    for (const l of allLaws()) assert.ok(l.lagtextPer >= lagtextPer, l.sfs);
  });
  it('cite JSON: "lagtext_per" at the top, "efter_lagtext": true for a date after it', () => {
    const later = citeJson('4 kap. 20 § KL', '2028-01-01');
    assert.deepEqual(Object.keys(later)[0], 'lagtext_per');
    assert.equal(later.lagtext_per, lagtextPer);
    assert.equal(later.citations[0]!.efter_lagtext, true);
    assert.equal(citeJson('4 kap. 20 § KL', '2020-01-01').citations[0]!.efter_lagtext, undefined);
  });
  it('the text output says the wording is the one known then and later changes are not known', () => {
    const text = formatCitations(citeText('4 kap. 20 § KL', '2028-01-01'));
    assert.match(
      text,
      /Lydelsen är den i lagtexten som ärende kontrollerar mot, från \d{4}-\d{2}-\d{2}; ändringar efter det datumet känner ärende inte till\./u,
    );
    assert.doesNotMatch(formatCitations(citeText('4 kap. 20 § KL', '2020-01-01')), /kontrollerar mot, från/u);
  });
});

describe('issue 21: cite JSON artikel and alternativ', () => {
  it('"artikel 3 i barnkonventionen" has artikel: 3', () => {
    const [c] = citeJson('Enligt artikel 3 i barnkonventionen ska barnets bästa beaktas.', AFTER).citations;
    assert.equal(c!.artikel, 3);
  });
  it('"saknas" lists the nearest provisions, and the old law’s when the number existed there', () => {
    const [c] = citeJson('2 kap. 6 § SoL', AFTER).citations;
    assert.equal(c!.status, 'saknas');
    assert.ok(c!.alternativ!.includes('2 kap. 6 § socialtjänstlagen (2001:453)'), c!.alternativ!.join(' | '));
    const [k] = citeJson('4 kap. 99 § KL', AFTER).citations;
    assert.ok(k!.alternativ!.length >= 1, 'the last paragraph of 4 kap. before 99');
    assert.match(k!.alternativ![0]!, /^4 kap\. \d+ [a-z ]*§ kommunallagen \(2017:725\)$/u);
    assert.equal(citeJson('4 kap. 20 § KL', AFTER).citations[0]!.alternativ, undefined);
  });
});

describe('issue 21: stycke and punkt where the data has them', () => {
  it('"2 kap. 5 § första stycket 2 OSL": 2 kap. 5 § has no numbered points', () => {
    const [r] = citeText('2 kap. 5 § första stycket 2 OSL', AFTER);
    assert.equal(r!.structureProblem?.kind, 'punkt');
    assert.equal(r!.structureProblem?.max, 0);
  });
  it('a punkt within the points OSL 26 kap. 1 § numbers passes; one beyond them does not', () => {
    assert.equal(citeText('26 kap. 1 § 2 OSL', AFTER)[0]!.structureProblem, null);
    assert.equal(citeText('26 kap. 1 § 9 OSL', AFTER)[0]!.structureProblem?.kind, 'punkt');
  });
  it('a stycke of a JSON-only law is said to be unchecked, not accepted silently', () => {
    const [r] = citeText('12 kap. 1 § andra stycket SoL', AFTER);
    assert.equal(r!.structureProblem?.kind, 'okänd');
    assert.match(r!.message, /Källdatan visar inte styckena i .*, så 'andra stycket' kan inte kontrolleras/u);
  });
});

describe('issue 21: a bare paragraph binds to the law named earlier in the sentence', () => {
  it('"Det finns i regeringsformen … (jfr 2 kap. 6 §)" binds to regeringsformen', () => {
    const [c] = findCitations('Skyddet finns i regeringsformen och gäller alla (jfr 2 kap. 6 §).').filter((x) => x.paragraf);
    assert.equal(c!.law?.sfs, '1974:152');
    assert.equal(c!.law?.inherited, true);
  });
  it('a known law named earlier in the sentence', () => {
    const [c] = findCitations('Enligt kommunallagen får nämnden delegera, se 6 kap. 37 §.').filter((x) => x.paragraf);
    assert.equal(citeText('Enligt kommunallagen får nämnden delegera, se 6 kap. 37 §.', AFTER).find((r) => r.paragraf)!.sfs, '2017:725');
    assert.equal(c!.law?.inherited, true);
  });
  it('not across a sentence boundary', () => {
    const cs = findCitations('Det följer av kommunallagen. Se även 6 kap. 37 §.').filter((x) => x.paragraf);
    assert.equal(cs[0]!.law, null);
  });
});

describe('issue 21: citation tests cover every law in the registry (LPT included)', () => {
  it('LPT is in the registry', () => assert.ok(allLaws().some((l) => l.sfs === '1991:1128')));
  for (const law of allLaws()) {
    it(`${law.title}: a paragraph resolves by SFS number, name and abbreviation; one it lacks is saknas`, () => {
      const ref = law.refs[0]!;
      const [k, p] = ref.includes(':') ? ref.split(':') : [null, ref];
      const at = (what: string) => `${k ? `${k} kap. ` : ''}${p} § ${what}`;
      // A date the law applied on (the repealed SoL: before 2025-07-01).
      const date = law.upphavd ? '2020-01-01' : '2026-03-02';
      const [r] = citeText(at(`lagen (${law.sfs})`), date);
      assert.equal(r?.sfs, law.sfs);
      assert.equal(r!.paragraf, p);
      assert.notEqual(r!.status, 'saknas');
      assert.equal(citeText(at(law.names[0]!), date)[0]?.sfs, law.sfs, law.names[0]);
      if (law.abbreviations[0]) assert.equal(citeText(at(law.abbreviations[0]), date)[0]?.sfs, law.sfs, law.abbreviations[0]);
      assert.equal(citeText(`${k ? `${k} kap. ` : ''}999 § lagen (${law.sfs})`, date)[0]!.status, 'saknas');
    });
  }
});
