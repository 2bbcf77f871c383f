/**
 * CONTRIBUTING.md's recipe for a kind, followed for a throwaway kind in a copy of the repository: the six
 * hand-edited files it names, `pnpm generate`'s generators, and then `arende check`, `agenda`, `protokoll`
 * and `frister` from the source. The kind brings its own agenda group and a frist; the test checks that
 * the kallelse lists it under its heading after the other groups, the protokoll gives it its § in that
 * order, and frister lists it. If the recipe needs another file, this test fails (and the guide is wrong).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { paragraphs, parts } from '../../docx/test/helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The recipe's files, as a contributor would write them (paths relative to the repository). */
const KIND_FILE = `import schema from '../../schemas/provarende.schema.json';
import { defineKind } from './kind.js';

export default defineKind({
  name: 'provärende',
  ascii: 'provarende',
  label: { sv: 'Provärende', en: 'Trial matter' },
  description: { sv: 'En ledamots provärende till fullmäktige', en: "A councillor's trial matter to the council" },
  subject: 'Ett provärende',
  schema,
  raisedBy: { who: ['ledamot'], sv: 'en ledamot i fullmäktige', lagrum: '5 kap. 22 § första stycket 2 kommunallagen (2017:725)' },
  addressedTo: { body: 'fullmäktige', sv: 'kommunfullmäktige', lagrum: '5 kap. 22 § första stycket 2 kommunallagen (2017:725)' },
  meeting: { act: 'beslutar', in: 'mottagaren', preparedByNämnd: true },
  senderFields: { fields: ['namn', 'parti', 'roll'], required: ['namn', 'parti'] },
  proposalHeading: 'Jag yrkar att',
  requiredSections: [],
  headings: ['Bakgrund', 'Jag yrkar att'],
  features: { attSatser: true, reasoning: { basis: 'prov', basisEn: 'trial' }, privateSenders: false, agendaItem: true },
  agenda: { group: { id: 'provärenden', heading: 'Provärenden', order: 9 }, from: 'avsändare' },
  export: { label: 'Provärende', addressed: true, uppdrag: false },
  workflow: { role: 'initiativ', frist: true, initiatorLabel: 'Provärendets yrkanden', definite: 'Provärendet' },
});
`;

const HEADER = (typ: string, rubrik: string) => `---
typ: ${typ}
rubrik: ${rubrik}
datum: 2026-05-04
väckt: 2026-05-11
mottagare: Kommunfullmäktige
kommun: Sjöviks kommun
avsändare:
  - namn: Leila Ahmadi
    parti: Gröna Sjövik
    roll: ledamot
---`;

const EXAMPLE = `${HEADER('provärende', 'Prov med fler bänkar längs strandpromenaden')}

## Bakgrund

Längs strandpromenaden finns i dag två bänkar på tre kilometer, och många äldre vänder innan de når fram.

## Jag yrkar att

- kommunstyrelsen får i uppdrag att sätta upp fem bänkar längs strandpromenaden under 2027
`;

const MEETING = `---
typ: sammanträde
nämnd: Kommunfullmäktige
kommun: Sjöviks kommun
datum: 2026-06-15
tid: "18.30"
plats: Fullmäktigesalen
ordförande: Gunilla Strand
sekreterare: Erik Lund
paragrafer_från: 10
ärenden:
  - handlingar:
      - provarende-prov.md
  - handlingar:
      - motion-bostad-forst.md
---
`;

