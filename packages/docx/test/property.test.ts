import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDraft } from '@arende/core';
import { exportDraft } from '../src/index.js';
import { XMLValidator } from 'fast-xml-parser';
import { parts } from './helpers.js';

/** Markdown made of the constructs drafts use, in any order and nesting remark gives them. */
const piece = fc.constantFrom(
  '## Rubrik',
  '### Under',
  '# Annan rubrik',
  'Text med **fet** och *kursiv* och `kod`.',
  '- punkt\n- punkt två\n  - inre',
  '3. tre\n4. fyra',
  '> citat\n> - lista',
  '| a | b |\n|---|--:|\n| 1 | 2 |',
  'Fotnot[^x] och [länk](javascript:alert(1)) och [bra](https://a.se).',
  '[^x]: Fotnotens text.',
  '[^y]: Oanvänd fotnot.',
  'Saknad fotnot[^saknas].',
  '```\nkod\n```',
  '---',
  '<div>html</div>',
  'Rad<br>bryt & < > " \'',
  '![bild](x.png)',
  '- [ ] uppgift',
  '## Vi föreslår därför att',
  '- att något görs',
  '',
  '\u0000\u0007 styrtecken',
);

/** Any text at all: every Unicode code point, lone surrogates and control characters included. */
const anyText = fc.string({ unit: 'binary', maxLength: 40 });

const front = `---
typ: medborgarförslag
rubrik: Prov
datum: 2026-01-05
mottagare: Kommunfullmäktige
kommun: Exempelby kommun
avsändare:
  - namn: Ada Prov
    adress: Hemlig väg 1
    e-post: ada@hemlig.se
    telefon: 070-000 00 00
---
`;

describe('exportDraft on generated Markdown', () => {
  it('never throws, is deterministic, writes no control characters and never the contact details', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, anyText), { maxLength: 25 }), (pieces) => {
        const draft = parseDraft(front + pieces.join('\n\n'));
        const a = exportDraft(draft);
        const b = exportDraft(parseDraft(front + pieces.join('\n\n')));
        assert.equal(Buffer.compare(Buffer.from(a), Buffer.from(b)), 0);
        for (const [name, xml] of Object.entries(parts(a))) {
          assert.ok(!/Hemlig väg|ada@hemlig|070-000/.test(xml), name);
          // XML 1.0 forbids C0 control characters other than tab, LF and CR.
          assert.ok(!/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(xml), `${name}: control character`);
          // Well-formed, checked by an independent XML parser (we write the XML by hand).
          const verdict = XMLValidator.validate(xml);
          assert.equal(verdict, true, `${name}: ${JSON.stringify(verdict)}`);
        }
      }),
      { numRuns: 150, seed: 4 },
    );
  });
});
