import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { arende } from './helpers.js';
import { KINDS } from '@arende/core';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tmp = () => mkdtempSync(path.join(tmpdir(), 'arende-cli-'));

const BROKEN = `---
typ: medborgarförslag
rubrik: Fler bänkar
datum: 2026-02-30
mottagare: Kommunfullmäktige
avsandare:
  - namn: Kim
---

Text.

## Förslag

- att ställa ut bänkar
`;

describe('arende check', () => {
  it('passes every example with exit 0 and no message; a template fails only on its placeholders', async () => {
    const r = await arende(['check', '--format', 'json', 'examples'], root);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const files = JSON.parse(r.stdout) as { path: string; messages: unknown[] }[];
    // Infos (citation-form on informal citations the examples show on purpose) are allowed.
    for (const f of files)
      assert.deepEqual(
        (f.messages as { fatal?: boolean }[]).filter((m) => m.fatal != null),
        [],
        f.path,
      );
    // A template left unfilled is not a finished draft: placeholder-text errors, and nothing else.
    const t = await arende(['check', '--format', 'json', 'templates'], root);
    assert.equal(t.code, 1);
    const templates = JSON.parse(t.stdout) as { path: string; messages: { fatal?: boolean; ruleId?: string }[] }[];
    assert.equal(templates.length, KINDS.length);
    for (const f of templates) {
      const problems = f.messages.filter((m) => m.fatal != null);
      assert.ok(problems.length > 0, f.path);
      assert.deepEqual([...new Set(problems.map((m) => m.ruleId))], ['placeholder-text'], f.path);
    }
    // What CONTRIBUTING's recipe for a kind asks: an example of each kind (the shipped kinds have two or
    // more, but a new kind lands with one; kind-recipe.test.ts runs this test on a kind with one).
    for (const kind of KINDS.map((k) => k.ascii)) {
      assert.ok(files.filter((f) => f.path.startsWith(`examples/${kind}-`)).length >= 1, `no example of ${kind} in examples/`);
    }
  });

  it('skips plain Markdown in a folder but checks a file named on the command line', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'README.md'), '# Anteckningar\n\nInget utkast.\n');
    const inFolder = await arende(['check', dir], dir);
    assert.equal(inFolder.code, 0);
    assert.match(inFolder.stdout, /Inga utkast hittades/);
    const named = await arende(['check', 'README.md'], dir);
    assert.equal(named.code, 1);
    assert.match(named.stdout, /1:1-1:15 +fel +Utkastet saknar huvud/);
    assert.match(named.stdout, /frontmatter-missing/);
  });

  it('reports errors with positions in Swedish text, and exit 1', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'forslag.md'), BROKEN);
    const r = await arende(['check', 'forslag.md'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^forslag\.md$/m);
    assert.match(r.stdout, /4:8-4:18 +fel +Värdet för 'datum': '2026-02-30' är inte ett giltigt datum/);
    assert.match(r.stdout, /6:1-6:10 +varning +Okänd nyckel 'avsandare' i huvudet, menade du 'avsändare'\?/);
    assert.match(r.stdout, /✖ \d+ fel, ⚠ 1 varning/);
    assert.doesNotMatch(r.stdout, /\berror\b|\bwarning\b|no issues/);
  });

  it('gives JSON in vfile-reporter-json shape, with fixes and positions', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'forslag.md'), BROKEN);
    const r = await arende(['check', '--format', 'json', 'forslag.md'], dir);
    assert.equal(r.code, 1);
    const [file] = JSON.parse(r.stdout);
    assert.equal(file.path, 'forslag.md');
    const unknown = file.messages.find((m: { ruleId: string }) => m.ruleId === 'frontmatter-unknown-key');
    assert.deepEqual(
      { fatal: unknown.fatal, source: unknown.source, place: unknown.place, expected: unknown.expected, actual: unknown.actual },
      {
        fatal: false,
        source: 'arende',
        place: { start: { line: 6, column: 1, offset: 93 }, end: { line: 6, column: 10, offset: 102 } },
        expected: ['avsändare'],
        actual: 'avsandare',
      },
    );
    const required = file.messages.find((m: { ruleId: string }) => m.ruleId === 'frontmatter-required');
    assert.equal(required.fatal, true);
    assert.deepEqual(
      { text: required.lagrum.text, sfs: required.lagrum.sfs, kapitel: required.lagrum.kapitel, paragraf: required.lagrum.paragraf },
      { text: '8 kap. 1 § kommunallagen (2017:725)', sfs: '2017:725', kapitel: '8', paragraf: '1' },
    );
    assert.match(required.lagrum.href, /^https:\/\//);
    // The English messages an editor set to English shows (messageEn, basisEn) never reach the CLI's JSON.
    const keys = new Set(file.messages.flatMap((m: Record<string, unknown>) => Object.keys(m)));
    for (const key of keys)
      assert.ok(
        ['actual', 'column', 'expected', 'fatal', 'lagrum', 'line', 'place', 'reason', 'ruleId', 'source', 'url'].includes(key as string),
        `unexpected key ${key}`,
      );
    assert.doesNotMatch(r.stdout, /messageEn|basisEn|Unknown key|is missing/);
  });

  it('exits 0 on warnings only', async () => {
    const dir = tmp();
    const text = readFileSync(path.join(root, 'examples', 'politikerinitiativ-sip-samordning.md'), 'utf8').replace(
      'mottagare:',
      'mottagare: Socialnämnden\nmotagare:',
    );
    writeFileSync(path.join(dir, 'a.md'), text.replace(/^mottagare: Socialnämnden\nmotagare:.*$/m, 'mottagare: Socialnämnden\nkomun: X'));
    const r = await arende(['check', 'a.md'], dir);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /Okänd nyckel 'komun' i huvudet, menade du 'kommun'\?/);
  });

  it('exit 2 with a one-line reason for usage errors and unreadable input', async () => {
    const dir = tmp();
    for (const [args, pattern] of [
      [['check'], /ange minst en fil eller mapp/],
      [['check', 'finns-inte.md'], /'finns-inte.md' finns inte/],
      [['check', '--format', 'xml', 'a.md'], /okänt format 'xml'/],
      [['check', '--snabb', 'a.md'], /okänd flagga '--snabb'/],
      [['kolla'], /okänt kommando 'kolla'/],
    ] as const) {
      const r = await arende([...args], dir);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, pattern);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    }
  });

  it('reads arende.config.json from the workspace: severity change and a bad config', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'forslag.md'), BROKEN.replace('2026-02-30', '2026-02-28').replace('avsandare', 'avsändare'));
    writeFileSync(path.join(dir, 'arende.config.json'), '{"regler": {"att-sats-missing": "av"}}');
    const ok = await arende(['check', 'forslag.md'], dir);
    assert.equal(ok.code, 1, 'kommun is still missing');
    writeFileSync(path.join(dir, 'arende.config.json'), '{"regler": {"frontmatter-required": "varning"}}');
    assert.equal((await arende(['check', 'forslag.md'], dir)).code, 0);
    writeFileSync(path.join(dir, 'arende.config.json'), '{"regler": {"frontmatter-required": "gul"}}');
    const bad = await arende(['check', 'forslag.md'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /"fel", "varning", "info" eller "av"/);
  });
});

