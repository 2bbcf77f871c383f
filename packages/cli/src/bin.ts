/** Entry point of the bundled CLI (packages/cli/dist/arende.js). */
import { run } from './main.js';
import { processIo } from './io.js';

run(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`arende: oväntat fel: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
