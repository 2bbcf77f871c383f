/**
 * Issue 8 §2: with several paths in one call, each draft is checked by the arende.config.json nearest
 * to it (not by the one nearest the first path given).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { arende, DRAFT_WITH_PERSONNUMMER as DRAFT } from './helpers.js';

interface Message {
  ruleId: string;
}

/** The personal-data findings per file of a `check --format json` run. */
function personalData(stdout: string): Map<string, number> {
  const files = JSON.parse(stdout) as { path: string; messages: Message[] }[];
  return new Map(files.map((f) => [path.basename(path.dirname(f.path)), f.messages.filter((m) => m.ruleId === 'personal-data').length]));
}

describe("cli: each draft by its own folder's config", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'arende-config-per-draft-'));
    for (const name of ['av', 'pa']) {
      mkdirSync(path.join(root, name));
      writeFileSync(path.join(root, name, 'd.md'), DRAFT);
    }
    // `av` turns personal-data off; `pa` has a config that leaves it on (it changes another rule).
    writeFileSync(path.join(root, 'av', 'arende.config.json'), '{"regler": {"personal-data": "av"}}');
    writeFileSync(path.join(root, 'pa', 'arende.config.json'), '{"regler": {"att-sats-missing": "varning"}}');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  for (const args of [
    ['av/d.md', 'pa/d.md'],
    ['pa/d.md', 'av/d.md'],
    ['av', 'pa'],
    ['pa', 'av'],
  ]) {
    it(`check ${args.join(' ')}: the rule is off in av only`, async () => {
      const r = await arende(['check', '--format', 'json', ...args], root);
      const found = personalData(r.stdout);
      assert.equal(found.get('av'), 0, "av's config turns personal-data off");
      assert.equal(found.get('pa'), 1, "pa's config leaves it on");
      assert.equal(r.code, 1, 'the personnummer in pa is an error');
    });
  }

  it('--config decides for every draft', async () => {
    const r = await arende(['check', '--format', 'json', '--config', 'av/arende.config.json', 'pa', 'av'], root);
    const found = personalData(r.stdout);
    assert.equal(found.get('av'), 0);
    assert.equal(found.get('pa'), 0);
    assert.equal(r.code, 0);
  });

  it('a bad config in the second folder is named, not skipped', async () => {
    writeFileSync(path.join(root, 'pa', 'arende.config.json'), '{"regler": {"personal-data": "gul"}}');
    const r = await arende(['check', 'av', 'pa'], root);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /pa[/\\]arende\.config\.json: regeln 'personal-data' har värdet "gul"/);
  });

  it('export: each draft by its own config (the personnummer guard still refuses both)', async () => {
    const r = await arende(['export', 'av/d.md', 'pa/d.md'], root);
    assert.equal(r.code, 1);
    // pa's draft has a personal-data error by its config; av's has none (off), only the guard's refusal.
    assert.match(r.stderr, /'pa\/d\.md' har 1 fel/);
    assert.doesNotMatch(r.stderr, /'av\/d\.md'[^\n]*har \d+ fel/);
    assert.match(r.stderr, /'av\/d\.md' innehåller ett personnummer/);
  });
});