describe('arende check --fix', () => {
  const example = readFileSync(path.join(root, 'examples/politikerinitiativ-sip-samordning.md'), 'utf8');
  // The example writes one citation law-first, which citation-form (info) offers to put in standard form.
  const standard = example.replace('HSL 16 kap. 4 §', '16 kap. 4 § HSL');

  it('applies the mechanical fixes, keeps BOM and CRLF, reports the rest, and writes nothing else', async () => {
    const dir = tmp();
    const file = path.join(dir, 'utkast.md');
    const broken = example.replace('avsändare:', 'avsandare:').replace('mottagare:', 'mottagre:');
    writeFileSync(file, `\ufeff${broken.replace(/\n/g, '\r\n')}`);
    const r = await arende(['check', '--fix', 'utkast.md'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stderr, /Rättade 3 problem i 'utkast.md'/);
    assert.notEqual(standard, example);
    assert.equal(readFileSync(file, 'utf8'), `\ufeff${standard.replace(/\n/g, '\r\n')}`);
    assert.deepEqual(readdirSync(dir), ['utkast.md'], 'no temporary file left behind');
  });

  it('leaves a file without fixable problems untouched, and still reports its errors', async () => {
    const dir = tmp();
    const file = path.join(dir, 'utkast.md');
    const withoutLagrum = standard.replace(/^lagrum:\n(?: {2}- .*\n)+/m, '');
    writeFileSync(file, withoutLagrum);
    const before = statSync(file).mtimeMs;
    const r = await arende(['check', '--fix', 'utkast.md'], dir);
    assert.equal(r.code, 1);
    assert.doesNotMatch(r.stderr, /Rättade/);
    assert.match(r.stdout, /lagrum/);
    assert.equal(statSync(file).mtimeMs, before);
  });
});

describe('arende new', () => {
  it("writes a template with today's date whose only problems are its placeholders, and never overwrites", async () => {
    const dir = tmp();
    const r = await arende(['new', 'namnduppdrag', '-o', 'uppdrag.md'], dir, '2026-11-23');
    assert.equal(r.code, 0, r.stderr);
    const text = readFileSync(path.join(dir, 'uppdrag.md'), 'utf8');
    assert.match(text, /^typ: nämnduppdrag$/m);
    assert.match(text, /^datum: 2026-11-23$/m);
    const check = await arende(['check', '--format', 'json', 'uppdrag.md'], dir);
    assert.equal(check.code, 1);
    const messages = (JSON.parse(check.stdout) as { messages: { fatal?: boolean; ruleId?: string; reason?: string }[] }[])[0]!.messages.filter(
      (m) => m.fatal != null,
    );
    assert.deepEqual([...new Set(messages.map((m) => m.ruleId))], ['placeholder-text']);
    assert.ok(!messages.some((m) => m.reason?.includes('2026-11-23')), "today's date is no placeholder");
    writeFileSync(path.join(dir, 'uppdrag.md'), 'min text');
    const again = await arende(['new', 'nämnduppdrag', '-o', 'uppdrag.md'], dir);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /finns redan och skrivs inte över/);
    assert.equal(readFileSync(path.join(dir, 'uppdrag.md'), 'utf8'), 'min text');
  });

  it('export refuses a new draft whose header is filled in but whose body still holds the guidance (issue 17)', async () => {
    const dir = tmp();
    assert.equal((await arende(['new', 'interpellation', '-o', 'i.md'], dir, '2026-11-23')).code, 0);
    const filled = readFileSync(path.join(dir, 'i.md'), 'utf8')
      .replace(/^rubrik: .*$/m, 'rubrik: Interpellation om väntetider i boendestödet')
      .replace(/^kommun: .*$/m, 'kommun: Sundsvalls kommun')
      .replace(/^ {4}parti: .*$/m, '    parti: Exempelpartiet')
      .replace(/- namn: Förnamn Efternamn/, '- namn: Kim Exempel');
    writeFileSync(path.join(dir, 'i.md'), filled);
    // The chair is still the template's: found inside the mottagare value.
    const first = await arende(['export', 'i.md'], dir);
    assert.equal(first.code, 1);
    assert.match(first.stderr, /'Förnamn Efternamn' i 'mottagare' står kvar från mallen/);
    writeFileSync(path.join(dir, 'i.md'), filled.replace(/^mottagare: .*$/m, 'mottagare: Socialnämndens ordförande Anna Berg'));
    const r = await arende(['export', 'i.md'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /'Beskriv vad interpellationen gäller och varför du ställer …' står kvar från mallens hjälptext/);
    assert.match(r.stderr, /'Skriv varje fråga som en egen punkt som ordföranden kan …' står kvar/);
    assert.doesNotMatch(r.stderr, /'Förnamn Efternamn'/);
    assert.ok(!existsSync(path.join(dir, 'i.docx')), 'nothing written');
  });

  it('names the file after the kind by default, and suggests a kind for a typo', async () => {
    const dir = tmp();
    assert.equal((await arende(['new', 'medborgarförslag'], dir)).code, 0);
    assert.ok(existsSync(path.join(dir, 'medborgarforslag.md')));
    const typo = await arende(['new', 'politikerinitativ'], dir);
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /menade du 'politikerinitiativ'\?/);
  });

  it('the bundled templates are those in templates/', async () => {
    const { generatedTemplatesSource } = await import(path.join(root, 'scripts/gen-templates.mjs'));
    assert.equal(readFileSync(path.join(root, 'packages/core/src/templates.generated.ts'), 'utf8'), generatedTemplatesSource());
  });
});

