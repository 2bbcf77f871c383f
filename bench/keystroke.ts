/**
 * Keystroke → diagnostics in a real VS Code (issue 24: ≤ 120 ms median on a 30-page draft). Starts
 * code-server with the packaged extension and a 30-page draft, then types one letter into a header key
 * (which makes it unknown: a problem appears) and deletes it again (the problem goes), 15 times each.
 * The time is taken inside the page: from the keydown to the status bar's problem count changing
 * (the status bar is updated from the same check that fills the Problems panel). Prints the split: the
 * configured pause (arende.checkDelay) and the rest (the check, the extension host, the renderer).
 * Run: node --import tsx bench/keystroke.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, goTo, openFile, packageExtension, startCodeServer, waitFor } from '../test/extension/harness.js';
import { longDraft } from './generate.js';
import { median, report } from './measure.js';

const ROUNDS = 15;
const draft = longDraft(30);
const delay = JSON.parse(readFileSync(path.join(ROOT, 'extension/package.json'), 'utf8')).contributes.configuration.properties['arende.checkDelay'].default;
const server = await startCodeServer(await packageExtension(), { 'lang.md': draft });
const times: number[] = [];
try {
  const { page } = server;
  await openFile(page, 'lang.md');
  const status = page.locator('.statusbar-item', { hasText: /·/ }).first();
  await waitFor('the draft checked (status bar)', () => status.isVisible(), 60_000);
  const lines = draft.split('\n');
  const line = lines.findIndex((l) => l.startsWith('mottagare:')) + 1;
  await goTo(page, line, 'mottagare'.length + 1);
  // In the page: note the time of the next keydown, and of the next change of the status bar's text.
  const measure = () =>
    page.evaluate(
      `new Promise((resolve) => {
        let down;
        const item = [...document.querySelectorAll('.statusbar-item')].find((e) => e.textContent.includes('·'));
        const before = item.textContent;
        window.addEventListener('keydown', () => { down = performance.now(); }, { once: true, capture: true });
        const observer = new MutationObserver(() => {
          if (down !== undefined && item.textContent !== before) { observer.disconnect(); resolve(performance.now() - down); }
        });
        observer.observe(item, { subtree: true, characterData: true, childList: true });
        setTimeout(() => { observer.disconnect(); resolve(-1); }, 10000);
      })`,
    ) as Promise<number>;
  for (let i = 0; i < ROUNDS; i++) {
    for (const key of ['x', 'Backspace']) {
      const done = measure();
      await page.keyboard.press(key);
      const ms = await done;
      if (ms >= 0) times.push(ms);
    }
  }
  await page.keyboard.press('Control+z');
} finally {
  await server.stop();
}
const m = median(times);
console.log(
  `keystroke → diagnostics, 30-page draft, ${times.length} keystrokes: median ${m.toFixed(0)} ms (of which the pause arende.checkDelay = ${delay} ms, the rest ${(m - delay).toFixed(0)} ms: check, extension host, renderer)`,
);
process.exitCode = report('keystroke → diagnostics, 30-page draft, in code-server (median)', m, 120) ? 0 : 1;
