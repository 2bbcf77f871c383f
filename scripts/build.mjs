// Builds what must be built after `pnpm install`: the bundled `arende` CLI.
// Bundling matters: importing the unbundled remark/ajv stack costs ~190 ms per process start.
import { build } from 'esbuild';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const entry = path.join(root, 'packages/cli/src/bin.ts');
if (!existsSync(entry)) {
  console.log('build: packages/cli/src/bin.ts saknas ännu, hoppar över.');
  process.exit(0);
}
const { generatedTemplatesSource } = await import('./gen-templates.mjs');
writeFileSync(path.join(root, 'packages/cli/src/templates.generated.ts'), generatedTemplatesSource());
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
