/**
 * The extension's activation time in a real VS Code (issue 13: ≤ 100 ms; 464–820 ms measured before
 * core moved out of the activated bundle). Starts code-server with the packaged extension three times,
 * opens a draft, reads the figure VS Code itself shows in "Developer: Show Running Extensions" (code
 * loading plus the activate() call, read from "Developer: Startup Performance": harness.ts) and reports the median. Also the install size of the tarball
 * from `pnpm pack:cli`, when one is there. Run: node --import tsx bench/activation.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, activationTime, openFile, packageExtension, startCodeServer, waitFor } from '../test/extension/harness.js';
import { median, report } from './measure.js';

const RUNS = 3;
const example = readFileSync(path.join(ROOT, 'examples/politikerinitiativ-sip-samordning.md'), 'utf8');
const vsix = await packageExtension();
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const server = await startCodeServer(vsix, { 'utkast.md': example });
  try {
    await openFile(server.page, 'utkast.md');
    // The checker ran (core loaded after activation): the status bar names the draft.
    await waitFor('the draft in the status bar', () => server.page.locator('.statusbar-item', { hasText: 'Politikerinitiativ' }).first().isVisible(), 60_000);
    times.push(await activationTime(server.page));
  } finally {
    await server.stop();
  }
}
console.log(`activation in code-server, ${RUNS} starts: ${times.join(', ')} ms`);
process.exitCode = report('extension activation (median, as VS Code reports it)', median(times), 100) ? 0 : 1;
