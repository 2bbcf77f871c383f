/** Issue 10, point 3: texts cut off in the data, and subheadings glued to the end of a paragraph. */
import assert from 'node:assert/strict';
import { citeText, formatCitations, hoverCitation, lookupProvision, allLaws, provisionsOf } from '../src/index.js';

describe('provision texts: truncated and glued headings', () => {
  for (const [text, sfs] of [
    ['10 kap. 2 § SoL', '2025:400'],
    ['14 kap. 10 § SoL', '2025:400'],
    ['33 kap. 2 § SoL', '2025:400'],
    ['26 kap. 9 c § OSL', '2009:400'],
    ['26 kap. 9 d § OSL', '2009:400'],
  ] as const) {
    it(`"${text}" ends mid-sentence in the data: marked incomplete, said in cite and hover`, () => {
      const [r] = citeText(text, '2026-03-02');
      assert.equal(r!.sfs, sfs);
      assert.ok(r!.lydelse, 'the fragment is still shown');
      assert.doesNotMatch(r!.lydelse!.trim(), /[.:;!?)]$/u);
      assert.match(r!.lydelseNote!, /Texten i registret är ofullständig: den slutar mitt i en mening/);
      assert.match(formatCitations([r!]), /Texten i registret är ofullständig/);
      assert.match(hoverCitation(text, 1, '2026-03-02')!.markdown, /Texten i registret är ofullständig/);
    });
  }

  it('a complete text gets no such note', () => {
    const [r] = citeText('4 kap. 20 § KL', '2026-03-02');
    assert.equal(r!.lydelseNote, null);
  });

  it('every text that ends without sentence punctuation is marked, and only those', () => {
    for (const law of allLaws()) {
      const chapters = law.hasChapters ? law.chapters : [null];
      for (const k of chapters) {
        for (const p of provisionsOf(law.sfs, k)) {
          if (!p.text) continue;
          assert.equal(p.textIncomplete, !/[.:;!?)”"]$/u.test(p.text.trim()), `${law.sfs} ${p.ref}`);
        }
      }
    }
  });

  for (const [sfs, k, p, heading, next] of [
    ['2017:725', '4', '27', 'Närvarorätt', '28'],
    ['2017:725', '9', '27', 'Närvarorätt för personalföreträdare', '28'],
    ['2017:725', '11', '22', 'Underrättelse om skattesats', '23'],
    ['2017:725', '13', '13', 'När beslut får verkställas', '14'],
    ['2017:900', null, '32', 'Underrättelse om innehållet i beslut och hur ett överklagande går till', '33'],
    ['2017:900', null, '34', 'När beslut får verkställas', '35'],
    ['2017:900', null, '36', 'När en myndighet får ändra ett beslut', '37'],
    ['2017:900', null, '37', 'När en myndighet ska ändra ett beslut', '38'],
    ['2017:900', null, '38', 'När en myndighet får ändra ett beslut som har överklagats', '39'],
    ['1949:381', '11', '6', 'Om förvaltare', '7'],
  ] as const) {
    it(`${sfs} ${k ? `${k} kap. ` : ''}${p} §: the next paragraph's heading "${heading}" is cut off and heads ${next} §`, () => {
      const prov = lookupProvision(sfs, k, p)!;
      assert.ok(!prov.text!.endsWith(heading), prov.text!.slice(-80));
      assert.match(prov.text!.trim(), /[.:;)]$/u);
      assert.equal(prov.textIncomplete, false);
      assert.ok(lookupProvision(sfs, k, next)!.rubrik?.includes(heading));
    });
  }

  it('the false stycke is gone: 4 kap. 27 § KL has one stycke, so "andra stycket" is reported', () => {
    assert.equal(lookupProvision('2017:725', '4', '27')!.structure!.stycken, 1);
    assert.equal(citeText('4 kap. 27 § andra stycket KL', '2026-03-02')[0]!.structureProblem?.kind, 'stycke');
  });
});
