#!/usr/bin/env node
// Thin launcher: the real program is the esbuild bundle in ../dist/lib (built by `pnpm install` / `pnpm build`).
//
// Start-up time is most of a short `arende check` or `export`, and most of that is V8 compiling the
// bundle's code. The launcher compiles the bundle with vm.Script and hands V8 its code cache from an
// earlier run (arende.cjs.cache beside the bundle, written by the build): ~60 ms less per start. A
// cache that does not fit (another Node version, another bundle) is replaced after the run, where the
// folder is writable; where it is not, arende just starts without one. Node 22's module.enableCompileCache
// does the same for ES modules, but Node 20 has no such API.
import { accessSync, constants, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { checkWillSpell, startEarlySpeller } from './speller-thread.js';

const bundle = fileURLToPath(new URL('../dist/lib/arende.cjs', import.meta.url));
if (!existsSync(bundle)) {
  console.error('arende: programmet är inte byggt. Kör "pnpm install" (eller "pnpm build") i arbetsytans rot.');
  process.exit(2);
}
// Hunspell's thread first, for `arende check`: it loads while V8 compiles the bundle (see speller-thread.js).
try {
  if (checkWillSpell(process.argv.slice(2))) startEarlySpeller(path.dirname(bundle));
} catch {
  // Core starts the thread itself, as it does without the launcher.
}
const source = readFileSync(bundle);
// V8 checks a cache against the source's length, not its content. The build ends the bundle with its
// hash ("//# arende-build=<sha256>"), and a cache file starts with the hash of the bundle it was made
// from: so a cache is used only with that very bundle (read from the bundle, not computed: hashing it
// here would start OpenSSL, which costs more than the check is worth).
const hash = Buffer.from(/arende-build=([0-9a-f]{64})\s*$/.exec(source.subarray(-100).toString('latin1'))?.[1] ?? '', 'hex');
const cacheFile = `${bundle}.cache`;
let cachedData;
try {
  const file = readFileSync(cacheFile);
  if (hash.length === 32 && file.subarray(0, 32).equals(hash)) cachedData = file.subarray(hash.length);
} catch {
  // No cache yet.
}
// The build makes the bundle ASCII (it stops on any other character): Latin-1 reads it without decoding UTF-8.
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source.toString('latin1')}\n})`, {
  filename: bundle,
  cachedData,
});
if (hash.length === 32 && (cachedData === undefined || script.cachedDataRejected)) {
  // Made at exit, so that it holds the functions this run compiled, not only the outermost code.
  process.once('exit', () => {
    const temp = `${cacheFile}.${process.pid}.tmp`;
    try {
      // Where the folder cannot be written (a global install owned by another user), making the cache
      // would only cost time at every run.
      accessSync(path.dirname(cacheFile), constants.W_OK);
      writeFileSync(temp, Buffer.concat([hash, script.createCachedData()]));
      renameSync(temp, cacheFile);
    } catch {
      rmSync(temp, { force: true });
    }
  });
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
