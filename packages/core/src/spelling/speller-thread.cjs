// The speller's thread (worker_threads, CommonJS): loads Hunspell (`workerData.module`: hunspell-entry.cjs,
// or the CLI's bundled hunspell.cjs made from it) with the Swedish dictionary given as bytes, and answers
// each batch of words on its port with a batch of booleans. With `workerData.image` (the CLI's
// dist/ordbok/hunspell-sv.image) Hunspell is restored from a memory image of an earlier load when one fits,
// and such an image is written when none does (hunspell-image.cjs). Started by core's startSpellerWorker, or earlier
// by the CLI's launcher (packages/cli/bin/speller-thread.js) for `arende check`; the build copies it and
// hunspell-image.cjs beside the bundle.
'use strict';
const { workerData } = require('node:worker_threads');
const { openHunspell } = require('./hunspell-image.cjs');
const { port } = workerData;
(async () => {
  const entry = require(workerData.module);
  const { spell } = await openHunspell({ entry, moduleFile: workerData.module, aff: workerData.aff, dic: workerData.dic, imageFile: workerData.image });
  port.on('message', (words) => port.postMessage(words.map(spell)));
})().catch((e) => port.postMessage({ error: String(e?.message || e) }));
