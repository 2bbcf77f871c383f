import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkText, decodeDraft, firstInvalidUtf8 } from '../src/index.js';

describe('decodeDraft', () => {
  it('finds the first byte that is not UTF-8 exactly where a strict decoder fails (property, 5,000 byte strings)', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const valid = (b: Uint8Array) => {
      try {
        fatal.decode(b);
        return true;
      } catch {
        return false;
      }
    };
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 20 }).map((s) => new TextEncoder().encode(s)),
      fc
        .tuple(fc.string({ unit: 'binary', maxLength: 10 }), fc.uint8Array({ minLength: 1, maxLength: 4 }))
        .map(([s, b]) => new Uint8Array([...new TextEncoder().encode(s), ...b])),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        const bad = firstInvalidUtf8(b);
        assert.equal(bad === -1, valid(b));
        if (bad >= 0) {
          assert.ok(valid(b.subarray(0, bad)), 'the bytes before the first bad one are UTF-8');
        }
      }),
      { numRuns: 5000, seed: 8 },
    );
  });

  it('keeps a UTF-8 byte-order mark for parseDraft, and reads UTF-8 as it is', () => {
    const text = '\ufeff---\ntyp: politikerinitiativ\n---\nÅäö\n';
    assert.deepEqual(decodeDraft(new TextEncoder().encode(text)), { text });
  });

  it('Latin-1: the problem is at the first bad byte, with the letter it most likely is', () => {
    const d = decodeDraft(Buffer.from('---\nrubrik: Träffpunkt\n', 'latin1'));
    assert.equal(d.encoding, 'Windows-1252 (Latin-1)');
    assert.deepEqual([d.problem!.range.start.line, d.problem!.range.start.column], [2, 11]);
    assert.match(d.problem!.message, /byten 0xE4 på rad 2, kolumn 11 \('ä'\)/);
    assert.equal(d.text, '---\nrubrik: Träffpunkt\n');
  });

  it('bytes that are neither UTF-8 nor Windows-1252 letters say "en annan kodning"', () => {
    const d = decodeDraft(new Uint8Array([0x41, 0x81, 0x82, 0x83, 0x0a]));
    assert.match(d.problem!.message, /inte sparad som UTF-8 utan i en annan kodning/);
  });
});

describe('CR-only line endings', () => {
  it('are line breaks in the frontmatter as in the body', () => {
    const lf =
      '---\ntyp: politikerinitiativ\nrubrik: A\ndatum: 2026-03-02\nmottagare: SN\navsändare:\n  - namn: Kim\n    parti: X\nlagrum:\n  - 4 kap. 20 § kommunallagen (2017:725)\n---\n\n## Bakgrund\n\nText.\n\n## Vi föreslår därför att\n\n- nämnden gör något\n';
    const show = (t: string) => checkText(t).diagnostics.map((d) => `${d.ruleId} ${d.range.start.line}:${d.range.start.column}`);
    assert.deepEqual(show(lf.replace(/\n/g, '\r')), show(lf));
    assert.equal(checkText(lf.replace(/\n/g, '\r')).draft.attSatser.length, 1);
  });
});
