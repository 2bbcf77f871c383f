// Builds what must be built after `pnpm install`: the bundled `arende` CLI, and V8's compiled code for it.
// Bundling matters: importing the unbundled remark/ajv stack costs ~190 ms per process start.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const entry = path.join(root, 'packages/cli/src/bin.ts');
if (!existsSync(entry)) {
  console.log('build: packages/cli/src/bin.ts saknas ännu, hoppar över.');
  process.exit(0);
}
const dist = path.join(root, 'packages/cli/dist');
const bundle = path.join(dist, 'lib/arende.cjs');
// Start clean: a code cache must never outlive the bundle it was made from.
rmSync(dist, { recursive: true, force: true });
const { generatedTemplatesSource } = await import('./gen-templates.mjs');
writeFileSync(path.join(root, 'packages/core/src/templates.generated.ts'), generatedTemplatesSource());
// One CommonJS file rather than ES module chunks: bin/arende.js compiles it with vm.Script, which can
// reuse V8's code cache on Node 20 (ES modules cannot until Node 22's module.enableCompileCache). What
// the source imports dynamically (export, agenda, the guided `new`) is still evaluated only when used.
await build({
  entryPoints: [entry],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: process.env.ARENDE_BUILD_MINIFY !== '0',
  sourcemap: false,
  legalComments: 'none',
  // lagrum finds its texts relative to import.meta.url, which CommonJS lacks: give it the bundle's own URL.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('url').pathToFileURL(__filename).href;" },
  plugins: [
    {
      // vfile-reporter measures every cell of its table with string-width (a new Intl.Segmenter each
      // time): it gets packages/cli/src/text-width.ts instead, string-width with a fast path.
      name: 'reporter-text-width',
      setup(b) {
        b.onResolve({ filter: /^string-width$/ }, (args) =>
          /vfile-reporter/.test(args.importer) ? { path: path.join(root, 'packages/cli/src/text-width.ts') } : undefined,
        );
      },
    },
  ],
  logLevel: 'warning',
});
// The sources load a few Node modules lazily with import() (so that core and docx also run in a browser).
// Code compiled by vm.Script has no module loader for import(): those become require(), which Node's own
// modules support. Anything else left as import() would fail at run time, so the build stops on it.
const code = readFileSync(bundle, 'utf8').replace(/\bimport\("(node:[a-z_/]+)"\)/g, 'Promise.resolve(require("$1"))');
const left = /\bimport\((?!\))/.exec(code.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""'));
if (left) throw new Error(`build: import() kvar i paketet vid tecken ${left.index}: bara node:-moduler kan laddas så`);
// bin/arende.js reads the bundle as Latin-1, a copy where UTF-8 would be decoded (~10 ms of every start, and
// V8 then scans a one-byte source): so the bundle must be ASCII. esbuild escapes the strings; what it
// leaves is in regular expressions, and in String.raw templates that become regular expressions or JSON
// (the law registry, read by JSON.parse), where \uXXXX means the same character. A backslash right
// before such a character would change its meaning: stop.
if (/\\[^\x00-\x7f]/.test(code)) throw new Error('build: ett omvänt snedstreck före ett icke-ASCII-tecken i paketet går inte att skriva om');
const ascii = code.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
// The bundle ends with its own hash: bin/arende.js uses a code cache only with the bundle it was made from.
writeFileSync(bundle, `${ascii}//# arende-build=${createHash('sha256').update(ascii).digest('hex')}\n`);
// The provision texts (1.2 MB) stay out of the bundle and are read on first use, from
// '../registry/texts.json' relative to the bundle (dist/lib/): put them there.
mkdirSync(path.join(dist, 'registry'), { recursive: true });
// The speller's thread program: core starts it from beside the bundle, and so does bin/arende.js for `check`.
copyFileSync(path.join(root, 'packages/core/src/spelling/speller-thread.cjs'), path.join(dist, 'lib/speller-thread.cjs'));
copyFileSync(path.join(root, 'packages/core/src/spelling/hunspell-image.cjs'), path.join(dist, 'lib/hunspell-image.cjs'));
copyFileSync(path.join(root, 'packages/lagrum/registry/texts.json'), path.join(dist, 'registry/texts.json'));
console.log('build: packages/cli/dist/lib/arende.cjs');
// The citizens' page as one file, for `arende webb`: built from web/ and put beside the bundle (dist/web/).
execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'web/build.ts')], { cwd: root, stdio: 'ignore' });
mkdirSync(path.join(dist, 'web'), { recursive: true });
copyFileSync(path.join(root, 'web/dist/arende.html'), path.join(dist, 'web/arende.html'));
console.log('build: packages/cli/dist/web/arende.html');

