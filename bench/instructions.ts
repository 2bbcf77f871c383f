/**
 * Instruction counts of the whole processes the speed floors compare (issue 24), beside the times the
 * other benches give: `arende check` on 200 two-page drafts against markdownlint-cli2, `arende export`
 * of a 30-page draft against pandoc, and what starting costs (`arende --version`, `node -e 0`).
 *
 * Times on a shared machine move by a quarter from one minute to the next; the number of instructions
 * a process executes moves by a few per cent (V8 compiles on background threads, and when they finish
 * decides how long code stays in the interpreter). Valgrind's callgrind counts them, every thread
 * included, at about fifty times the normal run time, so this bench is not part of `pnpm bench`:
 * run it by hand (~4 minutes) when a change is meant to make ärende do less work.
 * Run: node --import tsx bench/instructions.ts   (needs valgrind; says so and stops without it)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { longDraft, shortDraft } from './generate.js';
import { processEnv } from './measure.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = path.join(root, 'bench/out/instructions');
const arende = path.join(root, 'packages/cli/bin/arende.js');
const mdl = path.join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');

if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.log('valgrind finns inte på maskinen: instruktionerna räknas inte (apt-get install valgrind).');
  process.exit(0);
}
if (!existsSync(path.join(root, 'packages/cli/dist/lib/arende.cjs'))) throw new Error('CLI:n är inte byggd: kör pnpm build');

rmSync(out, { recursive: true, force: true });
mkdirSync(path.join(out, 'utkast'), { recursive: true });
for (let i = 0; i < 200; i++) writeFileSync(path.join(out, 'utkast', `utkast-${String(i).padStart(3, '0')}.md`), shortDraft(i));
writeFileSync(path.join(out, 'utkast', '.markdownlint-cli2.jsonc'), '{ "config": { "default": true } }\n');
writeFileSync(path.join(out, 'lang.md'), longDraft(30));

/** Instructions executed by one process (all its threads), as callgrind counts them. */
function instructions(command: string, args: string[], cwd: string): number {
  const r = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', '--smc-check=all-non-file', command, ...args], {
    cwd,
    env: processEnv(),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const m = /Collected : (\d+)/.exec(r.stderr);
  if (!m) throw new Error(`valgrind ${command} ${args.join(' ')}: ingen räkning (${r.stderr.slice(-300)})`);
  return Number(m[1]);
}

const G = (n: number) => `${(n / 1e9).toFixed(2)} G`;
const utkast = path.join(out, 'utkast');
const rows: [string, number][] = [
  ['node -e 0', instructions('node', ['-e', '0'], out)],
  ['arende --version', instructions('node', [arende, '--version'], out)],
  ['arende check, 200 drafts', instructions('node', [arende, 'check', '.'], utkast)],
  ['markdownlint-cli2, 200 drafts', instructions('node', [mdl, '*.md'], utkast)],
  ['arende export, 30-page draft', instructions('node', [arende, 'export', 'lang.md', '-o', 'arende.docx'], out)],
  ['pandoc, 30-page draft', instructions('pandoc', ['lang.md', '-o', 'pandoc.docx'], out)],
];
for (const [name, n] of rows) console.log(`      ${name.padEnd(32)} ${G(n).padStart(9)}`);
const count = new Map(rows);
const ratio = (a: string, b: string) => (count.get(a)! / count.get(b)!).toFixed(2);
console.log(`      check ÷ markdownlint-cli2: ${ratio('arende check, 200 drafts', 'markdownlint-cli2, 200 drafts')}×`);
console.log(`      export ÷ pandoc: ${ratio('arende export, 30-page draft', 'pandoc, 30-page draft')}×`);
