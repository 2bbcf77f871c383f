/**
 * bin/arende.js gives V8 a code cache (dist/lib/arende.cjs.cache) so that a start skips most compiling.
 * A cache must never be used with another bundle, a bad one must never stop arende, and a missing or
 * unfit one is written after the run. Each test works on a copy of the built package (bin/ and dist/).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('..', import.meta.url));
const root = path.dirname(path.dirname(cli));

function copyOfPackage(): { dir: string; bundle: string; cache: string } {
  if (!existsSync(path.join(cli, 'dist/lib/arende.cjs'))) execFileSync('node', [path.join(root, 'scripts/build.mjs')]);
  const dir = mkdtempSync(path.join(tmpdir(), 'arende-cache-'));
  cpSync(path.join(cli, 'bin'), path.join(dir, 'bin'), { recursive: true });
  cpSync(path.join(cli, 'dist'), path.join(dir, 'dist'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
  return { dir, bundle: path.join(dir, 'dist/lib/arende.cjs'), cache: path.join(dir, 'dist/lib/arende.cjs.cache') };
}

/** The hash the build wrote at the end of the bundle. */
function bundleHash(bundle: string): Buffer {
  const m = /arende-build=([0-9a-f]{64})\s*$/.exec(readFileSync(bundle, 'utf8'));
  assert.ok(m, 'the bundle ends with its hash');
  return Buffer.from(m[1]!, 'hex');
}

/** Runs `arende cite` (it loads the registry and prints Swedish text) in the copy. */
function cite(dir: string): string {
  const r = spawnSync('node', [path.join(dir, 'bin/arende.js'), 'cite', '4 kap. 20 § kommunallagen (2017:725)'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /kommunallagen/);
  return r.stdout;
}

describe('the code cache of the CLI bundle (bin/arende.js)', () => {
  const copies: string[] = [];
  after(() => {
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  });

  it('is built with the bundle, starts with the bundle’s hash, and is kept when it fits', () => {
    const { dir, bundle, cache } = copyOfPackage();
    copies.push(dir);
    const before = readFileSync(cache);
    assert.ok(before.subarray(0, 32).equals(bundleHash(bundle)));
    assert.ok(before.length > 100_000, `a cache of ${before.length} bytes holds hardly any compiled code`);
    cite(dir);
    assert.ok(readFileSync(cache).equals(before), 'a fitting cache is not rewritten');
  });

  it('is written after the run when missing, and then used', () => {
    const { dir, bundle, cache } = copyOfPackage();
    copies.push(dir);
    rmSync(cache);
    const first = cite(dir);
    assert.ok(existsSync(cache), 'the run wrote a cache');
    const written = readFileSync(cache);
    assert.ok(written.subarray(0, 32).equals(bundleHash(bundle)));
    assert.equal(cite(dir), first);
    assert.ok(readFileSync(cache).equals(written), 'the written cache fits the next run');
  });

  it('is never used with another bundle, and a damaged cache neither stops arende nor stays', () => {
    for (const damage of ['another bundle’s hash', 'garbage after the right hash'] as const) {
      const { dir, bundle, cache } = copyOfPackage();
      copies.push(dir);
      const good = readFileSync(cache);
      const hash = bundleHash(bundle);
      const bad =
        damage === 'another bundle’s hash'
          ? Buffer.concat([Buffer.alloc(32, 7), good.subarray(32)])
          : Buffer.concat([hash, Buffer.from('no V8 code here '.repeat(1000))]);
      writeFileSync(cache, bad);
      cite(dir);
      const after = readFileSync(cache);
      assert.ok(after.subarray(0, 32).equals(hash), `${damage}: replaced by a cache of this bundle`);
      assert.ok(!after.equals(bad), `${damage}: the damaged cache is gone`);
    }
  });

  it('starts without a cache where none can be written', () => {
    const { dir, cache } = copyOfPackage();
    copies.push(dir);
    rmSync(cache);
    // A directory where the cache file would go: the write fails, arende does not.
    execFileSync('mkdir', [cache]);
    cite(dir);
    cite(dir);
    assert.deepEqual(
      readdirSync(path.join(dir, 'dist/lib')).filter((f) => f.endsWith('.tmp')),
      [],
      'no temporary file is left behind',
    );
  });
});