describe('the arende command as a process', () => {
  const bin = path.join(root, 'packages/cli/bin/arende.js');
  before(() => {
    if (!existsSync(path.join(root, 'packages/cli/dist/lib/arende.cjs'))) execFileSync('node', [path.join(root, 'scripts/build.mjs')]);
  });

  it('--version, --help, and exit codes from a real process', () => {
    const version = spawnSync('node', [bin, '--version'], { encoding: 'utf8' });
    assert.equal(version.status, 0);
    assert.equal(version.stdout.trim(), JSON.parse(readFileSync(path.join(root, 'packages/cli/package.json'), 'utf8')).version);
    const help = spawnSync('node', [bin, '--help'], { encoding: 'utf8' });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Användning: arende KOMMANDO/);
    const ok = spawnSync('node', [bin, 'check', 'examples'], { cwd: root, encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    const dir = tmp();
    writeFileSync(path.join(dir, 'x.md'), BROKEN);
    const bad = spawnSync('node', [bin, 'check', '--format', 'json', 'x.md'], { cwd: dir, encoding: 'utf8' });
    assert.equal(bad.status, 1);
    assert.ok(Array.isArray(JSON.parse(bad.stdout)));
  });

  it('the bundled CLI finds the provision texts (cite shows lydelse)', () => {
    const r = spawnSync('node', [bin, 'cite', '--datum', '2026-03-02', '--format', 'json', '9 § LSS'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(JSON.parse(r.stdout).citations[0].lydelse, /Insatserna för särskilt stöd och service/);
  });

  it('works as `pnpm arende` and node_modules/.bin/arende from the root', () => {
    const viaBin = spawnSync(path.join(root, 'node_modules/.bin/arende'), ['--version'], { cwd: root, encoding: 'utf8' });
    assert.equal(viaBin.status, 0, viaBin.stderr);
    const viaPnpm = spawnSync('pnpm', ['--silent', 'arende', '--version'], { cwd: root, encoding: 'utf8' });
    assert.equal(viaPnpm.status, 0, viaPnpm.stderr);
    assert.equal(viaPnpm.stdout.trim(), viaBin.stdout.trim());
  });
});

describe('arende check: every requirement shows its legal basis (issue 10)', () => {
  it("text output names the provision, or says the requirement is the format's and not a law's", async () => {
    const dir = tmp();
    const text = `---
typ: nämnduppdrag
rubrik: Redovisning av uppdrag om träffpunkter
datum: 2026-03-02
mottagare: Socialnämnden
kommun: Sjöviks kommun
förvaltning: Socialförvaltningen
uppdrag:
  beslut: SN 2026-02-12 § 14
  datum: 2026-02-12
avsändare:
  - namn: Kim Exempel
lagrum:
  - 10 kap. 1 § socialtjänstlagen (2025:400)
---

## Sammanfattning

Text.
`;
    writeFileSync(path.join(dir, 'u.md'), text);
    const r = await arende(['check', 'u.md'], dir);
    assert.equal(r.code, 1);
    const out = r.stdout + r.stderr;
    assert.match(out, /Nyckeln 'diarienummer' saknas.*Grund: ärendes format för handlingen/);
    assert.match(out, /Förslag till beslut|förslag till beslut/);
    // No law sets the form of a proposal (issue 21): att-satser are the format's and practice's requirement.
    assert.match(out, /att-sats.*Grund: ärendes format och kommunal praxis .*inte ett lagkrav\./);
    assert.match(out, /Avsnittet 'Barnets bästa' saknas.*Rättslig grund: 1 § lagen \(2018:1197\)/);
    assert.match(out, /Avsnittet 'Ekonomiska konsekvenser' saknas.*Grund: ärendes format för en tjänsteskrivelse/);
    // JSON keeps the message and the provision apart.
    const j = await arende(['check', '--format', 'json', 'u.md'], dir);
    const messages = (JSON.parse(j.stdout) as { messages: { reason: string; ruleId: string; lagrum?: { text: string } }[] }[])[0]!.messages;
    const att = messages.find((m) => m.ruleId === 'att-sats-missing')!;
    assert.doesNotMatch(att.reason, /Rättslig grund/);
    assert.equal(att.lagrum, undefined);
    const barn = messages.find((m) => m.ruleId === 'section-missing' && /Barnets bästa/.test(m.reason))!;
    assert.equal(barn.lagrum!.text, '1 § lagen (2018:1197) om Förenta nationernas konvention om barnets rättigheter');
  });
});
