import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportCommand } from '../../cli/src/commands/export.js';
import { agendaCommand } from '../../cli/src/commands/agenda.js';
import { exportDraft } from '../src/index.js';
import { fakeIo, fixturePath, loadDraft, paragraphs, parts, tableRows, withHyphens } from './helpers.js';

const BROKEN = `---
typ: politikerinitiativ
rubrik: Trasigt
datum: 2026-01-01
mottagare: Socialnämnden
avsändare:
  - namn: Utan Parti
---

Bara text, inget förslag.
`;

describe('arende export', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'arende-export-'));
    for (const f of ['rich-politikerinitiativ.md', 'medborgarforslag-kontakt.md', 'namnduppdrag-kort.md']) copyFileSync(fixturePath(f), path.join(dir, f));
    writeFileSync(path.join(dir, 'trasigt.md'), BROKEN);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes next to the draft by default, the same bytes as the library, and leaves no temporary file', async () => {
    const t = fakeIo(dir, '2026-01-01');
    assert.equal(await exportCommand(['rich-politikerinitiativ.md'], t.io), 0, t.err());
    const written = readFileSync(path.join(dir, 'rich-politikerinitiativ.docx'));
    assert.equal(Buffer.compare(written, Buffer.from(exportDraft(loadDraft('rich-politikerinitiativ.md')))), 0);
    assert.match(t.out(), /Exporterade 'rich-politikerinitiativ\.md' till 'rich-politikerinitiativ\.docx'/);
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith('.tmp')),
      [],
    );
  });

  it('exports every draft of a folder next to itself, skipping plain Markdown, and refuses -o for several', async () => {
    rmSync(path.join(dir, 'trasigt.md'));
    mkdirSync(path.join(dir, 'nämnd'));
    for (const f of ['namnduppdrag-kort.md', 'medborgarforslag-kontakt.md']) renameSync(path.join(dir, f), path.join(dir, 'nämnd', f));
    writeFileSync(path.join(dir, 'nämnd', 'README.md'), '# Anteckningar\n');
    const t = fakeIo(dir, '2026-01-01');
    assert.equal(await exportCommand(['nämnd'], t.io), 0, t.err());
    assert.deepEqual(
      readdirSync(path.join(dir, 'nämnd'))
        .filter((f) => f.endsWith('.docx'))
        .sort(),
      ['medborgarforslag-kontakt.docx', 'namnduppdrag-kort.docx'],
    );
    const refused = fakeIo(dir, '2026-01-01');
    assert.equal(await exportCommand(['nämnd', '-o', 'x.docx'], refused.io), 2);
    assert.match(refused.err(), /-o går bara att använda med ett utkast/);
    const empty = fakeIo(dir, '2026-01-01');
    mkdirSync(path.join(dir, 'tom'));
    assert.equal(await exportCommand(['tom'], empty.io), 2);
    assert.match(empty.err(), /inga utkast hittades/);
  });

  it('writes to -o and overwrites an earlier export', async () => {
    writeFileSync(path.join(dir, 'ut.docx'), 'gammal');
    const t = fakeIo(dir, '2026-01-01');
    assert.equal(await exportCommand(['namnduppdrag-kort.md', '-o', 'ut.docx'], t.io), 0, t.err());
    assert.equal(readFileSync(path.join(dir, 'ut.docx')).subarray(0, 2).toString(), 'PK');
  });

  it('refuses a draft with errors (exit 1, errors listed) and writes nothing', async () => {
    const t = fakeIo(dir, '2026-01-01');
    assert.equal(await exportCommand(['trasigt.md'], t.io), 1);
    assert.match(t.err(), /'trasigt\.md' har \d+ fel och exporteras inte/);
    assert.match(t.err(), /frontmatter-required|att-sats-missing/);
    assert.ok(!existsSync(path.join(dir, 'trasigt.docx')));
  });

  it('exports a draft with errors with --force, and says so', async () => {
    const t = fakeIo(dir, '2026-01-01');
    assert.equal(await exportCommand(['trasigt.md', '--force'], t.io), 0);
    assert.match(t.err(), /exporterar ändå eftersom --force angavs/);
    assert.ok(existsSync(path.join(dir, 'trasigt.docx')));
  });

  it('never writes over the draft itself', async () => {
    const before = readFileSync(path.join(dir, 'namnduppdrag-kort.md'), 'utf8');
    const t = fakeIo(dir, '2026-01-01');
    assert.equal(await exportCommand(['namnduppdrag-kort.md', '-o', 'namnduppdrag-kort.md'], t.io), 2);
    assert.match(t.err(), /slutar inte på \.docx/);
    assert.equal(readFileSync(path.join(dir, 'namnduppdrag-kort.md'), 'utf8'), before);
  });

  it('refuses when Word has the target open (~$ lock file)', async () => {
    writeFileSync(path.join(dir, '~$namnduppdrag-kort.docx'), '');
    const t = fakeIo(dir, '2026-01-01');
    assert.equal(await exportCommand(['namnduppdrag-kort.md'], t.io), 2);
    assert.match(t.err(), /öppen i Word/);
    assert.ok(!existsSync(path.join(dir, 'namnduppdrag-kort.docx')));
  });

  it('says so when the target folder does not exist or is a file', async () => {
    let t = fakeIo(dir, '2026-01-01');
    assert.equal(await exportCommand(['namnduppdrag-kort.md', '-o', 'saknas/ut.docx'], t.io), 2);
    assert.match(t.err(), /mappen '.*saknas' finns inte/);
    t = fakeIo(dir, '2026-01-01');
    assert.equal(await exportCommand(['namnduppdrag-kort.md', '-o', 'trasigt.md/ut.docx'], t.io), 2);
    assert.match(t.err(), /är ingen mapp/);
  });

  it('reports usage problems in Swedish with exit 2', async () => {
    for (const [args, re] of [
      [[], /ange utkastet/],
      [['saknas.md'], /'saknas\.md' finns inte/],
      [['--okänd', 'a.md'], /okänd flagga/],
      [['a.md', 'b.md', '-o', 'x.docx'], /-o går bara att använda med ett utkast/],
    ] as const) {
      const t = fakeIo(dir, '2026-01-01');
      assert.equal(await exportCommand([...args], t.io), 2, args.join(' '));
      assert.match(t.err(), re);
      assert.equal(t.err().trim().split('\n').length, 1, 'one line');
    }
  });
});

