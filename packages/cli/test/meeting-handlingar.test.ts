/**
 * Handlingar that are not drafts (issue 19 point 7): listed in the kallelse by `titel`, else by the file name
 * without extension and dashes; `--med-handlingar` names every one it cannot put into the Word file, and
 * appends a PDF's pages to the kallelse's PDF (appendPdfPages, read back with pdf-lib).
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { parts } from '../../docx/test/helpers.js';
import { appendPdfPages } from '../src/append-pdf.js';
import { arende } from './helpers.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
const SN = 'sammantrade-socialnamnden-2026-04-22.md';

async function pdfOfPages(n: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < n; i++) doc.addPage([595, 842]);
  return doc.save();
}

const documentText = (file: string) =>
  parts(readFileSync(file))
    ['word/document.xml']!.replace(/<w:noBreakHyphen\/>/g, '-')
    .replace(/<[^>]+>/g, '');

describe('handlingar that are not drafts', () => {
  let dir: string;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'arende-handlingar-'));
    cpSync(EXAMPLES, dir, { recursive: true });
    writeFileSync(path.join(dir, 'delegationslista-mars-2026.pdf'), await pdfOfPages(2));
    writeFileSync(path.join(dir, 'ekonomisk-uppfoljning.xlsx'), 'PK');
    const meeting = readFileSync(path.join(dir, SN), 'utf8').replace(
      '      - namnduppdrag-sip-uppfoljning.md\n',
      '      - namnduppdrag-sip-uppfoljning.md\n      - fil: delegationslista-mars-2026.pdf\n        titel: Delegationsbeslut mars 2026\n      - ekonomisk-uppfoljning.xlsx\n',
    );
    writeFileSync(path.join(dir, 'mote.md'), meeting);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('are listed by titel, else by file name; check accepts {fil, titel}', async () => {
    const check = await arende(['check', 'mote.md'], dir);
    assert.equal(check.code, 0, check.stdout + check.stderr);
    const r = await arende(['agenda', 'mote.md', '-o', 'k.docx'], dir);
    assert.equal(r.code, 0, r.stderr);
    const text = documentText(path.join(dir, 'k.docx'));
    assert.ok(text.includes('Delegationsbeslut mars 2026'));
    assert.ok(text.includes('ekonomisk uppfoljning'));
    assert.ok(!text.includes('.xlsx') && !text.includes('.pdf'));
  });

  it('--med-handlingar without a PDF names the files it did not append', async () => {
    const r = await arende(['agenda', 'mote.md', '-o', 'k2.docx', '--med-handlingar'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stderr,
      /--med-handlingar lade inte till 'delegationslista-mars-2026\.pdf', 'ekonomisk-uppfoljning\.xlsx': filerna är inga utkast .* En \.pdf läggs sist i kallelsens PDF med --pdf\./,
    );
  });

  it('appendPdfPages adds each PDF’s pages in order and names a file that is no PDF', async () => {
    const kallelse = await pdfOfPages(3);
    const out = await appendPdfPages(kallelse, [
      { path: path.join(dir, 'delegationslista-mars-2026.pdf'), label: 'delegationslista-mars-2026.pdf' },
      { path: path.join(dir, 'ekonomisk-uppfoljning.xlsx'), label: 'ekonomisk-uppfoljning.xlsx' },
    ]);
    assert.equal((await PDFDocument.load(out.bytes)).getPageCount(), 5);
    assert.deepEqual(out.appended, ['delegationslista-mars-2026.pdf']);
    assert.deepEqual(
      out.failed.map((f) => f.file),
      ['ekonomisk-uppfoljning.xlsx'],
    );
  });
});
