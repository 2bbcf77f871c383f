import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setSpeller } from '@arende/core';
import { loadNodeSpeller } from '@arende/core/speller-node';
import { checkFiles, checkFilesWithSpellerWorker } from '../src/check-files.js';
import { draftConfigs } from '../src/config.js';
import { collectTargets } from '../src/files.js';
import { spellerWorker } from '../src/speller.js';
import type { CliIo } from '../src/io.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** A draft with misspelt words of every shape the rule looks at: plain, capitalised, hyphenated, before a hyphen. */
const misspelt = (i: number) => `---
typ: politikerinitiativ
rubrik: Boendestöd ${i}
mottagare: Socialnämnden
avsändare:
  - namn: Anna Svensson
    parti: S
datum: 2026-03-0${i}
---

Socialnämden bör utöka boendestödet efter socialnämndsbeslutet. Krångligt-ord och SIP-mötet, hälso- och
sjukvård, Kommunstyrlsen-beslut och felstavat-ordd. Xyzzyq är ett ord. Tjänsteskrivelsn- och
boendestödsinsatser. "Citatt felstavat" och Göteborgs kommun.

## Förslag

- att utrda frågan om boendstöd
`;

function captureIo(cwd: string): CliIo & { err: string } {
  const io = { cwd, err: '', stdout: () => {}, stderr: (t: string) => void (io.err += t), today: () => '2026-11-23', color: false };
  return io;
}

describe('arende check with Hunspell on a worker thread', () => {
  it('gives the diagnostics a check with the speller loaded first gives, on the examples, templates and misspelt drafts', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'arende-spelling-'));
    cpSync(path.join(root, 'examples'), dir, { recursive: true });
    for (const f of readdirSync(path.join(root, 'templates')).filter((f) => f.endsWith('.md')))
      cpSync(path.join(root, 'templates', f), path.join(dir, `mall-${f}`));
    for (const i of [1, 2, 3]) writeFileSync(path.join(dir, `stavning-${i}.md`), misspelt(i));
    const targets = await collectTargets(['.'], dir);
    assert.ok(targets.length > 20);
    const io = captureIo(dir);
    const worker = await spellerWorker(io);
    assert.ok(worker, io.err);
    const viaWorker = await checkFilesWithSpellerWorker(targets, dir, draftConfigs(dir, undefined), worker, (e) => assert.fail(e.message));
    setSpeller(await loadNodeSpeller());
    let loadedFirst;
    try {
      loadedFirst = checkFiles(targets, dir, draftConfigs(dir, undefined));
    } finally {
      setSpeller(undefined);
    }
    assert.deepEqual(viaWorker, loadedFirst);
    const spelling = viaWorker.flatMap((r) => (r.kind === 'checked' ? r.diagnostics : [])).filter((d) => d.ruleId === 'spelling');
    for (const word of ['Socialnämden', 'Kommunstyrlsen-beslut', 'felstavat-ordd', 'Xyzzyq', 'Tjänsteskrivelsn', 'utrda', 'boendstöd']) {
      assert.ok(
        spelling.some((d) => d.message.startsWith(`'${word}'`)),
        `${word} reported`,
      );
    }
    assert.ok(
      !spelling.some((d) => /socialnämndsbeslutet|SIP-mötet|Citatt|Göteborgs/.test(d.message)),
      'compounds, abbreviations, quotations and kommun names pass',
    );
  });

  it('says that spelling is not checked when the dictionary cannot be read', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'arende-spelling-'));
    const io = captureIo(dir);
    const before = process.env.ARENDE_ORDBOK;
    process.env.ARENDE_ORDBOK = path.join(dir, 'ingen-ordbok');
    try {
      assert.equal(await spellerWorker(io), undefined);
      assert.match(io.err, /^arende: stavningskontrollen görs inte: ordlistan för stavningskontrollen går inte att läsa .*ENOENT/);
    } finally {
      if (before === undefined) delete process.env.ARENDE_ORDBOK;
      else process.env.ARENDE_ORDBOK = before;
    }
  });

  it('finishes the files without spelling, saying why once, when Hunspell does not start on the worker', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'arende-spelling-'));
    writeFileSync(path.join(dir, 'a.md'), misspelt(1));
    const failing = {
      ask: () => 0,
      asked: () => 1,
      poll: () => 0,
      settle: async () => new Error('Hunspell startade inte (prov)'),
      verdict: () => undefined,
      close: () => {},
    };
    const said: string[] = [];
    const results = await checkFilesWithSpellerWorker(await collectTargets(['.'], dir), dir, draftConfigs(dir, undefined), failing, (e) =>
      said.push(e.message),
    );
    assert.deepEqual(said, ['Hunspell startade inte (prov)']);
    const diagnostics = results.flatMap((r) => (r.kind === 'checked' ? r.diagnostics : []));
    assert.ok(diagnostics.some((d) => d.ruleId === 'frontmatter-required'));
    assert.ok(!diagnostics.some((d) => d.ruleId === 'spelling'));
  });
});
