/**
 * Benchmarks for `arende check` (issue: foundation). Reports medians and the floors:
 *   - 2-page draft in process (warm) ≤ 10 ms; 30-page draft ≤ 150 ms;
 *   - re-check after an edit in a 30-page draft (what the editor does) ≤ 60 ms;
 *   - `arende check` on 200 drafts as a whole process ≤ 0.7× markdownlint-cli2 on the same files (issue 24).
 * Run: node --import tsx bench/check.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkText, clearParseCache } from '../packages/core/src/index.js';
import { longDraft, shortDraft } from './generate.js';
import { median, processEnvNote, report, timeIt, timeProcess } from './measure.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = path.join(root, 'bench/out/check');

const short = shortDraft(7);
const long = longDraft(30);
console.log(`2-page draft: ${short.length} chars; 30-page draft: ${long.length} chars`);

// Warm-up: the first remark-parse in a process costs ~280 ms of JIT; the floors are for warm runs.
for (let i = 0; i < 5; i++) {
  clearParseCache();
  checkText(long);
}

const shortMs = timeIt(50, () => {
  clearParseCache();
  checkText(short);
});
const longMs = timeIt(15, () => {
  clearParseCache();
  checkText(long);
});
// Re-check after an edit: the cache holds the unchanged sections, as in the editor.
let n = 0;
clearParseCache();
checkText(long);
const editMs = timeIt(30, () => {
  n++;
  checkText(long.replace('## Avsnitt 5:', `## Avsnitt 5 (${n}):`));
});

const results = [
  report('check, 2-page draft, in process (warm, cold cache)', median(shortMs), 10),
  report('check, 30-page draft, in process (warm, cold cache)', median(longMs), 150),
  report('re-check after one edit, 30-page draft', median(editMs), 60),
];

// Whole process: 200 drafts, arende vs markdownlint-cli2 on the same files.
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (let i = 0; i < 200; i++) writeFileSync(path.join(out, `utkast-${String(i).padStart(3, '0')}.md`), shortDraft(i));
writeFileSync(path.join(out, '.markdownlint-cli2.jsonc'), '{ "config": { "default": true } }\n');
if (!existsSync(path.join(root, 'packages/cli/dist/lib/arende.cjs'))) execFileSync('node', [path.join(root, 'scripts/build.mjs')]);
const arendeBin = path.join(root, 'packages/cli/bin/arende.js');
const mdlBin = path.join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const once = (cmd: string[]) => timeProcess('node', cmd, { cwd: out, anyExit: true });
console.log(processEnvNote());
// Alternate the two tools so that a busy moment on the machine hits both alike.
const arendeRuns: number[] = [];
const mdlRuns: number[] = [];
for (let i = 0; i < 7; i++) {
  arendeRuns.push(once([arendeBin, 'check', '.']));
  if (existsSync(mdlBin)) mdlRuns.push(once([mdlBin, '*.md']));
}
// Informative, no floor: the command people run most, on one file (start-up and loading the speller
// are most of it; the launcher starts Hunspell's thread before the bundle compiles).
const oneRuns = Array.from({ length: 7 }, () => once([arendeBin, 'check', 'utkast-001.md']));
console.log(`whole process, one draft: arende check ${median(oneRuns).toFixed(0)} ms (median of 7)`);
const arendeMs = median(arendeRuns);
const mdlMs = mdlRuns.length ? median(mdlRuns) : NaN;
console.log(`whole process, 200 drafts: arende ${arendeMs.toFixed(0)} ms, markdownlint-cli2 ${mdlMs.toFixed(0)} ms, ratio ${(arendeMs / mdlMs).toFixed(2)}`);
results.push(report('arende check, 200 drafts, whole process ÷ markdownlint-cli2', arendeMs / mdlMs, 0.7, 'x'));

process.exitCode = results.every(Boolean) ? 0 : 1;
