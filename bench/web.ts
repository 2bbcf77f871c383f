/**
 * The citizens' page (web/): bundle size and first load in Chromium. Run: node --import tsx bench/web.ts
 *
 * 1. Size of what a first visit downloads (index.html, app.js, app.css, sw.js), raw and gzip-compressed
 *    (as a web server would send it) — floor: ≤ 250 KB compressed.
 * 2. First load: a fresh browser profile (no cache, no service worker) opens the page from a local
 *    server; time from navigation start until the form is built and the empty form has been checked
 *    once (the page's `arende-ready` mark), median of 7 — floor: ≤ 1500 ms.
 * 3. One check as you type, warm (the filled example form, one character added): median of 15 — ≤ 50 ms.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium, newVisit, openPage, serveWeb } from '../test/web/harness.js';
import { median, report } from './measure.js';

/** The one-file page (`arende webb`), built beside the served files. */
const SINGLE_FILE = 'arende.html';

const server = await serveWeb();
const browser = await launchChromium();
let ok = true;
try {
  let raw = 0;
  let gz = 0;
  for (const name of Object.keys(server.build.sizes)) {
    const bytes = readFileSync(path.join(server.build.outdir, name));
    const line = `      ${name}: ${(bytes.length / 1024).toFixed(1)} KB (gzip ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB)`;
    // arende.html is the same page as one file to save or mail, not part of a visit to the served page.
    if (name === SINGLE_FILE) {
      console.log(`${line}: the page as one file, instead of the files above`);
      continue;
    }
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
    console.log(line);
  }
  console.log(`      first visit, all files: ${(raw / 1024).toFixed(1)} KB`);
  console.log(
    `      app.js by source: ${server.build.inputs
      .slice(0, 8)
      .map(([n, b]) => `${n} ${(b / 1024).toFixed(0)} KB`)
      .join(', ')}`,
  );
  ok = report('web page download, gzip', gz / 1024, 250, ' KB') && ok;
  // Not part of a first visit: fetched once the writer types (the speller and the dictionary).
  for (const [name, size] of Object.entries(server.build.lazySizes ?? {})) {
    const bytes = readFileSync(path.join(server.build.outdir, name));
    console.log(
      `      later, when the writer types: ${name}: ${(size / 1024).toFixed(1)} KB (gzip ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB)`,
    );
  }

  const loads: number[] = [];
  for (let i = 0; i < 7; i++) {
    const context = await newVisit(browser);
    const page = await openPage(context, server.url);
    loads.push((await page.evaluate("performance.getEntriesByName('arende-ready')[0].startTime")) as number);
    await context.close();
  }
  console.log(`      first loads: ${loads.map((t) => t.toFixed(0)).join(', ')} ms`);
  ok = report('web page first load until the form is checked (fresh profile, median)', median(loads), 1500) && ok;

  const context = await newVisit(browser);
  const page = await openPage(context, server.url);
  await page.getByLabel('Öppna ett sparat utkast').setInputFiles(path.resolve('examples/medborgarforslag-anhorigcafe.md'));
  await page.getByRole('status').filter({ hasText: 'inga fel' }).waitFor();
  const checks: number[] = [];
  const rubrik = page.getByLabel('Rubrik', { exact: true });
  for (let i = 0; i < 15; i++) {
    await rubrik.press(i % 2 ? 'Backspace' : 'x');
    // The check runs after a 150 ms pause in typing; wait for it to have run.
    await page.waitForTimeout(400);
    const after = await page.evaluate('document.documentElement.dataset.checkMs');
    checks.push(Number(after));
  }
  await context.close();
  console.log(`      checks: ${checks.map((t) => t.toFixed(1)).join(', ')} ms`);
  ok = report('web page check as you type (example draft, warm, median)', median(checks), 50) && ok;
} finally {
  await browser.close();
  await server.stop();
}
process.exitCode = ok ? 0 : 1;
