/**
 * arende export and arende agenda as users meet them for publishing (issue 12): --mall (and "mall"
 * in arende.config.json), --pdf through a real LibreOffice (checked with pdfinfo and pdftotext),
 * --med-kontaktuppgifter, and a broken template or missing LibreOffice writing nothing.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../packages/cli/src/io.js';
import { exportCommand } from '../packages/cli/src/commands/export.js';
import { agendaCommand } from '../packages/cli/src/commands/agenda.js';
import { parseDraft } from '../packages/core/src/index.js';
import { findSoffice, docxToPdf, PdfError } from '../packages/docx/src/node.js';
import { parts } from '../packages/docx/test/helpers.js';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const TEMPLATE = path.join(ROOT, 'templates/word/sjoviks-kommun.dotx');
const EXAMPLE = 'politikerinitiativ-sip-samordning.md';

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { cwd, stdout: (t) => out.push(t), stderr: (t) => err.push(t), today: () => '2026-01-01' };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

/** One part of a written .docx, as text. */
function unzipText(file: string, part: string): string {
  const text = parts(new Uint8Array(readFileSync(file)))[part];
  assert.ok(text, `${part} in ${path.basename(file)}`);
  return text;
}

describe('arende export/agenda for publishing', function () {
  this.timeout(180_000);
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'arende-publicera-'));
    for (const f of readdirSync(path.join(ROOT, 'examples'))) if (f.endsWith('.md')) copyFileSync(path.join(ROOT, 'examples', f), path.join(dir, f));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('--mall puts the export in the kommun template; "mall" in arende.config.json does the same', async () => {
    const t = io(dir);
    assert.equal(await exportCommand([EXAMPLE, '--mall', TEMPLATE, '-o', 'med-flagga.docx'], t.io), 0, t.err());
    const doc = unzipText(path.join(dir, 'med-flagga.docx'), 'word/document.xml');
    assert.match(doc, /<w:pStyle w:val="Rubrik1"\/>/);
    mkdirSync(path.join(dir, 'mallar'));
    copyFileSync(TEMPLATE, path.join(dir, 'mallar', 'kommunen.dotx'));
    writeFileSync(path.join(dir, 'arende.config.json'), JSON.stringify({ mall: 'mallar/kommunen.dotx' }));
    const c = io(dir);
    assert.equal(await exportCommand([EXAMPLE, '-o', 'med-config.docx'], c.io), 0, c.err());
    assert.equal(Buffer.compare(readFileSync(path.join(dir, 'med-config.docx')), readFileSync(path.join(dir, 'med-flagga.docx'))), 0);
  });

  it('a broken or missing template stops with a clear message and writes nothing', async () => {
    writeFileSync(path.join(dir, 'trasig.dotx'), 'inte en zip');
    for (const [mall, message] of [
      ['trasig.dotx', /arende export: mallen 'trasig.dotx' är ingen Word-fil/],
      ['saknas.dotx', /arende export: mallen '.*saknas.dotx' finns inte\./],
    ] as const) {
      const t = io(dir);
      assert.equal(await exportCommand([EXAMPLE, '--mall', mall], t.io), 2);
      assert.match(t.err(), message);
      assert.deepEqual(
        readdirSync(dir).filter((f) => f.endsWith('.docx')),
        [],
      );
    }
    const a = io(dir);
    assert.equal(await agendaCommand(['--nämnd', 'Socialnämnden', '--datum', '2026-04-15', '--mall', 'trasig.dotx', '.'], a.io), 2);
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith('.docx')),
      [],
    );
  });

  it("--med-kontaktuppgifter writes the sender's version next to the draft, saying what it is for; the default has no contact details", async () => {
    const file = 'medborgarforslag-anhorigcafe.md';
    const draft = parseDraft(readFileSync(path.join(dir, file), 'utf8'));
    const sender = draft.senders[0]!;
    assert.ok(sender.adress && sender['e-post']);
    const t = io(dir);
    assert.equal(await exportCommand([file, '--med-kontaktuppgifter'], t.io), 0, t.err());
    assert.match(t.out(), /'medborgarforslag-anhorigcafe-med-kontaktuppgifter.docx' har avsändarens kontaktuppgifter: för inlämning, inte för publicering/);
    const own = unzipText(path.join(dir, 'medborgarforslag-anhorigcafe-med-kontaktuppgifter.docx'), 'word/document.xml');
    assert.ok(own.includes(sender.adress) && own.includes(sender['e-post']!));
    assert.match(own, /inte för publicering/);
    assert.equal(await exportCommand([file], io(dir).io), 0);
    const published = unzipText(path.join(dir, 'medborgarforslag-anhorigcafe.docx'), 'word/document.xml');
    assert.ok(!published.includes(sender.adress) && !published.includes(sender['e-post']!));
  });

  it('without LibreOffice, --pdf says how to install it and writes nothing', async () => {
    const saved = process.env.ARENDE_SOFFICE;
    process.env.ARENDE_SOFFICE = path.join(dir, 'finns-inte', 'soffice');
    try {
      const t = io(dir);
      assert.equal(await exportCommand([EXAMPLE, '--pdf'], t.io), 2);
      assert.match(t.err(), /PDF skapas med LibreOffice, som inte hittades\. Installera det \(Debian\/Ubuntu: sudo apt-get install libreoffice-writer-nogui/);
      assert.deepEqual(
        readdirSync(dir).filter((f) => /\.(docx|pdf)$/.test(f)),
        [],
      );
      await assert.rejects(docxToPdf(new Uint8Array(4)), PdfError);
    } finally {
      if (saved === undefined) delete process.env.ARENDE_SOFFICE;
      else process.env.ARENDE_SOFFICE = saved;
    }
  });

  describe('with LibreOffice', () => {
    before(async () => {
      if (!(await findSoffice())) throw new Error("LibreOffice saknas: installera med 'apt-get install -y libreoffice-writer-nogui' (.ci/run gör det).");
    });

    it('--pdf gives a tagged PDF/A-2 (and PDF/UA) with the rubrik as title and every att-sats in its text', async () => {
      const t = io(dir);
      assert.equal(await exportCommand([EXAMPLE, '--pdf', '--mall', TEMPLATE], t.io), 0, t.err());
      const pdf = path.join(dir, EXAMPLE.replace(/\.md$/, '.pdf'));
      assert.match(t.out(), /och 'politikerinitiativ-sip-samordning.pdf'/);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const draft = parseDraft(readFileSync(path.join(dir, EXAMPLE), 'utf8'));
      assert.match(info, /^Tagged:\s+yes$/m);
      assert.equal(/^Title:\s+(.*)$/m.exec(info)?.[1], draft.metadata.rubrik);
      const meta = execFileSync('pdfinfo', ['-meta', pdf], { encoding: 'utf8' });
      assert.match(meta, /<pdfaid:part>2<\/pdfaid:part>/);
      assert.match(meta, /<pdfaid:conformance>B<\/pdfaid:conformance>/);
      assert.match(meta, /<pdfuaid:part>1<\/pdfuaid:part>/);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      assert.ok(draft.attSatser.length > 0);
      for (const a of draft.attSatser) assert.ok(text.includes(a.text.replace(/\s+/g, ' ')), `att-sats "${a.text}" in the PDF`);
      assert.ok(text.includes('Storgatan 1'), "the template's footer");
    });

    it('arende agenda --pdf makes the kallelse as PDF/A too', async () => {
      const t = io(dir);
      // The examples' meeting file (one nämnd in one kommun; the examples as a whole span several).
      const code = await agendaCommand(['sammantrade-socialnamnden-2026-04-22.md', '--pdf', '-o', 'kallelse.docx'], t.io);
      assert.equal(code, 0, t.err());
      const info = execFileSync('pdfinfo', [path.join(dir, 'kallelse.pdf')], { encoding: 'utf8' });
      assert.match(info, /Tagged:\s+yes/);
      assert.match(info, /Title:\s+Kallelse Socialnämnden 2026-04-22/);
      assert.match(execFileSync('pdfinfo', ['-meta', path.join(dir, 'kallelse.pdf')], { encoding: 'utf8' }), /<pdfaid:part>2<\/pdfaid:part>/);
    });

    it('-o ut.pdf names the PDF and puts the Word file beside it as ut.docx (export and protokoll)', async () => {
      const t = io(dir);
      assert.equal(await exportCommand([EXAMPLE, '--pdf', '-o', 'ut.pdf'], t.io), 0, t.err());
      assert.match(t.out(), /till 'ut\.docx' och 'ut\.pdf'/);
      assert.match(execFileSync('pdfinfo', [path.join(dir, 'ut.pdf')], { encoding: 'utf8' }), /Tagged:\s+yes/);
      assert.ok(unzipText(path.join(dir, 'ut.docx'), 'word/document.xml').includes('<w:body>'));
      assert.ok(!existsSync(path.join(dir, 'ut.pdf.docx')) && !existsSync(path.join(dir, 'ut.pdf.pdf')));
      const p = io(dir);
      const { protokollCommand } = await import('../packages/cli/src/commands/protokoll.js');
      assert.equal(await protokollCommand(['sammantrade-socialnamnden-2026-04-22.md', '-o', 'prot.pdf'], p.io), 0, p.err());
      assert.ok(existsSync(path.join(dir, 'prot.pdf')) && existsSync(path.join(dir, 'prot.docx')));
      assert.match(execFileSync('pdftotext', [path.join(dir, 'prot.pdf'), '-'], { encoding: 'utf8' }), /Protokoll|PROTOKOLL/);
    });
  });
});

before(() => {
  assert.ok(existsSync(TEMPLATE), 'templates/word/sjoviks-kommun.dotx (node scripts/gen-word-template.mjs)');
});
