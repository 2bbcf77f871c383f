#!/usr/bin/env node
// Thin launcher: the real program is the esbuild bundle in ../dist (built by `pnpm install` / `pnpm build`).
import { existsSync } from 'node:fs';
import module from 'node:module';
// Node ≥ 22.1 can keep V8's compiled code between runs (in the OS temp folder): a CLI started many
// times a day then skips most of its start-up compilation. Node 20 has no such API; nothing happens.
module.enableCompileCache?.();
const bundle = new URL('../dist/arende.js', import.meta.url);
if (!existsSync(bundle)) {
  console.error('arende: programmet är inte byggt. Kör "pnpm install" (eller "pnpm build") i arbetsytans rot.');
  process.exit(2);
}
await import(bundle.href);
