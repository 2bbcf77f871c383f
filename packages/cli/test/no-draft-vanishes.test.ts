import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { draftVerdict } from '@arende/core';
import { arende } from './helpers.js';

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));

/** The four ways a frontmatter was seen to break, each of which once made a draft vanish from a folder. */
const BROKEN: Record<string, string> = {
  'versal.md': '---\nTyp: politikerinitiativ\nrubrik: Versal\n---\n\nText.\n',
  'omkastad.md': '---\ntpy: politikerinitiativ\nrubrik: Omkastad\n---\n\nText.\n',
  'kolon.md': '---\ntyp: politikerinitiativ\nrubrik: Förslag: fler platser\n---\n\nText.\n',
  'tabb.md': '---\ntyp: politikerinitiativ\nrubrik: Tabb\n\tdatum: 2026-01-01\n---\n\nText.\n',
};

describe('a draft never vanishes', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'arende-vanish-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('draftVerdict: broken frontmatter and near-typ keys are drafts without a kind; no frontmatter or no typ is skipped', () => {
    for (const [name, text] of Object.entries(BROKEN)) assert.deepEqual(draftVerdict(text), { draft: true, kind: undefined }, name);
    assert.deepEqual(draftVerdict('---\ntyp: politikerinitiativ\n---\n'), { draft: true, kind: 'politikerinitiativ' });
    assert.deepEqual(draftVerdict('---\ntyp: motionen\n---\n'), { draft: true, kind: undefined }, 'unknown typ value');
    assert.deepEqual(draftVerdict('---\ntyp politikerinitiativ\n---\n'), { draft: true, kind: undefined }, 'key without colon');
    assert.deepEqual(draftVerdict('---\ntyp: x\n'), { draft: true, kind: undefined }, 'never closed');
    assert.deepEqual(draftVerdict('# README\n'), { draft: false, reason: 'no-frontmatter' });
    assert.deepEqual(draftVerdict('---\ntitle: Anteckningar\n---\n'), { draft: false, reason: 'no-typ' });
  });

  it('arende check DIR reports each of four broken drafts and says which file it skipped, and why', async () => {
    for (const [name, text] of Object.entries(BROKEN)) writeFileSync(path.join(dir, name), text);
    writeFileSync(path.join(dir, 'README.md'), '# Om mappen\n');
    const r = await arende(['check', '.'], dir);
    assert.equal(r.code, 1, r.stderr);
    for (const name of Object.keys(BROKEN)) assert.match(r.stdout, new RegExp(`^${name.replace('.', '\\.')}$`, 'm'), name);
    assert.doesNotMatch(r.stdout, /Inga utkast hittades/);
    assert.match(r.stderr, /1 fil hoppades över, den är inget utkast: README\.md \(inget huvud \(frontmatter\) överst\)/);
  });

  it('a draft with old Mac line breaks (CR only) or CRLF is found in a folder, as when it is named alone', async () => {
    const example = readFileSync(path.join(examples, 'politikerinitiativ-sip-samordning.md'), 'utf8');
    assert.deepEqual(draftVerdict(example.replace(/\n/g, '\r')), { draft: true, kind: 'politikerinitiativ' });
    assert.deepEqual(draftVerdict(example.replace(/\n/g, '\r\n')), { draft: true, kind: 'politikerinitiativ' });
    writeFileSync(path.join(dir, 'mac.md'), example.replace(/\n/g, '\r'));
    const r = await arende(['check', '.'], dir);
    assert.match(r.stdout, /^mac\.md$/m, r.stdout);
    assert.doesNotMatch(r.stdout, /Inga utkast hittades/);
    assert.doesNotMatch(r.stderr, /hoppades över/);
  });

  it('the unquoted colon gets its own message and a fix that quotes the value', async () => {
    writeFileSync(path.join(dir, 'kolon.md'), BROKEN['kolon.md']!);
    const r = await arende(['check', 'kolon.md'], dir);
    assert.match(r.stdout, /3:9.*Värdet för 'rubrik' innehåller kolon följt av mellanslag.*rubrik: "Förslag: fler platser"/);
    assert.doesNotMatch(r.stdout, /saknar kolon/);
  });

  describe('agenda and export', () => {
    const good = ['politikerinitiativ-sip-samordning.md', 'namnduppdrag-sip-uppfoljning.md'];
    beforeEach(() => {
      for (const f of good) copyFileSync(path.join(examples, f), path.join(dir, f));
      writeFileSync(path.join(dir, 'versal.md'), BROKEN['versal.md']!);
    });

    it('agenda refuses when a draft is broken: exit 1, nothing written, the draft named with its first error', async () => {
      const r = await arende(['agenda', '--nämnd', 'Socialnämnden', '--datum', '2026-04-15', '.', '-o', 'kallelse.docx'], dir);
      assert.equal(r.code, 1);
      assert.equal(existsSync(path.join(dir, 'kallelse.docx')), false);
      assert.match(r.stderr, /versal\.md:\d+:\d+: /);
      assert.match(r.stderr, /ingen kallelse skrevs/);
    });

    it('agenda --force leaves the broken draft out, with a warning naming it', async () => {
      const r = await arende(['agenda', '--nämnd', 'Socialnämnden', '--datum', '2026-04-15', '.', '-o', 'kallelse.docx', '--force'], dir);
      assert.equal(r.code, 0, r.stderr);
      assert.ok(existsSync(path.join(dir, 'kallelse.docx')));
      assert.match(r.stderr, /versal\.md:\d+:\d+: .*\n?/);
      assert.match(r.stderr, /lämnas utanför kallelsen/);
      assert.match(r.stdout, /med 2 ärenden/);
    });

    it('export DIR writes every good draft, names the broken one, and exits 1', async () => {
      const r = await arende(['export', '.'], dir);
      assert.equal(r.code, 1);
      assert.deepEqual(
        readdirSync(dir)
          .filter((f) => f.endsWith('.docx'))
          .sort(),
        good.map((f) => f.replace(/\.md$/, '.docx')).sort(),
      );
      assert.match(r.stderr, /versal\.md:\d+:\d+: /);
      assert.match(r.stderr, /1 av 3 utkast exporterades inte/);
    });
  });
});
