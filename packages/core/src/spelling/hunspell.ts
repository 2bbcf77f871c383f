/**
 * A Speller over Hunspell compiled to WebAssembly (hunspell-asm), the real Hunspell: it reads the Swedish
 * dictionary's compound rules (COMPOUNDBEGIN/MIDDLE/END), so "socialnämndsbeslut" is a word. Core does not
 * import hunspell-asm itself: the caller loads it (Node from the package, the web page as its own chunk)
 * and hands over the factory, so core stays free of a 0.8 MB module it does not always need.
 */
import type { Speller } from './speller.js';

/** The part of hunspell-asm's HunspellFactory used here. */
export interface HunspellFactoryLike {
  mountBuffer(contents: Uint8Array, fileName?: string): string;
  create(affPath: string, dictPath: string): HunspellLike;
}

export interface HunspellLike {
  spell(word: string): boolean;
  suggest(word: string): string[];
}

/** Suggestions per misspelt word: Hunspell's first few are the useful ones. */
const MAX_SUGGESTIONS = 4;

/**
 * A speller over the dictionary `aff` + `dic` (Hunspell's two files). Answers are remembered per word:
 * a word is looked up once per process however many drafts use it (a misspelt compound costs Hunspell
 * ~0.5 ms, a suggestion tens of ms).
 */
export function hunspellSpeller(factory: HunspellFactoryLike, aff: Uint8Array, dic: Uint8Array, options: { suggestions?: boolean } = {}): Speller {
  const hunspell = factory.create(factory.mountBuffer(aff, 'sv.aff'), factory.mountBuffer(dic, 'sv.dic'));
  const known = new Map<string, boolean>();
  const suggested = new Map<string, string[]>();
  return {
    correct(word) {
      let ok = known.get(word);
      if (ok === undefined) {
        ok = hunspell.spell(word);
        known.set(word, ok);
      }
      return ok;
    },
    suggest(word) {
      if (!options.suggestions) return [];
      let list = suggested.get(word);
      if (!list) {
        list = hunspell.suggest(word).slice(0, MAX_SUGGESTIONS);
        suggested.set(word, list);
      }
      return list;
    },
  };
}
