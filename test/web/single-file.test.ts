/**
 * The citizens' page as one file (web/dist/arende.html, what `arende webb` writes): opened from disk in
 * Chromium with every network request blocked, it loads, checks as the writer types (with the kommun
 * list), and downloads a Word file that pandoc reads back; its CSP refuses anything not in the file.
 *
 * Needs Chromium (/usr/bin/chromium) and pandoc; .ci/run installs them.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { buildWeb } from '../../web/build.js';
import { launchChromium, OUT } from './harness.js';

describe("arende.html, the citizens' page as one file, from file:// with no network", function () {
  this.timeout(120_000);
  let browser: Browser;
  let outdir = '';

  before(async () => {
    outdir = mkdtempSync(path.join(tmpdir(), 'arende-web-single-'));
    await buildWeb({ outdir });
    browser = await launchChromium();
    mkdirSync(OUT, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    rmSync(outdir, { recursive: true, force: true });
  });

  it('has everything inline and a CSP that allows only its own script and style', () => {
    const html = readFileSync(path.join(outdir, 'arende.html'), 'utf8');
    // (assert.ok, not doesNotMatch: a failure would print the whole 800 kB page.)
    for (const outside of [/<script[^>]+src=/, /<link[^>]+stylesheet/, /@font-face/, /<img[^>]+src="(?!data:)/])
      assert.ok(!outside.test(html), `arende.html has ${outside}`);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
    assert.match(csp, /^default-src 'none'; script-src 'sha256-[^' ]+'; style-src 'sha256-[^' ]+';/);
    assert.doesNotMatch(csp, /unsafe|\*|'self'|https?:/);
    assert.equal((html.match(/<script>/g) ?? []).length, 1);
  });

  it('works opened from disk with every network request blocked: checks, offers kommuner, downloads the Word file', async () => {
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 420, height: 900 }, acceptDownloads: true });
    const blocked: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    const refused: string[] = [];
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') refused.push(m.text());
    });
    page.on('pageerror', (e) => refused.push(e.message));
    await page.goto(pathToFileURL(path.join(outdir, 'arende.html')).href);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 15_000 });
    assert.ok((await page.locator('datalist#kommuner option').count()) >= 311, 'the kommuner are offered');
    await page.getByLabel('Ditt namn').fill('Kim Exempel');
    await page.getByLabel('Adress').fill('Lönngatan 4, 123 45 Sjövik');
    await page.getByLabel('Kommun', { exact: true }).fill('Lindesberg');
    await page.locator('[id="f-kommun-problem"]').filter({ hasText: 'Lindesbergs kommun' }).waitFor();
    await page.getByLabel('Kommun', { exact: true }).fill('Lindesbergs kommun');
    await page.getByLabel('Rubrik', { exact: true }).fill('Träffpunkten öppen på kvällar');
    await page.getByLabel('Varför').fill('Träffpunkten stänger klockan 16. Den som arbetar kan inte komma dit.');
    await page.getByLabel('Att-sats 1').fill('att kommunen håller träffpunkten öppen två kvällar i veckan');
    await page.getByRole('status').filter({ hasText: 'inga fel' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner Word-fil' }).click()]);
    const file = path.join(OUT, `single-file-${download.suggestedFilename()}`);
    await download.saveAs(file);
    const text = execFileSync('pandoc', ['-t', 'plain', '--wrap=none', file], { encoding: 'utf8' });
    assert.ok(text.includes('Träffpunkten öppen på kvällar') && text.includes('Lindesbergs kommun'), text);
    await page.screenshot({ path: path.join(OUT, 'single-file-after-download.png'), fullPage: true });
    assert.deepEqual(blocked, [], 'the page asked for nothing beyond itself');
    assert.deepEqual(
      refused.filter((t) => /Content Security Policy|Refused/i.test(t)),
      [],
    );
    await context.close();
  });
});
