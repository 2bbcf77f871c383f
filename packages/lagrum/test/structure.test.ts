import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readStructure } from '../scripts/lib/structure.js';
import { textsPath } from '../scripts/build-registry.js';
import { allLaws, lawBySfs, lookupProvision, type ProvisionStructure } from '../src/index.js';
import { numberedPoints, selexAvailable, selexFiles, sourceParagraphs } from './selex-source.js';

const ORD = ['första', 'andra', 'tredje', 'fjärde', 'femte', 'sjätte', 'sjunde', 'åttonde', 'nionde', 'tionde'];

function structureOf(sfs: string, kapitel: string | null, paragraf: string): ProvisionStructure | null {
  const p = lookupProvision(sfs, kapitel, paragraf);
  assert.ok(p, `${sfs} ${kapitel ?? ''}:${paragraf} finns inte`);
  return p.structure;
}

describe('provision structure (stycken and points)', () => {
  describe('reading paragraphs (readStructure)', () => {
    it('counts stycken and the points of each', () => {
      assert.deepEqual(readStructure(['Intro', '1. a,', '2. b, eller', '3. c.', 'Nästa stycke.']), [2, [3, 0]]);
      assert.deepEqual(readStructure(['Ett.', 'Två.', 'Tre.']), [3]);
      // "2 a." does not count; dash items, "a)" sub-points and a lower-case tail stay in their stycke.
      assert.deepEqual(readStructure(['Intro', '1. a,', '2. b,', '2 a. b2,', '- x,', '- y,', '3. c', 'om inte annat följer.', 'Ny.']), [2, [3, 0]]);
      assert.deepEqual(readStructure(['Intro', '1. a, där', 'a) x,', 'b) y.']), [1, [1]]);
    });
    it('records nothing where the numbering shows the paragraphs cannot be read reliably', () => {
      // A point's own second paragraph (LSS 11 a §): point 2 then follows a "stycke" without points.
      assert.equal(readStructure(['Intro:', '1. Första.', 'Mer om första.', '2. Andra.']), null);
      assert.equal(readStructure(['Intro', '1. a', '3. c']), null);
      assert.equal(readStructure(['1. a', '2. b']), null, 'a list with no stycke introducing it');
      assert.equal(readStructure([]), null);
    });
  });

  describe('against the selex source', () => {
    before(function () {
      if (!selexAvailable()) {
        console.log('      (hoppar över: selex-filerna saknas; sätt ARENDE_LAGAR_DIR)');
        this.skip();
      }
    });

    it('KL 4 kap. 20 §: as many stycken as the source has blank-line-separated paragraphs', () => {
      const paragraphs = sourceParagraphs('2017:725', '4', '20');
      assert.equal(numberedPoints(paragraphs).length, 0);
      assert.deepEqual(structureOf('2017:725', '4', '20'), { stycken: paragraphs.length, punkter: paragraphs.map(() => 0) });
    });

    it('LSS 9 §: one stycke with as many points as the source numbers', () => {
      const paragraphs = sourceParagraphs('1993:387', null, '9');
      const points = numberedPoints(paragraphs);
      assert.deepEqual(
        points,
        points.map((_, i) => i + 1),
        'the source numbers 1, 2, 3 …',
      );
      assert.ok(points.length > 1);
      assert.equal(paragraphs.length - points.length, 1, 'one paragraph of text: the stycke introducing the list');
      assert.deepEqual(structureOf('1993:387', null, '9'), { stycken: 1, punkter: [points.length] });
    });

    it('KL 5 kap. 22 §, LSS 9 a §, KL 1 kap. 7 §: lists in the right stycke', () => {
      for (const [sfs, k, p] of [
        ['2017:725', '5', '22'],
        ['1993:387', null, '9 a'],
        ['2017:725', '1', '7'],
      ] as const) {
        const paragraphs = sourceParagraphs(sfs, k, p);
        // Each paragraph that is not a numbered point begins a stycke; the points after it are its own.
        const expected: number[] = [];
        for (const para of paragraphs) {
          const m = /^(\d+)\.\s/.exec(para);
          if (m) expected[expected.length - 1] = Number(m[1]);
          else expected.push(0);
        }
        assert.ok(
          expected.some((n) => n > 0),
          `${sfs} ${p}: the source has a list`,
        );
        assert.deepEqual(structureOf(sfs, k, p), { stycken: expected.length, punkter: expected }, `${sfs} ${k}:${p}`);
      }
    });

    it('LSS 11 a § (a point with a paragraph of its own) has no structure: unknown, so unchecked', () => {
      const points = numberedPoints(sourceParagraphs('1993:387', null, '11 a'));
      assert.ok(points.length >= 2);
      assert.equal(structureOf('1993:387', null, '11 a'), null);
    });

    it('every recorded structure agrees with the provision text: its paragraphs and numbered points', () => {
      const texts = JSON.parse(readFileSync(textsPath, 'utf8')) as Record<string, (string | null)[]>;
      let checked = 0;
      for (const sfs of Object.keys(selexFiles)) {
        lawBySfs(sfs)!.refs.forEach((ref, i) => {
          const [k, p] = ref.includes(':') ? ref.split(':') : [null, ref];
          const s = lookupProvision(sfs, k, p)!.structure;
          if (!s) return;
          const lines = texts[sfs]![i]!.split('\n');
          const numbered = lines.filter((l) => /^\d+\.\s/.test(l)).length;
          assert.equal(
            s.punkter.reduce((a, b) => a + b, 0),
            numbered,
            `${sfs} ${ref}: points`,
          );
          assert.equal(s.punkter.length, s.stycken);
          assert.ok(s.stycken >= 1 && s.stycken <= lines.length - numbered, `${sfs} ${ref}: stycken`);
          checked++;
        });
      }
      assert.ok(checked > 900, `only ${checked} provisions with structure`);
    });

    it("the seven laws' own references ('första stycket 2', '13 § andra stycket') stay within the structure", () => {
      // A reference to a stycke written in a provision is to that provision, or to "N §" of the same law
      // (chapter: the same, unless named), unless another law follows.
      const texts = JSON.parse(readFileSync(textsPath, 'utf8')) as Record<string, (string | null)[]>;
      const ord = ORD.join('|');
      const re = new RegExp(
        String.raw`(?:(?:(\d+(?: [a-z])?) kap\. )?(\d+(?: [a-z])?) § )?((?:${ord})(?:(?:,| och| eller) (?:${ord}))*) stycket(?: (\d+)(?![\d:]| kap| §))?`,
        'gu',
      );
      let checked = 0;
      const wrong: string[] = [];
      for (const sfs of Object.keys(selexFiles)) {
        const law = lawBySfs(sfs)!;
        law.refs.forEach((ref, i) => {
          const text = texts[sfs]![i];
          if (!text) return;
          const [k0, p0] = ref.includes(':') ? ref.split(':') : [null, ref];
          for (const m of text.matchAll(re)) {
            const after = text.slice(m.index + m[0].length, m.index + m[0].length + 50);
            if (/^\s*(?:i |enligt |[\p{L}-]*(?:lagen|balken|förordningen|formen|ordningen)|\(|samma)/u.test(after)) continue;
            if (!m[2] && /§§?\s?$|kap\.\s$/.test(text.slice(0, m.index))) continue;
            const s = lookupProvision(sfs, law.hasChapters ? (m[2] ? (m[1] ?? k0) : k0) : null, m[2] ?? p0)?.structure;
            if (!s) continue;
            const stycke = Math.max(...m[3]!.split(/,? (?:och|eller) |, /).map((o) => ORD.indexOf(o) + 1));
            const punkt = m[4] ? Number(m[4]) : 0;
            checked++;
            if (stycke > s.stycken || punkt > (s.punkter[stycke - 1] ?? 0)) wrong.push(`${sfs} ${ref}: "${m[0]}"`);
          }
        });
      }
      // LPT (issue 21) refers in 25 § to "26 § tredje stycket" and in 40 § to "15 § andra stycket", but the data's
      // current wording of 26 § has two stycken and of 15 § one: the references outlived an amendment, or the
      // source lost a stycke. Listed so that a data update that changes it shows.
      assert.deepEqual(wrong, ['1991:1128 25: "26 § tredje stycket"', '1991:1128 40: "15 § andra stycket"']);
      assert.ok(checked > 200, `only ${checked} references checked`);
    });
  });

  it('laws without structure in the data (SoL, HSL, OSL and the other JSON-only laws) record none', () => {
    const withStructure = new Set(Object.keys(selexFiles));
    let none = 0;
    for (const law of allLaws()) {
      if (withStructure.has(law.sfs)) continue;
      for (const ref of law.refs) {
        const [k, p] = ref.includes(':') ? ref.split(':') : [null, ref];
        assert.equal(lookupProvision(law.sfs, k, p)!.structure, null, `${law.sfs} ${ref}`);
        none++;
      }
    }
    assert.ok(['2001:453', '2025:400', '2017:30', '2009:400'].every((s) => lawBySfs(s) && !withStructure.has(s)));
    assert.ok(none > 1000);
  });
});
