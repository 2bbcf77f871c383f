/**
 * `arende export --radnummer` (issue 20): the lines numbered in the margin through the whole document
 * (w:lnNumType restart continuous, never per page), the att-satser keeping their list numbers; without the
 * flag nothing changes. LibreOffice's PDF of it is read in test/tracked-changes-readers.test.ts.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportCommand } from '../../cli/src/commands/export.js';
import { fakeIo, paragraphs, parts } from './helpers.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
const MOTION = 'motion-suicidprevention.md';

describe('export --radnummer', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'arende-radnummer-'));
    cpSync(EXAMPLES, dir, { recursive: true });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes w:lnNumType (every line, continuous) in the section, after pgMar and before cols; the att-satser stay a numbered list', async () => {
    const t = fakeIo(dir);
    assert.equal(await exportCommand([MOTION, '--radnummer', '-o', 'rader.docx'], t.io), 0, t.err());
    const xml = parts(readFileSync(path.join(dir, 'rader.docx')))['word/document.xml']!;
    const sectPr = /<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(xml)![0];
    assert.match(sectPr, /<w:pgMar [^>]*\/><w:lnNumType w:countBy="1" w:distance="284" w:restart="continuous"\/><w:cols /);
    assert.equal(xml.match(/<w:lnNumType /g)!.length, 1);
    const numbered = paragraphs(xml).filter((p) => /<w:numPr>/.test(p.xml));
    assert.ok(numbered.length >= 2, 'the att-satser are list paragraphs');
  });

  it('without the flag there is no line numbering', async () => {
    const t = fakeIo(dir);
    assert.equal(await exportCommand([MOTION, '-o', 'utan.docx'], t.io), 0, t.err());
    assert.doesNotMatch(parts(readFileSync(path.join(dir, 'utan.docx')))['word/document.xml']!, /lnNumType/);
  });
});
