/**
 * bin/arende.js starts Hunspell's thread for `arende check` before the bundle runs (bin/speller-thread.js);
 * core takes it over when it was given the same dictionary, and ends it when the check does not spell.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { discardEarlySpellerThread, startSpellerWorker } from '@arende/core/speller-node';
// @ts-expect-error: the launcher's helper is plain JavaScript without types
import { checkWillSpell, EARLY_SPELLER, startEarlySpeller } from '../bin/speller-thread.js';

const cli = fileURLToPath(new URL('..', import.meta.url));
const lib = path.join(cli, 'dist/lib');
const ordbok = path.join(cli, 'dist/ordbok');

const draft = `---
typ: politikerinitiativ
rubrik: Boendestöd
mottagare: Socialnämnden
avsändare:
  - namn: Anna Svensson
    parti: S
datum: 2026-03-02
---

Socialnämden bör utöka boendestödet efter socialnämndsbeslutet.

## Förslag

- att utreda frågan om boendestöd
`;

describe('the speller thread the CLI launcher starts early', () => {
  before(() => {
    if (!existsSync(path.join(lib, 'speller-thread.cjs'))) execFileSync('node', [path.join(cli, '../../scripts/build.mjs')]);
  });
  afterEach(() => discardEarlySpellerThread());

  it('is started only for a check that spells (not --fix, not help, not other commands)', () => {
    assert.equal(checkWillSpell(['check', 'a.md']), true);
    assert.equal(checkWillSpell(['check', '--format', 'json', '.']), true);
    assert.equal(checkWillSpell(['check', '--fix', 'a.md']), false);
    assert.equal(checkWillSpell(['check', '--help']), false);
    assert.equal(checkWillSpell(['export', 'a.md']), false);
    assert.equal(checkWillSpell([]), false);
  });

  it('is taken over by core when it has the dictionary core would read, and answers', async () => {
    const env = { ...process.env, ARENDE_ORDBOK: ordbok };
    assert.equal(startEarlySpeller(lib, env), true);
    const early = (globalThis as Record<string, unknown>)[EARLY_SPELLER] as { worker: unknown };
    const worker = await startSpellerWorker({ env });
    try {
      assert.equal(worker.early, true);
      assert.equal((globalThis as Record<string, unknown>)[EARLY_SPELLER], undefined, 'taken, not left for another');
      assert.ok(early.worker);
      worker.ask(['socialnämndsbeslutet', 'Socialnämden']);
      assert.equal(await worker.settle(), undefined);
      assert.equal(worker.verdict('socialnämndsbeslutet'), true);
      assert.equal(worker.verdict('Socialnämden'), false);
    } finally {
      worker.close();
    }
  });

  it('is ended, and another thread started, when core reads another dictionary', async () => {
    assert.equal(startEarlySpeller(lib, { ...process.env, ARENDE_ORDBOK: ordbok }), true);
    const worker = await startSpellerWorker({ env: { ...process.env, ARENDE_ORDBOK: undefined } });
    try {
      assert.equal(worker.early, false);
      worker.ask(['boendestödet']);
      assert.equal(await worker.settle(), undefined);
      assert.equal(worker.verdict('boendestödet'), true);
    } finally {
      worker.close();
    }
  });

  it('is not started when the dictionary cannot be read (core then says why)', () => {
    assert.equal(startEarlySpeller(lib, { ...process.env, ARENDE_ORDBOK: path.join(tmpdir(), 'ingen-ordbok-här') }), false);
    assert.equal((globalThis as Record<string, unknown>)[EARLY_SPELLER], undefined);
  });

  it('arende check spells with it, and a check with spelling off or --fix ends without it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'arende-early-'));
    writeFileSync(path.join(dir, 'a.md'), draft);
    writeFileSync(path.join(dir, 'av.json'), '{"regler": {"spelling": "av"}}\n');
    const run = (...args: string[]) => spawnSync('node', [path.join(cli, 'bin/arende.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    // Exit 1: the draft has errors besides the misspelling; what matters is that nothing else is said.
    const on = run('check', 'a.md');
    assert.equal(on.stderr, '');
    assert.equal(on.status, 1);
    assert.match(on.stdout, /'Socialnämden' finns inte i ordlistan/);
    assert.doesNotMatch(on.stdout, /socialnämndsbeslutet/);
    const off = run('check', '--config', 'av.json', 'a.md');
    assert.equal(off.stderr, '');
    assert.equal(off.status, 1);
    assert.doesNotMatch(off.stdout, /finns inte i ordlistan/);
    const fix = run('check', '--fix', 'a.md');
    assert.equal(fix.status, 1, fix.stderr);
    assert.match(fix.stdout, /'Socialnämden' finns inte i ordlistan/);
  });
});
