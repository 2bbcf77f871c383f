/**
 * The installable CLI as a user gets it: `pnpm pack:cli` writes dist/arende-<version>.tgz, `npm install -g`
 * puts it into an empty prefix (offline: the package has no dependencies, so nothing may be fetched), and
 * `arende` runs from a folder far from this repository — every command the help names, with the statute
 * texts and the templates from inside the package.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const VERSION = JSON.parse(readFileSync(path.join(ROOT, 'packages/cli/package.json'), 'utf8')).version as string;
const TARBALL = path.join(ROOT, 'dist', `arende-${VERSION}.tgz`);

/** The user's environment, without what pnpm and mocha add (npm_config_*, NODE_OPTIONS=--import tsx). */
function userEnv(prefix: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_|^NODE_OPTIONS$|^PNPM|^INIT_CWD$/i.test(k)) env[k] = v;
  env.PATH = `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH}`;
  return env;
}

describe('the installable CLI (pnpm pack:cli, npm install -g)', function () {
  this.timeout(120_000);
  let temp: string;
  let prefix: string;
  let work: string;
  let env: NodeJS.ProcessEnv;
  const arende = (...args: string[]) => spawnSync('arende', args, { cwd: work, env, encoding: 'utf8' });

  before(() => {
    temp = mkdtempSync(path.join(os.tmpdir(), 'arende-pack-test-'));
    prefix = path.join(temp, 'prefix');
    work = path.join(temp, 'mina-ärenden');
    rmSync(TARBALL, { force: true });
    execFileSync('pnpm', ['pack:cli'], { cwd: ROOT, stdio: 'pipe' });
    env = userEnv(prefix);
    execFileSync('npm', ['install', '-g', '--prefix', prefix, '--cache', path.join(temp, 'npm-cache'), '--offline', '--no-audit', '--no-fund', TARBALL], {
      cwd: temp,
      env,
      stdio: 'pipe',
    });
    execFileSync('mkdir', [work]);
  });

  after(() => rmSync(temp, { recursive: true, force: true }));

  it('is one tarball with registry fields and no dependencies, so the install fetches nothing', () => {
    assert.ok(existsSync(TARBALL), `${TARBALL} written`);
    const pkg = JSON.parse(readFileSync(path.join(prefix, 'lib/node_modules/arende/package.json'), 'utf8'));
    assert.equal(pkg.name, 'arende');
    assert.deepEqual(pkg.bin, { arende: 'bin/arende.js' });
    assert.equal(pkg.engines.node, '>=20');
    assert.equal(pkg.license, 'Apache-2.0');
    assert.equal(pkg.repository.type, 'git');
    assert.ok(Array.isArray(pkg.files) && pkg.files.includes('dist/'));
    assert.equal(pkg.dependencies, undefined);
    assert.equal(pkg.scripts, undefined, 'no install scripts');
    // Only arende itself was installed (its own folder has no node_modules either).
    assert.deepEqual(readdirSync(path.join(prefix, 'lib/node_modules')), ['arende']);
    assert.ok(!existsSync(path.join(prefix, 'lib/node_modules/arende/node_modules')));
    assert.ok(existsSync(path.join(prefix, 'lib/node_modules/arende/dist/registry/texts.json')), 'statute texts inside');
  });

  it('names in its help only commands that exist where it is installed', () => {
    const help = arende('--help');
    assert.equal(help.status, 0, help.stderr);
    assert.doesNotMatch(help.stdout, /pnpm|packages\//, 'no clone-only command or path');
    // Command names may have å/ä/ö (läsbarhet, ändringar), which \b does not count as word characters.
    const commands = [...help.stdout.matchAll(/^ {2}([a-zåäö]+)(?=[\s,]|$)/gm)].map((m) => m[1]!);
    assert.ok(commands.includes('check') && commands.includes('cite'), commands.join(' '));
    for (const command of commands) {
      const r = arende(command, '--help');
      assert.equal(r.status, 0, `arende ${command} --help: ${r.stderr}`);
      assert.doesNotMatch(r.stdout, /pnpm/, `arende ${command} --help names pnpm`);
    }
  });

  it('new, check, export, agenda and cite work from a folder of its own', () => {
    const created = arende('new', 'medborgarförslag', '-o', 'förslag.md');
    assert.equal(created.status, 0, created.stderr);
    assert.match(readFileSync(path.join(work, 'förslag.md'), 'utf8'), /^typ: medborgarförslag$/m);

    copyFileSync(path.join(ROOT, 'examples/politikerinitiativ-sip-samordning.md'), path.join(work, 'initiativ.md'));
    const checked = arende('check', '--format', 'json', 'initiativ.md');
    assert.equal(checked.status, 0, checked.stdout + checked.stderr);
    assert.equal(JSON.parse(checked.stdout)[0].messages.filter((m: { fatal: boolean }) => m.fatal).length, 0);

    const exported = arende('export', 'initiativ.md');
    assert.equal(exported.status, 0, exported.stderr);
    assert.equal(readFileSync(path.join(work, 'initiativ.docx')).subarray(0, 2).toString(), 'PK');
    const text = execFileSync('pandoc', ['-t', 'plain', path.join(work, 'initiativ.docx')], { encoding: 'utf8' });
    const rubrik = /^rubrik: (.+)$/m.exec(readFileSync(path.join(work, 'initiativ.md'), 'utf8'))![1]!;
    assert.match(text.replace(/\s+/g, ' '), new RegExp(rubrik.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

    const agenda = arende('agenda', '--nämnd', 'Socialnämnden', '--datum', '2026-12-10', 'initiativ.md', '-o', 'kallelse.docx');
    assert.equal(agenda.status, 0, agenda.stderr);
    assert.match(execFileSync('pandoc', ['-t', 'plain', path.join(work, 'kallelse.docx')], { encoding: 'utf8' }), /Föredragningslista/);

    // The provision text comes from the texts.json inside the package.
    const cited = arende('cite', '--datum', '2026-03-02', '--format', 'json', '9 § LSS');
    assert.equal(cited.status, 0, cited.stderr);
    const [c] = JSON.parse(cited.stdout).citations;
    assert.equal(c.status, 'gällande');
    assert.ok(c.lydelse && c.lydelse.length > 100, 'the provision text is there');
  });

  it("arende webb writes the citizens' page as one file, from inside the package", () => {
    assert.ok(existsSync(path.join(prefix, 'lib/node_modules/arende/dist/web/arende.html')), 'arende.html inside');
    const r = arende('webb', '-o', 'sida.html');
    assert.equal(r.status, 0, r.stderr);
    const html = readFileSync(path.join(work, 'sida.html'), 'utf8');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/);
    assert.doesNotMatch(html, /src="app\.js"|href="app\.css"/);
  });

  it('arende publicera makes the status site from inside the package', () => {
    cpSync(path.join(ROOT, 'examples'), path.join(work, 'ärenden'), { recursive: true });
    const r = arende('publicera', '--per', '2026-12-07', 'ärenden', '-o', 'webbplats');
    assert.equal(r.status, 0, r.stderr);
    for (const f of ['index.html', 'flode.xml', 'ks-2025-58.html']) assert.ok(existsSync(path.join(work, 'webbplats', f)), f);
    assert.match(readFileSync(path.join(work, 'webbplats/index.html'), 'utf8'), /Ett lokalt handlingsprogram för suicidprevention/);
  });

  it('stops quietly when its reader goes away (arende regler | head)', () => {
    const r = spawnSync('sh', ['-c', 'arende regler | head -1'], { cwd: work, env, encoding: 'utf8' });
    assert.equal(r.status, 0);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout.split('\n').filter(Boolean).length, 1);
  });
});
