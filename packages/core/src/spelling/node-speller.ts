/**
 * Loads the Swedish speller in Node (the CLI and the extension). Two files are looked for beside the
 * running code, so that a bundle carries its own: `hunspell.cjs` (hunspell-asm bundled by the build) and
 * the dictionary `../ordbok/sv_SE.aff` + `sv_SE.dic`. Without them (running from the sources) the
 * packages hunspell-asm and dictionary-sv are used. ARENDE_ORDBOK points at another folder holding
 * sv_SE.aff and sv_SE.dic: the dictionary is LGPL and a separate, replaceable file on purpose.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hunspellSpeller, type HunspellFactoryLike } from './hunspell.js';
import type { Speller } from './speller.js';

export interface DictionaryFiles {
  aff: string;
  dic: string;
}

/** Where the Swedish dictionary is (see the module comment). */
export function dictionaryFiles(env: NodeJS.ProcessEnv = process.env): DictionaryFiles {
  const from = (dir: string, base: string) => ({ aff: path.join(dir, `${base}.aff`), dic: path.join(dir, `${base}.dic`) });
  if (env.ARENDE_ORDBOK) return from(env.ARENDE_ORDBOK, 'sv_SE');
  const here = path.dirname(fileURLToPath(import.meta.url));
  const shipped = from(path.join(here, '..', 'ordbok'), 'sv_SE');
  if (existsSync(shipped.dic)) return shipped;
  // dictionary-sv exports only its index.js; its two files lie beside it.
  return from(path.dirname(createRequire(import.meta.url).resolve('dictionary-sv')), 'index');
}

function hunspellModule(): { loadModule: () => Promise<HunspellFactoryLike> } {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const bundled = path.join(here, 'hunspell.cjs');
  const require = createRequire(import.meta.url);
  return require(existsSync(bundled) ? bundled : 'hunspell-asm');
}

/**
 * The speller, or an Error saying in Swedish what is missing. `suggestions`: whether `suggest` works
 * (the editor's quick fixes); the CLI leaves it off, as it prints no suggestions.
 */
export async function loadNodeSpeller(options: { suggestions?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<Speller> {
  const files = dictionaryFiles(options.env);
  let aff: Uint8Array;
  let dic: Uint8Array;
  try {
    aff = readFileSync(files.aff);
    dic = readFileSync(files.dic);
  } catch (e) {
    throw new Error(`ordlistan för stavningskontrollen går inte att läsa (${files.dic}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const factory = await hunspellModule().loadModule();
  return hunspellSpeller(factory, aff, dic, { suggestions: options.suggestions });
}

/** Hunspell on a worker thread: asked many words at once, it answers which the dictionary accepts. */
export interface SpellerWorker {
  /** The dictionary's verdict on each word (posted now, answered once the worker has loaded Hunspell). */
  ask(words: readonly string[]): void;
  /** Every word asked so far with its verdict, or an Error saying in Swedish what could not be loaded. */
  answers(): Promise<Map<string, boolean> | Error>;
  close(): void;
}

// The worker's program: CommonJS evaluated by worker_threads, so it runs the same from the sources and
// from the CLI's bundle (which has no separate file for it). It loads Hunspell as loadNodeSpeller does
// and answers each batch of words with a batch of booleans.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
(async () => {
  const factory = await require(workerData.module).loadModule();
  const hunspell = factory.create(factory.mountBuffer(workerData.aff, 'sv.aff'), factory.mountBuffer(workerData.dic, 'sv.dic'));
  parentPort.on('message', (words) => parentPort.postMessage(words.map((w) => hunspell.spell(w))));
  parentPort.postMessage('ready');
})().catch((e) => parentPort.postMessage({ error: String((e && e.message) || e) }));
`;

/**
 * Starts Hunspell on a worker thread and returns at once: the caller goes on checking while the
 * WebAssembly module compiles and the 2.3 MB dictionary is read (the biggest single cost of
 * `arende check` on a folder, a third of a second or more), and asks for the words afterwards. Throws,
 * like loadNodeSpeller, when the dictionary cannot be read.
 */
export async function startSpellerWorker(options: { env?: NodeJS.ProcessEnv } = {}): Promise<SpellerWorker> {
  const files = dictionaryFiles(options.env);
  let aff: Uint8Array;
  let dic: Uint8Array;
  try {
    aff = readFileSync(files.aff);
    dic = readFileSync(files.dic);
  } catch (e) {
    throw new Error(`ordlistan för stavningskontrollen går inte att läsa (${files.dic}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const { Worker } = await import('node:worker_threads');
  const here = path.dirname(fileURLToPath(import.meta.url));
  const bundled = path.join(here, 'hunspell.cjs');
  const module = existsSync(bundled) ? bundled : createRequire(import.meta.url).resolve('hunspell-asm');
  // The dictionary goes over as bytes read here, so a missing file is said before any thread starts.
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { module, aff, dic } });
  // An idle worker must not keep the process alive (the CLI exits when its work is done).
  worker.unref();
  const asked: string[][] = [];
  const got: boolean[][] = [];
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  worker.on('message', (m: unknown) => {
    if (Array.isArray(m)) got.push(m as boolean[]);
    else if (m && typeof m === 'object' && 'error' in m) failure = new Error(`Hunspell startade inte (${(m as { error: string }).error})`);
    wake?.();
  });
  worker.on('error', (e) => {
    failure = new Error(`Hunspell startade inte (${e.message})`);
    wake?.();
  });
  worker.on('exit', () => {
    failure ??= new Error('Hunspell avslutades i förtid');
    wake?.();
  });
  return {
    ask(words) {
      if (words.length === 0) return;
      asked.push([...words]);
      worker.postMessage(asked[asked.length - 1]);
    },
    async answers() {
      worker.ref();
      try {
        while (got.length < asked.length && !failure) await new Promise<void>((resolve) => (wake = resolve));
      } finally {
        worker.unref();
      }
      if (got.length < asked.length) return failure!;
      const out = new Map<string, boolean>();
      for (let i = 0; i < asked.length; i++) for (let k = 0; k < asked[i]!.length; k++) out.set(asked[i]![k]!, got[i]![k]!);
      return out;
    },
    close() {
      void worker.terminate();
    },
  };
}
