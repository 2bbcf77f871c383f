/** Entry point of the bundled CLI (packages/cli/dist/arende.js). */
import { run } from './main.js';
import { processIo } from './io.js';

// The worker script sits beside this bundle (dist/check-worker.js); check-files.ts looks for it here.
(globalThis as { __arendeCheckWorker?: URL }).__arendeCheckWorker = new URL('./check-worker.js', import.meta.url);

run(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`arende: oväntat fel: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
