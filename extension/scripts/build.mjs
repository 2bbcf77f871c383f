// Builds the extension: one CommonJS bundle (vscode stays external), plus what it reads at run time
// next to it: the provision texts for hover (registry/texts.json, found relative to the bundle as
// lagrum expects), the rule documentation that diagnostics link to, and the JSON Schema for
// arende.config.json (rule ids from core's registry).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
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
mkdirSync(path.join(here, 'registry'), { recursive: true });
copyFileSync(path.join(root, 'packages/lagrum/registry/texts.json'), path.join(here, 'registry/texts.json'));
mkdirSync(path.join(here, 'docs'), { recursive: true });
copyFileSync(path.join(root, 'packages/core/docs/rules.md'), path.join(here, 'docs/rules.md'));

// The schema is generated from the rule registry so that it never lists a rule that does not exist.
const { rules } = await import(path.join(root, 'packages/core/src/rules/index.ts'));
{
  const setting = { enum: ['fel', 'varning', 'info', 'av', 'error', 'warning', 'off'] };
  const properties = Object.fromEntries(rules.map((r) => [r.id, { ...setting, description: r.summary }]));
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'arende.config.json',
    description: 'Inställningar för ärende: regler som ska ha en annan allvarlighetsgrad, eller stängas av.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      regler: { type: 'object', additionalProperties: false, properties },
      rules: { type: 'object', additionalProperties: false, properties },
    },
  };
  mkdirSync(path.join(here, 'schemas'), { recursive: true });
  writeFileSync(path.join(here, 'schemas/arende.config.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log('build: extension/dist/extension.js');
