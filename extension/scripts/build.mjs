// Builds the extension: one CommonJS bundle (vscode stays external), plus what it reads at run time
// next to it: the provision texts for hover (registry/texts.json, found relative to the bundle as
// lagrum expects), the rule documentation that diagnostics link to, and the JSON Schema for
// arende.config.json (rule ids from core's registry).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const root = path.dirname(here);
rmSync(path.join(here, 'dist'), { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  // lagrum finds its texts relative to import.meta.url, which CommonJS lacks: give it the bundle's own URL.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
};
// Two bundles: extension.js is what VS Code loads on activation (a few kB: it registers the commands),
// engine.js holds core and everything built on it and is required just after activation (extension.ts).
await build({
  ...common,
  entryPoints: [path.join(here, 'src/extension.ts')],
  outfile: path.join(here, 'dist/extension.js'),
  plugins: [
    {
      name: 'engine-stays-apart',
      setup(b) {
        b.onResolve({ filter: /^\.\/engine\.js$/ }, () => ({ path: './engine.js', external: true }));
      },
    },
  ],
});
await build({ ...common, entryPoints: [path.join(here, 'src/engine.ts')], outfile: path.join(here, 'dist/engine.js') });
// The speller beside the engine (Hunspell as WebAssembly, loaded in the background after activation) and the
// Swedish dictionary (LGPL-3.0) as its own replaceable data file, where core's node-speller looks for them.
{
  const { createRequire } = await import('node:module');
  const coreRequire = createRequire(path.join(root, 'packages/core/package.json'));
  await build({ ...common, entryPoints: [coreRequire.resolve('hunspell-asm')], outfile: path.join(here, 'dist/hunspell.cjs'), legalComments: 'inline' });
  const dictionaryDir = path.dirname(coreRequire.resolve('dictionary-sv'));
  mkdirSync(path.join(here, 'ordbok'), { recursive: true });
  for (const [from, to] of [
    ['index.aff', 'sv_SE.aff'],
    ['index.dic', 'sv_SE.dic'],
    ['license', 'LICENSE'],
  ])
    copyFileSync(path.join(dictionaryDir, from), path.join(here, 'ordbok', to));
}
mkdirSync(path.join(here, 'registry'), { recursive: true });
copyFileSync(path.join(root, 'packages/lagrum/registry/texts.json'), path.join(here, 'registry/texts.json'));
mkdirSync(path.join(here, 'docs'), { recursive: true });
copyFileSync(path.join(root, 'packages/core/docs/rules.md'), path.join(here, 'docs/rules.md'));

// The config file's JSON Schema is generated into core (pnpm generate, from the rule registry and the
// rule settings) and committed; the extension ships a copy.
mkdirSync(path.join(here, 'schemas'), { recursive: true });
copyFileSync(path.join(root, 'packages/core/schemas/arende.config.schema.json'), path.join(here, 'schemas/arende.config.schema.json'));
console.log('build: extension/dist/extension.js');
