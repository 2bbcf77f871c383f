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