// The speller stays out of the bundle too: Hunspell as WebAssembly (hunspell-asm, 0.8 MB with the module
// inlined) is loaded only when the rule `spelling` runs, from dist/lib/hunspell.cjs; the Swedish
// dictionary (LGPL-3.0, dictionary-sv) is a separate, replaceable data file in dist/ordbok/.
const coreRequire = createRequire(path.join(root, 'packages/core/package.json'));
await build({
  // hunspell-asm and its raw Emscripten runtime, which the speller's thread restores from a memory image.
  entryPoints: [path.join(root, 'packages/core/src/spelling/hunspell-entry.cjs')],
  outfile: path.join(dist, 'lib/hunspell.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: true,
  legalComments: 'inline',
  logLevel: 'warning',
});
const dictionaryDir = path.dirname(coreRequire.resolve('dictionary-sv'));
mkdirSync(path.join(dist, 'ordbok'), { recursive: true });
copyFileSync(path.join(dictionaryDir, 'index.aff'), path.join(dist, 'ordbok/sv_SE.aff'));
copyFileSync(path.join(dictionaryDir, 'index.dic'), path.join(dist, 'ordbok/sv_SE.dic'));
copyFileSync(path.join(dictionaryDir, 'license'), path.join(dist, 'ordbok/LICENSE'));
writeFileSync(
  path.join(dist, 'ordbok/README.md'),
  'Svensk ordlista för stavningskontrollen (regeln spelling): sv_SE.aff och sv_SE.dic ur paketet dictionary-sv,\n' +
    'som bygger på Göran Anderssons svenska Hunspell-ordlista. Licens: GNU LGPL 3.0 (se LICENSE). Filerna är\n' +
    'fristående data: byt dem mot en annan Hunspell-ordlista med samma namn, eller peka ARENDE_ORDBOK på en mapp med dem.\n' +
    '\n' +
    'hunspell-sv.image är en minnesbild av Hunspell med ordlistan inläst (samma licens som ordlistan), så att\n' +
    'stavningskontrollen inte behöver läsa in ordlistan vid varje körning. Filen är bara en genväg: har ordlistan\n' +
    'bytts ut görs en ny minnesbild av den ordlista som används, och filen kan tas bort när som helst.\n',
);
console.log('build: packages/cli/dist/lib/hunspell.cjs, packages/cli/dist/ordbok/');

// Hunspell's memory image (core's hunspell-image.cjs): the first `arende check` that spells would make it;
// made here, no check waits for the dictionary to be read. An image that is already there and fits is kept.
{
  const libRequire = createRequire(path.join(dist, 'lib/hunspell.cjs'));
  const moduleFile = path.join(dist, 'lib/hunspell.cjs');
  const { from } = await libRequire('./hunspell-image.cjs').openHunspell({
    entry: libRequire(moduleFile),
    moduleFile,
    aff: readFileSync(path.join(dist, 'ordbok/sv_SE.aff')),
    dic: readFileSync(path.join(dist, 'ordbok/sv_SE.dic')),
    imageFile: path.join(dist, 'ordbok/hunspell-sv.image'),
  });
  console.log(
    from === 'dictionary' ? 'build: ingen minnesbild av Hunspell skrevs (stavningen fungerar ändå)' : 'build: packages/cli/dist/ordbok/hunspell-sv.image',
  );
}

// V8's code cache: bin/arende.js writes it when none fits (see there). One export of every example in a
// scratch folder compiles what `check` and `export` run, so the cache holds it ready for every later start.
const scratch = mkdtempSync(path.join(os.tmpdir(), 'arende-build-'));
try {
  cpSync(path.join(root, 'examples'), scratch, { recursive: true });
  try {
    execFileSync(process.execPath, [path.join(root, 'packages/cli/bin/arende.js'), 'export', scratch], { stdio: 'ignore' });
  } catch {
    // A draft with errors is refused (exit 1): the cache is written all the same.
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(existsSync(`${bundle}.cache`) ? 'build: packages/cli/dist/lib/arende.cjs.cache' : 'build: ingen kodcache skrevs (programmet fungerar ändå)');
