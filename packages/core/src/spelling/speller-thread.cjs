// The speller's thread (worker_threads, CommonJS): loads Hunspell (`workerData.module`: hunspell-asm, or the
// CLI's bundled hunspell.cjs) with the Swedish dictionary given as bytes, and answers each batch of words
// on its port with a batch of booleans. Started by core's startSpellerWorker, or earlier by the CLI's
// launcher (packages/cli/bin/speller-thread.js) for `arende check`; the build copies it beside the bundle.
'use strict';
const { workerData } = require('node:worker_threads');
const { port } = workerData;
(async () => {
  const factory = await require(workerData.module).loadModule();
  const hunspell = factory.create(factory.mountBuffer(workerData.aff, 'sv.aff'), factory.mountBuffer(workerData.dic, 'sv.dic'));
  port.on('message', (words) => port.postMessage(words.map((w) => hunspell.spell(w))));
})().catch((e) => port.postMessage({ error: String(e?.message || e) }));
