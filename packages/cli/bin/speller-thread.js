// `arende check` asks Hunspell (WebAssembly and a 2.3 MB dictionary: a third of a second to load) about the
// words of every draft. Core loads it on a thread of its own while the other rules run; started here, by
// the launcher, before V8 compiles and runs the 1.9 MB bundle, it is ready that much sooner, and a check
// of one file no longer waits for it. Core takes the thread over (startSpellerWorker) when it was given
// the dictionary core would read, and ends it when the check turns out not to spell (`spelling` off,
// --fix). Where anything is missing, nothing is started here and core does as it always did.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The global through which core finds the thread (core/src/spelling/node-speller.ts reads the same name). */
export const EARLY_SPELLER = '__arendeEarlySpeller';

/** Whether the command line is a check that will spell (not --fix, which loads the speller first; not help). */
export function checkWillSpell(argv) {
  return argv[0] === 'check' && !argv.some((a) => a === '--fix' || a === '-h' || a === '--help');
}

/** Starts the speller's thread for the bundle in `libDir` (dist/lib); false when something it needs is missing. */
export function startEarlySpeller(libDir, env = process.env) {
  const ordbok = env.ARENDE_ORDBOK ?? path.join(libDir, '..', 'ordbok');
  const files = { aff: path.join(ordbok, 'sv_SE.aff'), dic: path.join(ordbok, 'sv_SE.dic') };
  const module = path.join(libDir, 'hunspell.cjs');
  const thread = path.join(libDir, 'speller-thread.cjs');
  if (!existsSync(module) || !existsSync(thread)) return false;
  let aff;
  let dic;
  try {
    aff = readFileSync(files.aff);
    dic = readFileSync(files.dic);
  } catch {
    return false; // core reads them again and says what is wrong
  }
  const { MessageChannel, Worker } = createRequire(import.meta.url)('node:worker_threads');
  const { port1: port, port2 } = new MessageChannel();
  // Hunspell is restored from its memory image when one fits (core's hunspell-image.cjs). It is made from
  // the dictionary, so it lies with the shipped one, whichever dictionary it was made from.
  const image = path.join(libDir, '..', 'ordbok', 'hunspell-sv.image');
  const worker = new Worker(thread, { workerData: { module, aff, dic, image, port: port2 }, transferList: [port2] });
  worker.unref();
  port.unref();
  const early = { worker, port, files, error: undefined, exited: false };
  // Until core takes the thread over: an 'error' event with no listener would end the process.
  worker.on('error', (e) => {
    early.error ??= e;
  });
  worker.once('exit', () => {
    early.exited = true;
  });
  globalThis[EARLY_SPELLER] = early;
  return true;
}
