// The speller's module for Node: hunspell-asm's own API (loadModule, as loadNodeSpeller uses it) and its
// raw Emscripten runtime (loadRuntime), which the speller's thread needs to restore Hunspell from a
// memory image (hunspell-image.cjs). The CLI's build bundles this file as dist/lib/hunspell.cjs.
'use strict';
const { loadModule } = require('hunspell-asm');
const runtime = require('hunspell-asm/dist/cjs/lib/node/hunspell');

exports.loadModule = loadModule;

/**
 * A fresh instance of the Emscripten runtime, once its WebAssembly has started. Resolves to `{ module }`:
 * an Emscripten module object has a `then` of its own, so it cannot be a promise's value itself.
 */
exports.loadRuntime = () =>
  new Promise((resolve, reject) => {
    // The runtime fills in the object it is given (HEAPU8, cwrap, _malloc, …) and calls back when ready.
    const module = {
      onRuntimeInitialized: () => resolve({ module }),
      onAbort: (reason) => reject(reason instanceof Error ? reason : new Error(String(reason))),
    };
    runtime(module);
  });