function run(cwd: string, args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The text of a .docx's paragraphs, in order, as Word's document part has them. */
const paragraphsOf = (file: string): string[] => paragraphs(parts(readFileSync(file))['word/document.xml']!).map((p) => p.text);

describe('CONTRIBUTING.md: the recipe for a kind, run for a throwaway kind in a copy of the repository', function () {
  this.timeout(600_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'arende-recept-'));
    for (const part of ['packages', 'templates', 'examples', 'docs', 'scripts']) {
      cpSync(path.join(ROOT, part), path.join(dir, part), {
        recursive: true,
        verbatimSymlinks: true,
        filter: (src) => !/[\\/](dist|\.cache)$/.test(src),
      });
    }
    for (const f of ['package.json', 'tsconfig.json', 'tsconfig.base.json']) cpSync(path.join(ROOT, f), path.join(dir, f));
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');

    // 1. the kind's file; 2. the table's index
    writeFileSync(path.join(dir, 'packages/core/src/kinds/provarende.ts'), KIND_FILE);
    const index = path.join(dir, 'packages/core/src/kinds/index.ts');
    const text = readFileSync(index, 'utf8');
    writeFileSync(
      index,
      text
        .replace("import sammantrade from './sammantrade.js';", "import sammantrade from './sammantrade.js';\nimport provarende from './provarende.js';")
        .replace(/export const KINDS = \[([^\]]*)\] as const;/, 'export const KINDS = [$1, provarende] as const;'),
    );
    // 3. the schema (a sibling's, for this typ)
    const schema = JSON.parse(readFileSync(path.join(dir, 'packages/core/schemas/motion.schema.json'), 'utf8'));
    schema.properties.typ.const = 'provärende';
    Object.assign(schema, {
      title: 'Provärende',
      description: 'En ledamots provärende till fullmäktige.',
      'x-title-en': 'Trial matter',
      'x-description-en': "A councillor's trial matter to the council.",
    });
    writeFileSync(path.join(dir, 'packages/core/schemas/provarende.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
    // 4. the template; 5. an example (and a meeting file that names it, for the test); 6. FORMAT.md
    // A template's values are its placeholders (placeholder-text flags them in a draft): the template's own ones.
    const template = HEADER('provärende', 'Skriv ärendets rubrik')
      .replace('2026-05-04', '2026-01-01')
      .replace('väckt: 2026-05-11', 'väckt: 2026-01-01')
      .replace('Sjöviks kommun', 'Kommunens namn')
      .replace('Leila Ahmadi', 'Förnamn Efternamn')
      .replace('Gröna Sjövik', 'Partiets namn');
    writeFileSync(path.join(dir, 'templates/provarende.md'), `${template}\n\n## Bakgrund\n\nSkriv här.\n\n## Jag yrkar att\n\n- skriv yrkandet\n`);
    writeFileSync(path.join(dir, 'examples/provarende-prov.md'), EXAMPLE);
    writeFileSync(path.join(dir, 'examples/sammantrade-prov.md'), MEETING);
    const format = path.join(dir, 'docs/FORMAT.md');
    writeFileSync(format, readFileSync(format, 'utf8').replace('`motion` \\|', '`motion` \\| `provärende` \\|'));

    // pnpm generate's generators (not the statute registry, which this does not touch).
    for (const script of ['packages/core/scripts/gen-schemas.ts', 'packages/core/scripts/gen-validators.ts']) {
      const r = run(dir, [script]);
      assert.equal(r.code, 0, `${script}: ${r.err}`);
    }
    const t = spawnSync(process.execPath, ['scripts/gen-templates.mjs'], { cwd: dir, encoding: 'utf8' });
    assert.equal(t.status, 0, t.stderr);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the example checks clean, and the kallelse, the protokoll and frister place the kind as its table entry says', () => {
    const cli = 'packages/cli/src/bin.ts';
    const check = run(path.join(dir, 'examples'), [path.join(dir, cli), 'check', 'provarende-prov.md', 'sammantrade-prov.md']);
    assert.equal(check.code, 0, check.out + check.err);

    const agenda = run(path.join(dir, 'examples'), [path.join(dir, cli), 'agenda', 'sammantrade-prov.md', '-o', 'k.docx']);
    assert.equal(agenda.code, 0, agenda.out + agenda.err);
    const k = paragraphsOf(path.join(dir, 'examples/k.docx'));
    // Its own group, under its heading, after the motion's (order 9 > 1), although it is first in the meeting file.
    const motion = k.indexOf('Motioner och politikerinitiativ');
    const own = k.indexOf('Provärenden');
    assert.ok(motion > 0 && own > motion, k.join(' | '));
    assert.equal(k[own + 1], '4. Prov med fler bänkar längs strandpromenaden');
    assert.ok(k.slice(own).includes('Provärendet anmäls. Förslag till beslut lämnas vid sammanträdet.'), k.slice(own).join(' | '));
    assert.ok(k.slice(own).includes('Provärendets yrkanden'));

    const protokoll = run(path.join(dir, 'examples'), [path.join(dir, cli), 'protokoll', 'sammantrade-prov.md', '--force', '-o', 'p.docx']);
    assert.equal(protokoll.code, 0, protokoll.out + protokoll.err);
    const p = paragraphsOf(path.join(dir, 'examples/p.docx'));
    // Its § follows the kallelse's order: after the motion's, although it is first in the meeting file.
    const paragraf = (rubrik: string) => p.findIndex((x) => new RegExp(`^§ \\d+ ${rubrik}$`).test(x));
    const motionP = paragraf('Bostad först för personer med psykisk ohälsa och hemlöshet');
    const ownP = paragraf('Prov med fler bänkar längs strandpromenaden');
    assert.ok(motionP > 0 && ownP > motionP, p.join(' | '));
    assert.equal(Number(/^§ (\d+)/.exec(p[ownP]!)![1]), Number(/^§ (\d+)/.exec(p[motionP]!)![1]) + 1);

    const frister = run(path.join(dir, 'examples'), [path.join(dir, cli), 'frister', '--per', '2026-06-01', '--format', 'json', '.']);
    assert.equal(frister.code, 0, frister.err);
    const rows = (JSON.parse(frister.out) as { ärenden: { fil: string; typ: string; frist: string; status: string }[] }).ärenden;
    const row = rows.find((r) => r.typ === 'provärende');
    assert.deepEqual(row && { fil: row.fil, frist: row.frist, status: row.status }, { fil: 'provarende-prov.md', frist: '2027-05-11', status: 'öppen' });
  });

  it("the repository's own tests of kinds and examples pass with the six files (no hidden seventh)", () => {
    const mocha = path.join(ROOT, 'node_modules/mocha/bin/mocha.js');
    const tests = ['packages/core/test/kinds.test.ts', 'packages/cli/test/check.test.ts'];
    // check.test.ts's test of the examples (its others build the packed CLI, which needs more than this copy).
    const grep = 'the table of kinds|kinds are named in one place|passes every example';
    const r = spawnSync(
      process.execPath,
      [mocha, '--no-config', '--node-option', 'import=tsx', '--timeout', '120000', '--reporter', 'spec', '--grep', grep, ...tests],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    assert.equal(r.status, 0, r.stdout + r.stderr);
    // The throwaway kind was among those tested, and the examples' test ran.
    assert.match(r.stdout, /^ {4}provärende$/m);
    assert.match(r.stdout, /passes every example/);
  });
});
