/**
 * Klarspråk on the page: the readability of the whole text in plain words, with the sections that are
 * hard to read named ("Texten är svår att läsa: korta meningarna i avsnittet Bakgrund"), and the Swedish
 * speller, loaded only once the writer has started typing: speller.js (Hunspell as WebAssembly, 0.75 MB)
 * and the dictionary (2.3 MB, LGPL, ordbok/) are not part of the first visit.
 */
import { draftReadability, hunspellSpeller, lixTarget, parseDraft, readabilitySummary, setSpeller, type HunspellFactoryLike } from '@arende/core';

/** The readability paragraph under the status line (made on first use; the form is re-rendered at times). */
export function showReadability(text: string): void {
  const status = document.getElementById('status');
  if (!status) return;
  let p = document.getElementById('readability');
  if (!p) {
    p = document.createElement('p');
    p.id = 'readability';
    p.className = 'hint';
    status.after(p);
  }
  const draft = parseDraft(text);
  const r = draftReadability(draft);
  const line = r.total.counts.words < 20 ? '' : readabilitySummary(r, lixTarget(draft.kind, undefined)).sv;
  if (p.textContent !== line) p.textContent = line;
}

let loading = false;

/**
 * Loads the speller once, then calls `ready` (which checks again). Opened as a file (file://) the page
 * cannot fetch the dictionary: it then goes on without spelling, as it does offline.
 */
export function loadSpellerOnce(ready: () => void): void {
  if (loading || location.protocol === 'file:') return;
  loading = true;
  const script = document.createElement('script');
  script.src = 'speller.js';
  script.onload = async () => {
    try {
      const hunspell = (globalThis as unknown as { arendeHunspell?: { loadModule: () => Promise<HunspellFactoryLike> } }).arendeHunspell;
      if (!hunspell) return;
      const [aff, dic, factory] = await Promise.all([bytes('ordbok/sv_SE.aff'), bytes('ordbok/sv_SE.dic'), hunspell.loadModule()]);
      setSpeller(hunspellSpeller(factory, aff, dic, { suggestions: true }));
      ready();
    } catch {
      // No dictionary (offline before it was ever fetched): the page works on without spelling.
    }
  };
  document.head.append(script);
}

async function bytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
