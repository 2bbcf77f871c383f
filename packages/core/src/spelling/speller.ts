/**
 * The speller the rule `spelling` asks. Hunspell runs as WebAssembly, which starts asynchronously, while
 * rules are synchronous: so the speller is loaded once by whoever runs the checks (the CLI before it
 * checks, the extension and the web page in the background) and registered here. Until one is
 * registered the rule reports nothing; the editor and the web page check again when it arrives.
 */
export interface Speller {
  /** Whether the dictionary accepts the word as written. */
  correct(word: string): boolean;
  /** A few suggestions, best first; [] from a speller made without suggestions (the CLI: they cost time). */
  suggest(word: string): string[];
}

let current: Speller | undefined;

export function setSpeller(speller: Speller | undefined): void {
  current = speller;
}

export function currentSpeller(): Speller | undefined {
  return current;
}
