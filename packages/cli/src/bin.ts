/** Entry point of the bundled CLI (packages/cli/dist/arende.js). */
import { run } from './main.js';
import { processIo } from './io.js';

// `arende regler | head`: the reader went away; what is left to print has nowhere to go (as in cat or ls).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

run(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`arende: oväntat fel: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
