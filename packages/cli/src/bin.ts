/** Entry point of the bundled CLI (packages/cli/dist/lib/arende.cjs, started by bin/arende.js). */
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
    // Never a stack trace for a user (issue 8): one sentence, and the trace only when asked for.
    const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    const trace = process.env.ARENDE_DEBUG && e instanceof Error && e.stack ? `\n${e.stack}` : '';
    process.stderr.write(
      `arende: oväntat fel i programmet (inte i ditt utkast): ${what}. ` + `Rapportera gärna felet; ARENDE_DEBUG=1 visar detaljerna.${trace}\n`,
    );
    process.exitCode = 2;
  },
);
