#!/usr/bin/env node
// Thin launcher: the real program is the esbuild bundle in ../dist (built by `pnpm install` / `pnpm build`).
import { existsSync } from 'node:fs';
const bundle = new URL('../dist/arende.js', import.meta.url);
if (!existsSync(bundle)) {
  console.error('arende: programmet är inte byggt. Kör "pnpm install" (eller "pnpm build") i arbetsytans rot.');
  process.exit(2);
}
await import(bundle.href);
