import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentSpeller, setSpeller } from '@arende/core';
import { loadNodeSpeller } from '@arende/core/speller-node';
import { arende } from './helpers.js';

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

describe('arende check with Hunspell on a worker thread', () => {
  it('reports what a check with the speller loaded first reports, on the examples and misspelt drafts', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'arende-spelling-'));
    cpSync(path.join(root, 'examples'), dir, { recursive: true });
    for (const i of [1, 2, 3]) writeFileSync(path.join(dir, `stavning-${i}.md`), misspelt(i));
    assert.ok(readdirSync(dir).length > 10);
    assert.equal(currentSpeller(), undefined, 'no speller loaded: check starts Hunspell on a worker');
    const viaWorker = await arende(['check', '--format', 'json', '.'], dir);
    assert.equal(currentSpeller(), undefined, 'the answers are not left behind as the speller');
    // The same with the speller loaded in this process first (the path --fix takes).
    setSpeller(await loadNodeSpeller());
    try {
      const loadedFirst = await arende(['check', '--format', 'json', '.'], dir);
      assert.equal(viaWorker.stdout, loadedFirst.stdout);
      assert.equal(viaWorker.code, loadedFirst.code);
      assert.equal(viaWorker.stderr, loadedFirst.stderr);
    } finally {
      setSpeller(undefined);
    }
    const spelling = (JSON.parse(viaWorker.stdout) as { messages: { ruleId: string; reason: string }[] }[])
      .flatMap((f) => f.messages)
      .filter((m) => m.ruleId === 'spelling');
    for (const word of ['Socialnämden', 'Kommunstyrlsen-beslut', 'felstavat-ordd', 'Xyzzyq', 'Tjänsteskrivelsn', 'utrda', 'boendstöd']) {
      assert.ok(
        spelling.some((m) => m.reason.includes(`'${word}`)),
        `${word} reported: ${spelling.map((m) => m.reason.slice(0, 40)).join(' | ')}`,
      );
    }
    assert.ok(
      !spelling.some((m) => /socialnämndsbeslutet|SIP-mötet|Citatt|Göteborgs/.test(m.reason)),
      'compounds, abbreviations, quotations and kommun names pass',
    );
  });

  it('says once that spelling is not checked when the dictionary cannot be read, and checks the rest', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'arende-spelling-'));
    writeFileSync(path.join(dir, 'a.md'), misspelt(1));
    const before = process.env.ARENDE_ORDBOK;
    process.env.ARENDE_ORDBOK = path.join(dir, 'ingen-ordbok');
    try {
      const r = await arende(['check', '--format', 'json', '.'], dir);
      assert.match(r.stderr, /^arende: stavningskontrollen görs inte: ordlistan för stavningskontrollen går inte att läsa .*ENOENT/);
      const messages = (JSON.parse(r.stdout) as { messages: { ruleId: string }[] }[]).flatMap((f) => f.messages);
      assert.ok(messages.some((m) => m.ruleId === 'frontmatter-required'));
      assert.ok(!messages.some((m) => m.ruleId === 'spelling'));
    } finally {
      if (before === undefined) delete process.env.ARENDE_ORDBOK;
      else process.env.ARENDE_ORDBOK = before;
    }
  });
});
