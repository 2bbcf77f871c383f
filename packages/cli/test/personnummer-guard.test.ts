/**
 * Issue 8 §2: the CLI reads arende.config.json from the draft's folder upwards (not the working folder),
 * and export refuses a personnummer whatever the config says, unless --force is given (and then says so).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { arende, DRAFT_WITH_PERSONNUMMER as DRAFT } from './helpers.js';

describe('personnummer guard and config resolution', () => {
  let root: string;
  let folder: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'arende-guard-'));
    folder = path.join(root, 'utskott', 'utkast');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'd.md'), DRAFT);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("takes arende.config.json from the draft's folder upwards, not from the working folder", async () => {
    writeFileSync(path.join(root, 'utskott', 'arende.config.json'), '{"regler": {"personal-data": "varning"}}');
    const fromAbove = await arende(['check', '--format', 'json', 'utskott/utkast/d.md'], root);
    const fromElsewhere = await arende(['check', '--format', 'json', path.join(folder, 'd.md')], tmpdir());
    for (const r of [fromAbove, fromElsewhere]) {
      const diagnostics = (JSON.parse(r.stdout) as { messages?: unknown[] }[]).flatMap(
        (f) => (f.messages ?? []) as { ruleId: string; severity: number | string; fatal?: boolean }[],
      );
      const pd = diagnostics.filter((d) => d.ruleId === 'personal-data');
      assert.equal(pd.length, 1);
      assert.equal(r.code, 0, 'the config makes it a warning');
    }
  });

  it('export refuses a personnummer even when the config turns personal-data off', async () => {
    writeFileSync(path.join(root, 'utskott', 'arende.config.json'), '{"regler": {"personal-data": "av"}}');
    const check = await arende(['check', 'd.md'], folder);
    assert.equal(check.code, 0, 'check follows the config');
    const refused = await arende(['export', 'd.md'], folder);
    assert.equal(refused.code, 1);
    assert.match(
      refused.stderr,
      /innehåller ett personnummer \(första på rad 13, kolumn 10: 811218-XXXX\) och exporteras inte, vad arende\.config\.json än säger/,
    );
    assert.doesNotMatch(refused.stderr, /9876/);
    assert.equal(existsSync(path.join(folder, 'd.docx')), false);
  });

  it('export --force exports and says that a personnummer goes with it', async () => {
    const forced = await arende(['export', '--force', 'd.md'], folder);
    assert.equal(forced.code, 0);
    assert.match(forced.stderr, /innehåller ett personnummer .*exporterar ändå eftersom --force angavs/);
    assert.equal(existsSync(path.join(folder, 'd.docx')), true);
  });
});

describe('input is read with a size cap', () => {
  it('arende check /dev/zero stops after 1 MB and says the file is too large', async function () {
    if (process.platform === 'win32') this.skip();
    const before = process.memoryUsage().rss;
    const r = await arende(['check', '/dev/zero'], tmpdir());
    assert.equal(r.code, 1);
    assert.match(r.stdout + r.stderr, /Utkastet är mer än 1 MB; ärende läser utkast upp till 1 MB/);
    assert.ok(process.memoryUsage().rss - before < 200 * 1024 * 1024, 'read no more than the cap');
  });
});

describe('a draft beyond an input limit', () => {
  it('is not exported, even with --force, and the refusal names the limit and its place', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'arende-limit-'));
    try {
      writeFileSync(path.join(dir, 'd.md'), DRAFT.replace('Brukaren 811218–9876 fick avslag.', `${'>'.repeat(101)} Citat.`));
      const r = await arende(['export', '--force', 'd.md'], dir);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /1 utkast är större eller djupare än ärende läser; de exporteras inte, inte heller med --force/);
      assert.match(r.stderr, /d\.md:13:\d+: Raden har fler än 100 nivåer/);
      assert.equal(existsSync(path.join(dir, 'd.docx')), false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
