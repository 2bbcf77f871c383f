/**
 * Cost of the klarspråk rules (issue 23): each new rule alone, in process, on the 30-page draft and on a
 * folder of 200 two-page drafts (parsing excluded: the drafts are parsed once, the rule is timed), the
 * speller's start (Hunspell's WebAssembly and the 2.3 MB dictionary), and `arende check` on the 200
 * drafts as a whole process with the rule `spelling` on and off, next to markdownlint-cli2 (the floor
 * bench/check.ts holds: arende ÷ markdownlint-cli2 ≤ 1, now with spelling on, the default).
 * Run: node --import tsx bench/klarsprak.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDraft, parseDraft, ruleById, setSpeller, type Draft } from '../packages/core/src/index.js';
import { loadNodeSpeller } from '../packages/core/src/spelling/node-speller.js';
import { longDraft, shortDraft } from './generate.js';
import { median, processEnvNote, report, timeIt, timeProcess } from './measure.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = path.join(root, 'bench/out/klarsprak');
const RULES = ['readability-lix', 'sentence-long', 'plain-word', 'abbreviation-unexplained', 'spelling'];

const t0 = performance.now();
setSpeller(await loadNodeSpeller());
const spellerMs = performance.now() - t0;
console.log(`speller start (WebAssembly + dictionary), first in the process: ${spellerMs.toFixed(0)} ms`);

const long = parseDraft(longDraft(30), { incremental: false });
const drafts: Draft[] = Array.from({ length: 200 }, (_, i) => parseDraft(shortDraft(i), { incremental: false }));
// Each rule gets a fresh parse each run: the prose and readability are cached per draft (shared by the rules).
const fresh = (d: Draft) => parseDraft(d.text, { incremental: false });

console.log('rule alone, median (parse outside the timing; a fresh draft each run so no cache helps):');
for (const id of RULES) {
  const rule = ruleById(id)!;
  // Warm-up: JIT, and the speller's word cache (a long-running editor has it warm too).
  for (let i = 0; i < 3; i++) checkDraft(fresh(long), { rules: [rule] });
  const copies = Array.from({ length: 12 }, () => fresh(long));
  let k = 0;
  const longMs = median(timeIt(copies.length, () => checkDraft(copies[k++]!, { rules: [rule] })));
  const folder = drafts.map(fresh);
  const folderMs = timeIt(1, () => {
    for (const d of folder) checkDraft(d, { rules: [rule] });
  })[0]!;
  console.log(`      ${id.padEnd(26)} 30-page draft ${longMs.toFixed(1).padStart(7)} ms   200 drafts ${folderMs.toFixed(1).padStart(7)} ms`);
}
// All rules together, the way arende check runs them, against the same without the five new ones.
const all = () => drafts.map(fresh);
const allRules = (await import('../packages/core/src/rules/index.js')).rules;
const without = allRules.filter((r) => !RULES.includes(r.id));
const withMs = median(
  Array.from({ length: 3 }, () => {
    const ds = all();
    return timeIt(1, () => {
      for (const d of ds) checkDraft(d);
    })[0]!;
  }),
);
const withoutMs = median(
  Array.from({ length: 3 }, () => {
    const ds = all();
    return timeIt(1, () => {
      for (const d of ds) checkDraft(d, { rules: without });
    })[0]!;
  }),
);
console.log(`      all rules on 200 drafts: ${withMs.toFixed(0)} ms; without the five klarspråk rules: ${withoutMs.toFixed(0)} ms`);

// Whole process: 200 drafts, spelling on (default) and off, and markdownlint-cli2.
rmSync(out, { recursive: true, force: true });
mkdirSync(path.join(out, 'av'), { recursive: true });
for (let i = 0; i < 200; i++) writeFileSync(path.join(out, `utkast-${String(i).padStart(3, '0')}.md`), shortDraft(i));
writeFileSync(path.join(out, '.markdownlint-cli2.jsonc'), '{ "config": { "default": true } }\n');
writeFileSync(path.join(out, 'av', 'arende.config.json'), '{"regler": {"spelling": "av"}}\n');
if (!existsSync(path.join(root, 'packages/cli/dist/lib/hunspell.cjs'))) execFileSync('node', [path.join(root, 'scripts/build.mjs')]);
const arendeBin = path.join(root, 'packages/cli/bin/arende.js');
const mdlBin = path.join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const once = (args: string[]) => timeProcess('node', args, { cwd: out, anyExit: true });
console.log(processEnvNote());
const on: number[] = [];
const off: number[] = [];
const mdl: number[] = [];
for (let i = 0; i < 5; i++) {
  on.push(once([arendeBin, 'check', '.']));
  off.push(once([arendeBin, 'check', '--config', 'av/arende.config.json', '.']));
  mdl.push(once([mdlBin, '*.md']));
}
const [onMs, offMs, mdlMs] = [median(on), median(off), median(mdl)];
console.log(`whole process, 200 drafts: spelling on ${onMs.toFixed(0)} ms, off ${offMs.toFixed(0)} ms, markdownlint-cli2 ${mdlMs.toFixed(0)} ms`);
const ok = report('arende check (spelling on), 200 drafts, whole process ÷ markdownlint-cli2', onMs / mdlMs, 1, 'x');
process.exitCode = ok ? 0 : 1;
