// Renders docs/images/extension.png for the README: the packaged extension in code-server with a draft
// that lacks its lagrum list, the Problems panel, the status bar and the hover on a citation.
// Run: node --import tsx scripts/screenshot-extension.ts (needs what test/extension needs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, goTo, openFile, packageExtension, runCommand, startCodeServer, waitFor } from '../test/extension/harness.js';

const example = readFileSync(path.join(ROOT, 'examples/politikerinitiativ-sip-samordning.md'), 'utf8');
const draft = example.replace(/^lagrum:\n(?: {2}- .*\n)+/m, '');
const server = await startCodeServer(await packageExtension(), { 'initiativ.md': draft });
try {
  const { page } = server;
  await openFile(page, 'initiativ.md');
  await runCommand(page, 'View: Focus Problems');
  await waitFor('the problem listed', async () => /Nyckeln 'lagrum' saknas/.test(await page.locator('.markers-panel').innerText()), 30_000);
  const lines = draft.split('\n');
  const line = lines.findIndex((l) => l.includes('kap.') && l.includes('§') && !l.startsWith('  -')) + 1;
  await goTo(page, line, lines[line - 1]!.indexOf('kap.') + 2);
  await runCommand(page, 'Show or Focus Hover');
  await waitFor('the hover', () => page.locator('.monaco-hover:visible').first().isVisible(), 15_000);
  await page.screenshot({ path: path.join(ROOT, 'docs/images/extension.png') });
  console.log('docs/images/extension.png');
} finally {
  await server.stop();
}
