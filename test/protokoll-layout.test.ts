/**
 * The protokoll's page 1 as a reader sees it (issue 19, point 6): LibreOffice's PDF read back by
 * `pdftotext -layout`. The label column is one table, so each label and its value stand on one line;
 * the signatures (sekreterare, ordförande, justerare) are on page 1, with a närvaro too long for it moved
 * to a närvaroförteckning on page 2; and no date breaks across lines (Word's no-break hyphen), here or in
 * the kallelse.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { agendaCommand } from '../packages/cli/src/commands/agenda.js';
import { protokollCommand } from '../packages/cli/src/commands/protokoll.js';
import { NÄRVARO_LINES_ON_FIRST_PAGE } from '../packages/docx/src/protokoll.js';
import { fakeIo } from '../packages/docx/test/helpers.js';

const EXAMPLES = fileURLToPath(new URL('../examples/', import.meta.url));
const SN = 'sammantrade-socialnamnden-2026-04-22.md';
const KF = 'sammantrade-kommunfullmaktige-2026-06-15.md';

/** pdftotext's text of each page, the no-break hyphen (U+2011) read as '-'. */
function pages(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    .replace(/\u2011/g, '-')
    .split('\f');
}

/** The line of a page that starts with the label (after the layout's indent). */
function lineOf(page: string, label: string): string | undefined {
  return page.split('\n').find((l) => l.trimStart().startsWith(label));
}

/** A date broken across lines: "2026-" at a line's end, or a line starting with "04-22" and nothing before it. */
const BROKEN_DATE = /\d{4}-\s*\n\s*\d{2}-\d{2}|\d{4}-\d{2}-\s*\n/;

