// Builds what must be built after `pnpm install`: the bundled `arende` CLI.
// Bundling matters: importing the unbundled remark/ajv stack costs ~190 ms per process start.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const entry = path.join(root, 'packages/cli/src/bin.ts');
if (!existsSync(entry)) {
  console.log('build: packages/cli/src/bin.ts saknas ännu, hoppar över.');
  process.exit(0);
}
// Start clean: chunk names carry hashes, and stale chunks would pile up.
rmSync(path.join(root, 'packages/cli/dist'), { recursive: true, force: true });
const { generatedTemplatesSource } = await import('./gen-templates.mjs');
writeFileSync(path.join(root, 'packages/core/src/templates.generated.ts'), generatedTemplatesSource());
await build({
  entryPoints: { arende: entry },
  outdir: path.join(root, 'packages/cli/dist'),
  // Splitting keeps the Word writer (export, agenda) in its own chunk, loaded only when used.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: 'warning',
});
console.log('build: packages/cli/dist/arende.js');
// The provision texts (1.2 MB) stay out of the bundle and are read on first use, from
// '../registry/texts.json' relative to the code that asks (dist/chunks/…): put them there.
mkdirSync(path.join(root, 'packages/cli/dist/registry'), { recursive: true });
copyFileSync(path.join(root, 'packages/lagrum/registry/texts.json'), path.join(root, 'packages/cli/dist/registry/texts.json'));
