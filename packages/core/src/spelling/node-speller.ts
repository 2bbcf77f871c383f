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
function dictionaryFiles(env: NodeJS.ProcessEnv = process.env): DictionaryFiles {
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

/** The dictionary's two files, or an Error saying in Swedish which cannot be read. */
function readDictionary(env: NodeJS.ProcessEnv | undefined): { aff: Uint8Array; dic: Uint8Array } {
  const files = dictionaryFiles(env);
  try {
    return { aff: readFileSync(files.aff), dic: readFileSync(files.dic) };
  } catch (e) {
    throw new Error(`ordlistan för stavningskontrollen går inte att läsa (${files.dic}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/**
 * The speller, or an Error saying in Swedish what is missing. `suggestions`: whether `suggest` works
 * (the editor's quick fixes); the CLI leaves it off, as it prints no suggestions.
 */
export async function loadNodeSpeller(options: { suggestions?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<Speller> {
  const { aff, dic } = readDictionary(options.env);
  const factory = await hunspellModule().loadModule();
  return hunspellSpeller(factory, aff, dic, { suggestions: options.suggestions });
}

/**
 * The memory image of Hunspell with a dictionary loaded (see hunspell-image.cjs), in the CLI's `dist/ordbok/`:
 * it is made from the dictionary, so it lies with the shipped one, whichever dictionary it was made from.
 */
const HUNSPELL_IMAGE = 'hunspell-sv.image';

/** Hunspell on a worker thread: asked many words at once, it answers which the dictionary accepts. */
export interface SpellerWorker {
  /** Sends words to be looked up (answered once the worker has loaded Hunspell); returns the batch's number. */
  ask(words: readonly string[]): number;
  /** How many batches have been asked. */
  asked(): number;
  /** Takes in the answers that have arrived, without waiting; returns how many batches are answered. */
  poll(): number;
  /** Waits until every batch asked is answered; an Error saying in Swedish what could not be loaded. */
  settle(): Promise<Error | undefined>;
  /** The dictionary's verdict on a word asked and answered (undefined otherwise). */
  verdict(word: string): boolean | undefined;
  close(): void;
}

/** What the CLI's launcher (packages/cli/bin/speller-thread.js) leaves for core: a thread started before the bundle ran. */
interface EarlyThread {
  worker: import('node:worker_threads').Worker;
  port: import('node:worker_threads').MessagePort;
  files: DictionaryFiles;
  error: Error | undefined;
  exited: boolean;
}
const EARLY_SPELLER = '__arendeEarlySpeller';

function takeEarlyThread(): EarlyThread | undefined {
  const g = globalThis as Record<string, unknown>;
  const early = g[EARLY_SPELLER] as EarlyThread | undefined;
  delete g[EARLY_SPELLER];
  return early;
}

/** Ends the thread the launcher started, when the check does not spell after all (`spelling` off, --fix). */
export function discardEarlySpellerThread(): void {
  const early = takeEarlyThread();
  if (early) {
    early.port.close();
    void early.worker.terminate();
  }
}

/**
 * Starts Hunspell on a worker thread and returns at once: the caller goes on checking while the
 * WebAssembly module compiles and the 2.3 MB dictionary is read (the biggest single cost of
 * `arende check` on a folder, a third of a second or more), and asks for words meanwhile. The answers
 * come on a message port that the caller can drain synchronously between two drafts (poll). Throws,
 * like loadNodeSpeller, when the dictionary cannot be read.
 */
export async function startSpellerWorker(options: { env?: NodeJS.ProcessEnv } = {}): Promise<SpellerWorker & { early: boolean }> {
  const { MessageChannel, Worker, receiveMessageOnPort } = await import('node:worker_threads');
  // The launcher's thread, when it was given the dictionary read here; else one started now.
  let early = takeEarlyThread();
  const files = dictionaryFiles(options.env);
  if (early && (early.files.aff !== files.aff || early.files.dic !== files.dic)) {
    early.port.close();
    void early.worker.terminate();
    early = undefined;
  }
  let worker;
  let port;
  if (early) ({ worker, port } = early);
  else {
    const { aff, dic } = readDictionary(options.env);
    const here = path.dirname(fileURLToPath(import.meta.url));
    const bundled = path.join(here, 'hunspell.cjs');
    // In the CLI's bundle the memory image is used (hunspell-image.cjs); from the sources there is none.
    const module = existsSync(bundled) ? bundled : fileURLToPath(new URL('./hunspell-entry.cjs', import.meta.url));
    const image = existsSync(bundled) ? path.join(here, '..', 'ordbok', HUNSPELL_IMAGE) : undefined;
    const channel = new MessageChannel();
    port = channel.port1;
    // The dictionary goes over as bytes read here, so a missing file is said before any thread starts.
    // The thread's program is a file, so that the CLI's launcher can start it too (the build copies it beside the bundle).
    worker = new Worker(new URL('./speller-thread.cjs', import.meta.url), {
      workerData: { module, aff, dic, image, port: channel.port2 },
      transferList: [channel.port2],
    });
    // Neither an idle worker nor its port may keep the process alive (the CLI exits when its work is done).
    worker.unref();
    port.unref();
  }
  const asked: (readonly string[])[] = [];
  const verdicts = new Map<string, boolean>();
  let answered = 0;
  let failure: Error | undefined = early?.error ? new Error(`Hunspell startade inte (${early.error.message})`) : undefined;
  const take = (m: unknown) => {
    if (Array.isArray(m)) {
      const batch = asked[answered++]!;
      for (let k = 0; k < batch.length; k++) verdicts.set(batch[k]!, m[k] as boolean);
    } else if (m && typeof m === 'object' && 'error' in m) failure ??= new Error(`Hunspell startade inte (${(m as { error: string }).error})`);
  };
  const poll = () => {
    for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) take(m.message);
    return answered;
  };
  let exited = early?.exited ?? false;
  const ended = new Promise<void>((resolve) => {
    if (exited) resolve();
    worker.once('exit', () => {
      exited = true;
      resolve();
    });
  });
  worker.on('error', (e) => {
    failure ??= new Error(`Hunspell startade inte (${e.message})`);
  });
  return {
    early: early !== undefined,
    ask(words) {
      asked.push(words);
      port.postMessage(words);
      return asked.length - 1;
    },
    asked: () => asked.length,
    poll,
    async settle() {
      // Waits by polling: the port's messages are taken synchronously (poll), so no listener is added.
      while (poll() < asked.length && !failure && !exited) {
        await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 2))]);
      }
      poll();
      if (answered < asked.length) return failure ?? new Error('Hunspell avslutades i förtid');
      return undefined;
    },
    verdict: (word) => verdicts.get(word),
    close() {
      port.close();
      void worker.terminate();
    },
  };
}
