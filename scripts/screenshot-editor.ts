// Renders docs/images/walkthrough.png and docs/images/preview.png for the README: the packaged extension in
// code-server, the walkthrough "Get started with ärende" with its first step open, and a draft with
// "Förhandsgranska" beside it. Run: node --import tsx scripts/screenshot-editor.ts (needs what test/extension needs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, openFile, packageExtension, runCommand, startCodeServer, waitFor } from '../test/extension/harness.js';

const example = readFileSync(path.join(ROOT, 'examples/politikerinitiativ-sip-samordning.md'), 'utf8');
const server = await startCodeServer(await packageExtension(), { 'initiativ.md': example });
try {
  const { page } = server;
  await page.setViewportSize({ width: 1400, height: 820 });
  await runCommand(page, 'Welcome: Open Walkthrough...');
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Get started with ärende' }).first();
  await waitFor('the walkthrough listed', () => row.isVisible(), 30_000);
  await row.click();
  await waitFor('the steps', async () => /Make an agenda/.test(await page.locator('.gettingStartedContainer').first().innerText()), 30_000);
  await page.waitForTimeout(1500); // the step's Markdown renders in its own webview
  await page.screenshot({ path: path.join(ROOT, 'docs/images/walkthrough.png') });
  console.log('docs/images/walkthrough.png');
  await runCommand(page, 'View: Close All Editor Groups');
  await openFile(page, 'initiativ.md');
  await waitFor('the draft checked', () => page.locator('.statusbar-item', { hasText: 'Politikerinitiativ' }).first().isVisible(), 60_000);
  await runCommand(page, 'ärende: Preview as Word Document');
  const content = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await waitFor('the preview', () => content.locator('h1').first().isVisible(), 30_000);
  await page.screenshot({ path: path.join(ROOT, 'docs/images/preview.png') });
  console.log('docs/images/preview.png');
} finally {
  await server.stop();
}