describe('protokoll layout in LibreOffice (pdftotext -layout)', function () {
  this.timeout(240000);
  let dir: string;
  let sn: string[];
  let kf: string[];
  let big: string[];
  let kallelse: string[];
  const names = Array.from({ length: 31 }, (_, i) => `Ledamot Nummer${i + 1} (Sjöviks framtid)`);

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'arende-layout-'));
    cpSync(EXAMPLES, dir, { recursive: true });
    // A fullmäktige of 31 beslutande: more närvaro than page 1 holds beside its signatures.
    const kfText = readFileSync(path.join(dir, KF), 'utf8');
    const many = kfText.replace(/ {2}beslutande:\n(?: {4}- .*\n)+/, `  beslutande:\n${names.map((n) => `    - ${n}\n`).join('')}`);
    assert.notEqual(many, kfText);
    writeFileSync(path.join(dir, 'stor.md'), many);
    for (const [file, out] of [
      [SN, 'sn.docx'],
      [KF, 'kf.docx'],
      ['stor.md', 'stor.docx'],
    ] as const) {
      const t = fakeIo(dir);
      assert.equal(await protokollCommand([file, '-o', out], t.io), 0, t.err());
    }
    const t = fakeIo(dir);
    assert.equal(await agendaCommand([SN, '-o', 'kallelse.docx'], t.io), 0, t.err());
    const profile = `file://${path.join(dir, 'lo-profile')}`;
    const docs = ['sn.docx', 'kf.docx', 'stor.docx', 'kallelse.docx'].map((f) => path.join(dir, f));
    const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...docs], {
      encoding: 'utf8',
      timeout: 200000,
    });
    assert.equal(r.status, 0, r.stderr);
    sn = pages(path.join(dir, 'sn.pdf'));
    kf = pages(path.join(dir, 'kf.pdf'));
    big = pages(path.join(dir, 'stor.pdf'));
    kallelse = pages(path.join(dir, 'kallelse.pdf'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('page 1: each label and the first line of its value on one line, in one column', () => {
    const page = sn[0]!;
    const rows: [string, string][] = [
      ['Plats och tid', 'Sessionssalen, stadshuset, 2026-04-22'],
      ['Beslutande', 'Karin Åberg (Sjöviks framtid), ordförande'],
      ['Ersättare', 'Nils Fors (Sjöviks moderater)'],
      ['Övriga närvarande', 'Helena Borgström, förvaltningschef'],
      ['Justerare', 'Tobias Hedenlund (Gröna Sjövik)'],
      ['Justeringens plats', 'Socialförvaltningen, stadshuset, 2026-04-29'],
      ['Paragrafer', '§§ 41–47'],
      ['Sekreterare', 'Petra Nordin'],
      ['Ordförande', 'Karin Åberg (Sjöviks framtid)'],
      ['Organ', 'Socialnämnden'],
      ['Sammanträdesdatum', '2026-04-22'],
      ['Anslaget sätts upp', '2026-04-30'],
      ['Sista dag att överklaga', '2026-05-21'],
      ['Anslaget tas ned', 'tidigast 2026-05-22'],
    ];
    // The values start in one column (a label table), whatever the label's length: the first page's table, and
    // the anslagsbevis's (set smaller, so pdftotext's character columns differ from the first's).
    const columns = [new Set<number>(), new Set<number>()];
    rows.forEach(([label, value], i) => {
      const line = lineOf(page, label);
      assert.ok(line?.includes(value), `${label}: ${line}`);
      // A label longer than its column wraps within it ("Justeringens plats och / tid" where Times New Roman
      // is missing and a wider font stands in): its value is on its first line, but pdftotext may set it closer.
      if (label !== 'Justeringens plats') columns[i < 9 ? 0 : 1]!.add(line!.indexOf(value));
    });
    for (const c of columns) assert.equal(c.size, 1, [...c].join(', '));
    // The beslutande's further lines stand under the first, in the value column.
    const lines = page.split('\n');
    const at = lines.findIndex((l) => l.trimStart().startsWith('Beslutande'));
    const column = lines[at]!.indexOf('Karin Åberg');
    assert.ok(lines.slice(at + 1, at + 4).some((l) => l.indexOf('Bengt Olausson') === column));
  });

  it('the signatures are on page 1, under the närvaro, with the anslagsbevis; two justerare side by side', () => {
    for (const page of [sn[0]!, kf[0]!]) {
      for (const label of ['Sekreterare', 'Ordförande', 'Justerare', 'Anslagsbevis']) assert.ok(lineOf(page, label), label);
      assert.ok(page.indexOf('Beslutande') < page.indexOf('Sekreterare'));
    }
    const justerare = kf[0]!.split('\n').filter((l) => l.trimStart().startsWith('Justerare'));
    assert.ok(
      justerare.some((l) => l.includes('Leila Ahmadi') && l.includes('Nils Fors')),
      justerare.join('\n'),
    );
  });

  it(`a närvaro of more than ${NÄRVARO_LINES_ON_FIRST_PAGE} lines goes to a närvaroförteckning on page 2; the signatures stay on page 1`, () => {
    assert.ok(lineOf(big[0]!, 'Närvarande')?.includes('Se närvaroförteckningen på sidan 2'), big[0]);
    for (const label of ['Sekreterare', 'Ordförande', 'Justerare']) assert.ok(lineOf(big[0]!, label), label);
    assert.ok(!big[0]!.includes('Nummer1 '), 'no name on page 1');
    assert.match(big[1]!, /Närvaroförteckning/);
    const rest = big.slice(1).join('\n');
    for (const n of names) assert.ok(rest.includes(n), n);
  });

  it('no date breaks across lines, in the protokoll or the kallelse', () => {
    for (const doc of [sn, kf, big, kallelse]) {
      const text = doc.join('\n');
      assert.doesNotMatch(text, BROKEN_DATE);
    }
    // The kallelse's label rows line up as the protokoll's.
    for (const [label, value] of [
      ['Datum', '2026-04-22'],
      ['Plats', 'Sessionssalen, stadshuset'],
      ['Ordförande', 'Karin Åberg (Sjöviks framtid)'],
    ] as const) {
      assert.ok(lineOf(kallelse[0]!, label)?.includes(value), label);
    }
  });
});
