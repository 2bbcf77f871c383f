/**
 * `arende protokoll MÖTE.md --publicering MAPP` read back as a reader of the published files would:
 * pdfinfo and pdftotext on the PDFs, python-docx on the web version's Word file, the CSV parsed, the
 * anslag's dates checked against the appeal period. Above all: nothing masked appears anywhere in the
 * web version or its metadata, and the justeringsexemplar's properties name no person and no path.
 *
 * Needs LibreOffice, poppler-utils and python3-docx (scripts/test-setup.sh installs them).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../packages/cli/src/io.js';
import { protokollCommand } from '../packages/cli/src/commands/protokoll.js';
import { överklagandetid } from '../packages/core/src/index.js';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const MEETING = `---
typ: sammanträde
nämnd: Socialnämnden
kommun: Sjöviks kommun
datum: 2026-04-22
tid: "13.00"
plats: Sessionssalen, stadshuset
ordförande: Karin Åberg (Sjöviks framtid)
sekreterare: Petra Nordin
justerare:
  - Tobias Hedenlund (Gröna Sjövik)
justering:
  datum: 2026-04-29
  plats: Socialförvaltningen, stadshuset
paragrafer_från: 41
# §§ 41–42 are the formalities (val av justerare, dagordningen); the ärenden are §§ 43–45.
närvarande:
  beslutande:
    - Karin Åberg (Sjöviks framtid), ordförande
    - Tobias Hedenlund (Gröna Sjövik)
  övriga:
    - Petra Nordin, sekreterare
anslag:
  datum: 2026-04-30
  förvaringsplats: Socialförvaltningen, stadshuset
ärenden:
  - handlingar:
      - medborgarforslag-brukarrad-socialpsykiatri.md
      - tjansteskrivelse-brukarrad-socialpsykiatri.md
    beslut: enligt förslag
  - rubrik: Ansökan om bistånd i form av kontaktfamilj
    diarienummer: SN 2026/77
    sekretess: 26 kap. 1 § offentlighets- och sekretesslagen (2009:400)
    redogörelse: Familjen Hemlighetsdotter behöver avlastning under hösten.
    beslut:
      - bevilja insatsen kontaktfamilj för Hemlighetsdotters barn
  - rubrik: Synpunkt på boendestödet
    diarienummer: SN 2026/80
    personuppgifter: true
    redogörelse: Lisa Grannberg har lämnat en synpunkt, nås på lisa.grannberg@example.se eller 070-123 45 67.
    beslut:
      - lägga synpunkten till handlingarna
---
`;

const SECRET = ['Hemlighetsdotter', 'kontaktfamilj för', 'avlastning under hösten'];
const PRIVATE = ['Mattias Rönnqvist', 'Lisa Grannberg', 'lisa.grannberg@example.se', '070-123 45 67'];

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { cwd, stdout: (t) => out.push(t), stderr: (t) => err.push(t), today: () => '2026-05-01' };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });

describe('arende protokoll --publicering', function () {
  this.timeout(300_000);
  let dir = '';
  let out = '';
  let stdout = '';

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'arende-publicering-'));
    for (const f of ['medborgarforslag-brukarrad-socialpsykiatri.md', 'tjansteskrivelse-brukarrad-socialpsykiatri.md'])
      copyFileSync(path.join(ROOT, 'examples', f), path.join(dir, f));
    writeFileSync(path.join(dir, 'mote.md'), MEETING);
    const t = io(dir);
    const code = await protokollCommand(['mote.md', '--publicering', 'publicerat'], t.io);
    assert.equal(code, 0, t.err());
    out = path.join(dir, 'publicerat');
    stdout = t.out();
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the six files and says how many maskings there are to review', () => {
    assert.deepEqual(readdirSync(out).sort(), ['anslag.html', 'anslag.txt', 'maskningar.csv', 'protokoll-webb.docx', 'protokoll-webb.pdf', 'protokoll.pdf']);
    assert.match(stdout, /maskningar att granska i maskningar\.csv/);
    assert.match(stdout, /sista dag att överklaga 2026-05-21/);
  });

  it('protokoll.pdf is the whole justeringsexemplar, tagged PDF/A, its properties only title, nämnd and date', () => {
    const pdf = path.join(out, 'protokoll.pdf');
    const info = run('pdfinfo', [pdf]);
    assert.match(info, /^Tagged:\s+yes$/m);
    assert.match(info, /^Title:\s+Protokoll Socialnämnden 2026-04-22$/m);
    assert.match(info, /^Author:\s+Socialnämnden$/m);
    const meta = run('pdfinfo', ['-meta', pdf]);
    assert.match(meta, /<pdfaid:part>2<\/pdfaid:part>/);
    for (const leak of ['Petra Nordin', 'Karin Åberg', dir, tmpdir(), 'mote.md'])
      assert.ok(!`${info}${meta}`.includes(leak), `'${leak}' in the PDF's properties`);
    // The justeringsexemplar itself is complete: the secret item and the names are in it.
    const text = run('pdftotext', [pdf, '-']).replace(/\s+/g, ' ');
    assert.ok(text.includes('Hemlighetsdotter') && text.includes('Lisa Grannberg'));
  });

  it('the web version has the secret item as § and rubrik only, [namn] for private persons, no contact details, in text and metadata', () => {
    const pdf = path.join(out, 'protokoll-webb.pdf');
    const pdfText = run('pdftotext', [pdf, '-']).replace(/\s+/g, ' ');
    const pdfMeta = run('pdfinfo', [pdf]) + run('pdfinfo', ['-meta', pdf]);
    const script = [
      'import sys, docx',
      'd = docx.Document(sys.argv[1])',
      'p = d.core_properties',
      'print("\\n".join(x.text for x in d.paragraphs))',
      'print("\\n".join(c.text for t in d.tables for r in t.rows for c in r.cells))',
      'print(p.author, p.title, p.subject, p.keywords, p.comments, p.last_modified_by, p.category)',
    ].join('\n');
    const docxText = run('/usr/bin/python3', ['-c', script, path.join(out, 'protokoll-webb.docx')]).replace(/\s+/g, ' ');
    for (const [what, text] of [
      ['the web PDF', pdfText],
      ['the web PDF metadata', pdfMeta],
      ['the web Word file (python-docx)', docxText],
    ] as const) {
      for (const hidden of [...SECRET, ...PRIVATE]) assert.ok(!text.includes(hidden), `'${hidden}' in ${what}`);
    }
    for (const text of [pdfText, docxText]) {
      assert.match(text, /§ 44 Ansökan om bistånd i form av kontaktfamilj/);
      assert.match(text, /Ärendet omfattas av sekretess enligt 26 kap\. 1 § offentlighets- och sekretesslagen \(2009:400\)\./);
      assert.match(text, /\[namn\] har lämnat en synpunkt/);
      assert.match(text, /Medborgarförslag från \[namn\]/);
      assert.ok(text.includes('[kontaktuppgift]'));
      // The meeting's own people stay: their names are public in a protokoll.
      assert.ok(text.includes('Karin Åberg') && text.includes('Tobias Hedenlund'));
    }
    // The raw XML too: nothing masked hides in a part python-docx does not show.
    const { parts } = JSON.parse(
      run('/usr/bin/python3', [
        '-c',
        'import sys, zipfile, json; z = zipfile.ZipFile(sys.argv[1]); print(json.dumps({"parts": {n: z.read(n).decode("utf-8", "replace") for n in z.namelist()}}))',
        path.join(out, 'protokoll-webb.docx'),
      ]),
    ) as { parts: Record<string, string> };
    for (const [name, xml] of Object.entries(parts)) for (const hidden of [...SECRET, ...PRIVATE]) assert.ok(!xml.includes(hidden), `'${hidden}' in ${name}`);
  });

  it('maskningar.csv lists each masking with its §, kind, first letters and reason', () => {
    const lines = readFileSync(path.join(out, 'maskningar.csv'), 'utf8').trim().split(/\r\n/);
    assert.equal(lines[0], 'paragraf,typ,början,skäl');
    const rows = lines.slice(1).map((l) => l.split(','));
    assert.ok(rows.some(([p, typ, början, skäl]) => p === '44' && typ === 'sekretess' && början!.length <= 13 && skäl!.startsWith('26 kap. 1 §')));
    assert.ok(rows.some(([p, typ, början]) => p === '43' && typ === 'namn' && början === 'Ma…'));
    assert.ok(rows.some(([p, typ, början]) => p === '45' && typ === 'namn' && början === 'Li…'));
    assert.ok(rows.some(([p, typ]) => p === '45' && typ === 'kontaktuppgift'));
    // The CSV is for review: first letters, never the masked text.
    const csv = lines.join('\n');
    for (const hidden of [...SECRET, ...PRIVATE]) assert.ok(!csv.includes(hidden), `'${hidden}' in maskningar.csv`);
  });

  it('anslag.txt and anslag.html give organ, dates, the appeal period and where the protokoll is kept', () => {
    const { sistaDag, tasNedTidigast } = överklagandetid('2026-04-30');
    assert.equal(sistaDag, '2026-05-21');
    const text = readFileSync(path.join(out, 'anslag.txt'), 'utf8');
    for (const part of [
      'Tillkännagivande om justerat protokoll',
      'Socialnämnden',
      '2026-04-22',
      '2026-04-29',
      '2026-04-30',
      tasNedTidigast,
      sistaDag,
      'Socialförvaltningen, stadshuset',
      'laglighetsprövning',
      '13 kap. 5 § kommunallagen',
      '8 kap. 9–12 §§ kommunallagen',
    ])
      assert.ok(text.includes(part), `'${part}' in anslag.txt:\n${text}`);
    const html = readFileSync(path.join(out, 'anslag.html'), 'utf8');
    assert.match(html, /<html lang="sv">/);
    assert.match(html, /<title>Tillkännagivande om justerat protokoll: Socialnämnden 2026-04-22<\/title>/);
    assert.match(html, /<dt>Sista dag att överklaga<\/dt><dd>2026-05-21<\/dd>/);
    assert.doesNotMatch(html, /<script/);
  });

  it('a personnummer that would reach the web version stops it, and nothing is written', async () => {
    const other = path.join(dir, 'mote2.md');
    writeFileSync(other, MEETING.replace('Lisa Grannberg har lämnat', 'Lisa Grannberg (19121212-1212) har lämnat'));
    const t = io(dir);
    const code = await protokollCommand(['mote2.md', '--publicering', 'ut2', '--force'], t.io);
    assert.notEqual(code, 0);
    assert.match(t.err(), /personnummer/);
    assert.ok(!existsSync(path.join(dir, 'ut2', 'protokoll-webb.pdf')));
  });
});
