/**
 * Issue 17 §5: a draft whose å/ä/ö are a letter plus a combining mark (NFD, from macOS or a PDF) is read as
 * the same letters; diagnostics point into the file's own text, and a fix changes only its span, written
 * in the draft's own form.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { applyFixes, checkDraft, fileText, parseDraft } from '../src/index.js';
import { toNfc } from '../src/model/normalization.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.md') && f !== 'README.md');

describe('NFD drafts are read as NFC (issue 17)', () => {
  for (const file of examples) {
    it(`${file} in NFD gives the same problems at the same lines as in NFC`, () => {
      const nfc = readFileSync(EXAMPLES + file, 'utf8');
      const nfd = nfc.normalize('NFD');
      assert.notEqual(nfd, nfc);
      const summary = (text: string) => checkDraft(parseDraft(text)).map((d) => `${d.ruleId} ${d.range.start.line} ${d.message}`);
      assert.deepEqual(summary(nfd), summary(nfc));
      const draft = parseDraft(nfd);
      assert.equal(fileText(draft), nfd);
      assert.equal(draft.text, nfc);
      assert.ok(draft.kind, 'typ read');
    });
  }

  it('an NFD key (avsändare) is no unknown key, and the proposal heading is found', () => {
    const nfd = readFileSync(`${EXAMPLES}motion-bostad-forst.md`, 'utf8').normalize('NFD');
    const draft = parseDraft(nfd);
    assert.ok(draft.proposal, 'proposal heading found');
    assert.ok(draft.senders.length > 0);
    assert.deepEqual(
      checkDraft(draft).filter((d) => d.ruleId === 'frontmatter-unknown-key' || d.ruleId === 'att-sats-missing'),
      [],
    );
  });

  it('--fix on an NFD draft changes only the fixed spans and writes the replacement in NFD', () => {
    const nfc = readFileSync(`${EXAMPLES}motion-bostad-forst.md`, 'utf8').replace(
      /\n## /,
      '\nEnligt socialtjänstlagen 5:1 gäller det, och 10 kap 8 § SoL säger så.\n\n## ',
    );
    const nfd = nfc.normalize('NFD');
    const draft = parseDraft(nfd);
    const diagnostics = checkDraft(draft);
    const fixes = diagnostics.filter((d) => d.expected);
    assert.equal(fixes.length, 2);
    for (const d of fixes) assert.equal(nfd.slice(d.range.start.offset, d.range.end.offset), d.actual);
    const { text, applied } = applyFixes(fileText(draft), diagnostics);
    assert.equal(applied.length, 2);
    assert.equal(text, nfd.replace('socialtjänstlagen 5:1'.normalize('NFD'), '5 kap. 1 § SoL').replace('10 kap 8 § SoL', '10 kap. 8 § SoL'));
    assert.equal(text.normalize('NFC'), applyFixes(nfc, checkDraft(parseDraft(nfc))).text);
    assert.ok(!text.includes('socialtjäsocialtjänstlagen'));
  });

  it('a replacement with å/ä/ö goes into an NFD draft in NFD', () => {
    const nfd = '---\ntyp: motion\nrubrik: Bra\navsandare:\n  - namn: Åsa Öberg\n---\n\nText om äldre.\n'.normalize('NFD');
    const diagnostics = checkDraft(parseDraft(nfd)).filter((d) => d.ruleId === 'frontmatter-unknown-key' && d.expected);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.expected![0], 'avsändare'.normalize('NFD'));
    const { text } = applyFixes(nfd, diagnostics);
    assert.equal(text, nfd.replace('avsandare', 'avsändare'.normalize('NFD')));
  });

  it('a replacement of a span with a § but no å/ä/ö goes into an NFD draft in NFD (found by the fuzz harness)', async () => {
    const { inSourceForm } = await import('../src/model/normalization.js');
    assert.equal(inSourceForm('10 kap. 3 § socialtjänstlagen (2025:400)', '3 kap. 5 § SoL'), '10 kap. 3 § socialtjänstlagen (2025:400)'.normalize('NFD'));
    assert.equal(inSourceForm('socialtjänstlagen', 'socialtjänst'), 'socialtjänstlagen', 'a span written composed keeps its form');
    const nfd = '---\ntyp: motion\nrubrik: Bra\ndatum: 2026-03-02\n---\n\nDet följer av 3 kap. 5 § SoL och är äldre.\n'.normalize('NFD');
    let text = nfd;
    for (let round = 0; round < 3; round++) text = applyFixes(text, checkDraft(parseDraft(text))).text;
    assert.equal(text, text.normalize('NFD'));
  });

  it('toNfc: every offset of the NFC text maps to a boundary of the source, in order, and slices agree under NFC', () => {
    const piece = fc.constantFrom('a', 'å', 'a\u030a', 'o\u0308', 'ö', 'e\u0301\u0323', '\n', ' ', 'Å', '\u212b', 'x', '𝟖', '\u0308');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const source = pieces.join('');
        const { text, source: s } = toNfc(source);
        if (!s) {
          assert.equal(text, source);
          return;
        }
        assert.equal(s.toSource.length, text.length + 1);
        assert.equal(s.toSource[text.length], source.length);
        for (let i = 1; i <= text.length; i++) assert.ok(s.toSource[i]! >= s.toSource[i - 1]!);
        // Offsets where a source cluster starts (inside a cluster every offset maps to its start).
        const starts = [...Array(text.length + 1).keys()].filter((i) => i === 0 || i === text.length || s.toSource[i] !== s.toSource[i - 1]);
        for (const i of starts) {
          for (const j of starts) {
            if (j < i) continue;
            assert.equal(source.slice(s.toSource[i], s.toSource[j]).normalize('NFC'), text.slice(i, j).normalize('NFC'));
          }
        }
      }),
      { seed: 17, numRuns: 300 },
    );
  });
});
