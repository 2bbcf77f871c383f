/**
 * Runs every benchmark in one go (`pnpm bench`), each in its own process so that one's warm-up
 * does not flatter another. Exit 1 when any floor fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const scripts = ['check.ts', 'klarsprak.ts', 'lagrum.ts', 'export.ts', 'meeting.ts', 'web.ts', 'activation.ts', 'keystroke.ts'];
let failed = false;
for (const script of scripts) {
  const file = fileURLToPath(new URL(script, import.meta.url));
  if (!existsSync(file)) continue;
  console.log(`\n== bench/${script}`);
  const r = spawnSync('node', ['--import', 'tsx', file], { stdio: 'inherit' });
  failed ||= r.status !== 0;
}
process.exitCode = failed ? 1 : 0;
