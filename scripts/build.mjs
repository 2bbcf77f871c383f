// Builds what must be built after `pnpm install`: the bundled `arende` CLI.
// Bundling matters: importing the unbundled remark/ajv stack costs ~190 ms per process start.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const entry = path.join(root, 'packages/cli/src/main.ts');
if (!existsSync(entry)) {
  console.log('build: packages/cli/src/main.ts saknas ännu, hoppar över.');
  process.exit(0);
}
await build({
  entryPoints: [entry],
  outfile: path.join(root, 'packages/cli/dist/arende.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  // Lazily imported modules (export, agenda) become separate chunks only with splitting;
  // one file keeps the install simple and the start-up small enough.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: 'warning',
});
console.log('build: packages/cli/dist/arende.js');