describe('arende agenda', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'arende-agenda-'));
    for (const f of ['rich-politikerinitiativ.md', 'medborgarforslag-kontakt.md', 'namnduppdrag-kort.md']) copyFileSync(fixturePath(f), path.join(dir, f));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const base = ['--datum', '2026-04-15', '--tid', '13.00', '--plats', 'Sessionssalen', '--ordförande', 'Kim Ordf', '--sekreterare', 'Sam Sekr'];

  it('lists Val av justerare, Godkännande av dagordningen, then the ärenden by punkt and the initiatives last', async () => {
    const t = fakeIo(dir, '2026-01-01');
    const code = await agendaCommand(
      ['--nämnd', 'Socialnämnden', ...base, 'rich-politikerinitiativ.md', 'medborgarforslag-kontakt.md', 'namnduppdrag-kort.md', '-o', 'kallelse.docx'],
      t.io,
    );
    assert.equal(code, 0, t.err());
    const files = parts(readFileSync(path.join(dir, 'kallelse.docx')));
    const paras = paragraphs(files['word/document.xml']!);
    const items = paras.filter((p) => p.style === 'Heading2' || p.style === 'Heading3').map((p) => p.text);
    assert.deepEqual(items, [
      '1. Val av justerare',
      '2. Godkännande av dagordningen',
      '3. Redovisning av uppdrag om öppettider på träffpunkten',
      '4. Fler parkbänkar längs Strandpromenaden',
      'Motioner och politikerinitiativ',
      '5. Bättre samordning för personer med psykisk ohälsa',
    ]);
    const texts = [...paras.map((p) => p.text), ...tableRows(files['word/document.xml']!)];
    for (const expected of [
      // The label rows are one table (the values line up whatever the label's length).
      'Datum\t2026-04-15',
      'Tid\t13.00',
      'Plats\tSessionssalen',
      'Ordförande\tKim Ordf',
      'Sekreterare\tSam Sekr',
      'Dnr: SN 2025/99',
      'Redovisningen godkänns.',
    ]) {
      assert.ok(texts.includes(expected), expected);
    }
    assert.equal(texts.filter((t) => t === 'Förslag till beslut').length, 3);
    assert.match(files['docProps/core.xml']!, /<dc:title>Kallelse Socialnämnden 2026-04-15<\/dc:title>/);
    assert.equal((files['word/document.xml']!.match(/<w:sectPr/g) ?? []).length, 1);
  });

  it('puts the standing items after Godkännande av dagordningen, and numbers the ärenden after them', async () => {
    const t = fakeIo(dir, '2026-01-01');
    const code = await agendaCommand(
      [
        '--nämnd',
        'Socialnämnden',
        ...base,
        '--stående-punkter',
        '--staende-punkt',
        'Ekonomisk uppföljning',
        '--med-handlingar',
        'namnduppdrag-kort.md',
        '-o',
        'k.docx',
      ],
      t.io,
    );
    assert.equal(code, 0, t.err());
    const doc = withHyphens(parts(readFileSync(path.join(dir, 'k.docx')))['word/document.xml']!);
    const items = paragraphs(doc)
      .filter((p) => p.style === 'Heading2')
      .map((p) => p.text);
    assert.deepEqual(items.slice(0, 7), [
      '1. Val av justerare',
      '2. Godkännande av dagordningen',
      '3. Anmälningar',
      '4. Delegationsbeslut',
      '5. Information',
      '6. Ekonomisk uppföljning',
      '7. Redovisning av uppdrag om öppettider på träffpunkten',
    ]);
    assert.match(doc, /Handling till punkt 7, Socialnämnden 2026-04-15/, 'the handling carries its own item number');
  });

  it('accepts --namnd and --ordforande, and appends each draft on its own page with --med-handlingar', async () => {
    const t = fakeIo(dir, '2026-01-01');
    const code = await agendaCommand(
      ['--namnd', 'Socialnämnden', '--datum', '2026-04-15', '--ordforande', 'Kim', '--med-handlingar', '.', '-o', 'k.docx'],
      t.io,
    );
    assert.equal(code, 0, t.err());
    assert.match(t.out(), /3 ärenden/);
    const doc = withHyphens(parts(readFileSync(path.join(dir, 'k.docx')))['word/document.xml']!);
    // One section for the list and one per draft: each starts on a new page.
    assert.equal((doc.match(/<w:sectPr/g) ?? []).length, 4);
    assert.match(doc, /Handling till punkt 3, Socialnämnden 2026-04-15/);
    assert.match(doc, /Ekonomiska konsekvenser/);
    assert.ok(!doc.includes('Hemliga gatan'));
    const ids = [...doc.matchAll(/<w:footnoteReference w:id="(\d+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('refuses drafts with errors unless --force', async () => {
    writeFileSync(path.join(dir, 'trasigt.md'), BROKEN);
    let t = fakeIo(dir, '2026-01-01');
    assert.equal(await agendaCommand(['--nämnd', 'SN', '--datum', '2026-04-15', 'trasigt.md', 'namnduppdrag-kort.md'], t.io), 1);
    assert.match(t.err(), /'trasigt\.md' har \d+ fel/);
    t = fakeIo(dir, '2026-01-01');
    assert.equal(await agendaCommand(['--nämnd', 'SN', '--datum', '2026-04-15', '--force', 'trasigt.md'], t.io), 0, t.err());
    assert.ok(existsSync(path.join(dir, 'kallelse-2026-04-15.docx')));
  });

  it('reports missing or bad options in Swedish with exit 2', async () => {
    for (const [args, re] of [
      [['--datum', '2026-04-15', 'a.md'], /ange nämnden med --nämnd/],
      [['--nämnd', 'SN', 'a.md'], /--datum ÅÅÅÅ-MM-DD/],
      [['--nämnd', 'SN', '--datum', '2026-02-30', 'a.md'], /'2026-02-30' är inget datum/],
      [['--nämnd', 'SN', '--datum', '2026-04-15'], /ange utkasten/],
      [['--nämnd', 'SN', '--datum', '2026-04-15', 'saknas.md'], /'saknas\.md' finns inte/],
    ] as const) {
      const t = fakeIo(dir, '2026-01-01');
      assert.equal(await agendaCommand([...args], t.io), 2, args.join(' '));
      assert.match(t.err(), re);
    }
  });
});
