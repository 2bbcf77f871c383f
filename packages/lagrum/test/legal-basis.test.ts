import assert from 'node:assert/strict';
import { citeText } from '../src/index.js';

// The provisions the rules in core rest on must resolve: a rule's own legal basis may not be wrong.
describe('legal basis of the rules', () => {
  const bases = [
    ['4 kap. 20 § kommunallagen (2017:725)', '2017:725', '4', '20'],
    ['8 kap. 1 § kommunallagen (2017:725)', '2017:725', '8', '1'],
    ['26 kap. 1 § offentlighets- och sekretesslagen (2009:400)', '2009:400', '26', '1'],
    ['3 kap. 10 § dataskyddslagen (2018:218)', '2018:218', '3', '10'],
  ] as const;
  for (const [text, sfs, kapitel, paragraf] of bases) {
    it(`${text} is gällande on 2026-11-23`, () => {
      const [r, ...rest] = citeText(text, '2026-11-23');
      assert.equal(rest.length, 0);
      assert.equal(r!.sfs, sfs);
      assert.equal(r!.kapitel, kapitel);
      assert.equal(r!.paragraf, paragraf);
      assert.equal(r!.status, 'gällande');
      assert.ok(r!.lydelse && r!.lydelse.length > 20);
    });
  }
});
