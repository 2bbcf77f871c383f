/**
 * pnpm fuzz [--runs N] [--seed S] [--sample K] [--replay FILE]
 *
 * Runs the fuzz harness (test/support/fuzz.ts) on N cases (default 20,000): mutated examples, flipped
 * and re-encoded bytes, random bytes; each through read, check, --fix and export in process. Every
 * K-th export (default 20) is opened by python-docx at the end, in one process. Unlike the test
 * (test/fuzz.test.ts, which stops at the first failure and shrinks it), this counts every failure by
 * its first line, keeps one case of each in test/out/fuzz/ and prints figures for docs/RELIABILITY.md.
 * Exit code 1 when anything failed. --replay runs one kept case again and prints the failure.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { fuzzCase, pythonDocxOpens, runCase, saveCase, type FuzzCase } from '../test/support/fuzz.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20000' },
    seed: { type: 'string' },
    sample: { type: 'string', default: '20' },
    replay: { type: 'string' },
  },
});

if (values.replay) {
  const bytes = new Uint8Array(readFileSync(values.replay));
  const kind = (path.basename(values.replay).split('.').at(-2) ?? 'text') as FuzzCase['kind'];
  try {
    console.log(runCase({ kind, bytes }));
    console.log('ok');
  } catch (e) {
    console.error(e);
    process.exitCode = 1;
  }
  process.exit();
}

const runs = Number(values.runs);
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31;
const every = Number(values.sample);
const out = path.join(root, 'test/out/fuzz');
rmSync(out, { recursive: true, force: true });
mkdirSync(path.join(out, 'docx'), { recursive: true });

const failures = new Map<string, { count: number; file: string }>();
const kinds = new Map<string, number>();
let diagnostics = 0;
let fixes = 0;
let encodings = 0;
let exported = 0;
let slowest = { ms: 0, bytes: 0 };
const started = Date.now();
let i = 0;
for (const c of fc.sample(fuzzCase, { numRuns: runs, seed })) {
  i++;
  kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
  const t = performance.now();
  try {
    const o = runCase(c);
    diagnostics += o.diagnostics;
    fixes += o.fixesApplied;
    if (o.encodingProblem) encodings++;
    if (o.docx) {
      exported++;
      if (exported % every === 0) writeFileSync(path.join(out, 'docx', `${i}.docx`), o.docx);
    }
  } catch (e) {
    const key = `${(e as Error).name}: ${String((e as Error).message)
      .split('\n')[0]!
      .slice(0, 160)}`;
    const seen = failures.get(key);
    if (seen) seen.count++;
    else failures.set(key, { count: 1, file: saveCase(out, `fail-${failures.size + 1}`, c) });
  }
  const ms = performance.now() - t;
  if (ms > slowest.ms) slowest = { ms, bytes: c.bytes.length };
  if (i % 1000 === 0) process.stderr.write(`fuzz: ${i}/${runs} (${Math.round((Date.now() - started) / 1000)} s)\n`);
}
const py = pythonDocxOpens(path.join(out, 'docx'));
for (const f of py.failures) failures.set(`python-docx: ${f.error}`, { count: 1, file: path.join(out, 'docx', f.file) });

const seconds = (Date.now() - started) / 1000;
const failed = [...failures.values()].reduce((n, f) => n + f.count, 0);
const summary = {
  seed,
  cases: runs,
  byKind: Object.fromEntries(kinds),
  seconds: Math.round(seconds),
  slowestCaseMs: Math.round(slowest.ms),
  slowestCaseBytes: slowest.bytes,
  diagnostics,
  fixesApplied: fixes,
  notUtf8: encodings,
  exports: exported,
  openedByPythonDocx: py.opened,
  failedCases: failed,
  failures: Object.fromEntries([...failures].map(([k, v]) => [k, v])),
};
writeFileSync(path.join(out, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
console.log(JSON.stringify(summary, null, 2));
process.exitCode = failed > 0 ? 1 : 0;
