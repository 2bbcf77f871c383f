/** Issue 17 §5 through the CLI: `check` and `check --fix` on a draft written in NFD (macOS, PDF). */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { arende } from './helpers.js';

const EXAMPLE = fileURLToPath(new URL('../../../examples/motion-bostad-forst.md', import.meta.url));

describe('a draft in NFD through the CLI (issue 17)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'arende-nfd-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('check finds what it finds in NFC, at the NFD columns; --fix rewrites only the citations, in NFD', async () => {
    const nfc = readFileSync(EXAMPLE, 'utf8').replace(/\n## /, '\nEnligt socialtjänstlagen 5:1 gäller det för äldre.\n\n## ');
    const nfd = nfc.normalize('NFD');
    writeFileSync(path.join(dir, 'nfc.md'), nfc);
    writeFileSync(path.join(dir, 'nfd.md'), nfd);
    const json = async (file: string) =>
      (JSON.parse((await arende(['check', '--format', 'json', file], dir)).stdout) as { messages: { ruleId: string; line: number }[] }[])[0]!.messages.map(
        (m) => `${m.ruleId} ${m.line}`,
      );
    assert.deepEqual(await json('nfd.md'), await json('nfc.md'));
    assert.ok(!(await json('nfd.md')).some((m) => m.startsWith('frontmatter-unknown-key')));
    const fixed = await arende(['check', '--fix', 'nfd.md'], dir);
    assert.match(fixed.stderr, /Rättade 1 problem/);
    const after = readFileSync(path.join(dir, 'nfd.md'), 'utf8');
    assert.equal(after, nfd.replace('socialtjänstlagen 5:1'.normalize('NFD'), '5 kap. 1 § SoL'));
    assert.ok(!after.normalize('NFC').includes('socialtjäsocialtjänstlagen'));
  });
});
