// speller.js: hunspell-asm's browser build, fetched only after the writer starts typing (see klarsprak.ts).
import { loadModule } from 'hunspell-asm';

(globalThis as unknown as { arendeHunspell: { loadModule: typeof loadModule } }).arendeHunspell = { loadModule };
