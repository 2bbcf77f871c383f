/**
 * `arende publicera examples/ -o MAPP` as a visitor meets it: the folder opened from disk (file://) in
 * Chromium with every network request refused, axe-core on index.html and on an ärende's page, the pages
 * at a phone's width (390 px: nothing wider than the screen, a screenshot to look at), the links followed;
 * and flode.xml read by a real XML parser (Python's ElementTree) as Atom: its ids, its dates, its links.
 *
 * Needs Chromium (/usr/bin/chromium) and python3; .ci/run installs them.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { run } from '../packages/cli/src/main.js';
import type { CliIo } from '../packages/cli/src/io.js';
import { launchChromium } from './support/chromium.js';
import { axe, OUT } from './web/harness.js';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const PER = '2026-12-07';

/** Opens a file of the site with every request that is not a file refused (and counted). */
async function open(context: BrowserContext, file: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href);
  return page;
}

describe('arende publicera: the status site in Chromium, from a folder, and its Atom feed', function () {
  this.timeout(180_000);
  let browser: Browser;
  let site = '';
  const blocked: string[] = [];
  let context: BrowserContext;
  /** axe-core is injected as an inline script, which the pages' CSP rightly refuses: a second context for it. */
  let axeContext: BrowserContext;

  before(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'arende-publicera-site-'));
    site = path.join(dir, 'webbplats');
    let stderr = '';
    const io: CliIo = { cwd: ROOT, stdout: () => {}, stderr: (t) => void (stderr += t), today: () => PER, color: false };
    const code = await run(['publicera', '--per', PER, 'examples', '-o', site], io);
    assert.equal(code, 0, stderr);
    browser = await launchChromium();
    for (const bypassCSP of [false, true]) {
      const c = await browser.newContext({ locale: 'sv-SE', viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, bypassCSP });
      await c.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('file:')) return route.continue();
        blocked.push(url);
        return route.abort();
      });
      if (bypassCSP) axeContext = c;
      else context = c;
    }
    mkdirSync(OUT, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    if (site) rmSync(path.dirname(site), { recursive: true, force: true });
  });

  it('axe-core finds no WCAG 2.1 A/AA violation on index.html and on an ärende page', async () => {
    for (const file of ['index.html', 'ks-2025-58.html', 'sn-2026-31.html']) {
      const page = await open(axeContext, path.join(site, file));
      const violations = await axe(page);
      assert.deepEqual(
        violations.map((v) => `${file}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        [],
      );
      await page.close();
    }
  });

  it('reads on a phone: 390 px wide with nothing wider than the screen, every link leads to a page in the folder', async () => {
    const page = await open(context, path.join(site, 'index.html'));
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
    // At this width the table is one block per ärende, each cell with its label.
    const display = await page.evaluate<string>("getComputedStyle(document.querySelectorAll('table.arenden tr')[1]).display");
    assert.equal(display, 'block');
    assert.ok(await page.getByRole('columnheader', { name: 'Status' }).first().count(), 'the headers are still there for a screen reader');
    await page.screenshot({ path: path.join(OUT, 'publicera-index-390.png'), fullPage: true });

    const hrefs = await page.evaluate<string[]>("[...document.querySelectorAll('a[href]')].map((a) => a.href)");
    for (const href of hrefs) {
      const file = fileURLToPath(href.replace(/#.*/, ''));
      assert.ok(existsSync(file), `${href} is in the folder`);
    }
    await page.getByRole('link', { name: 'Ett lokalt handlingsprogram för suicidprevention' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ett lokalt handlingsprogram för suicidprevention' }).waitFor();
    assert.ok((await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth')) <= 0);
    await page.getByRole('link', { name: 'Läs protokollsutdraget' }).click();
    assert.match(page.url(), /#paragraf-2026-06-15-\d+$/);
    await page.screenshot({ path: path.join(OUT, 'publicera-arende-390.png'), fullPage: true });
    assert.deepEqual(errors, []);
    assert.deepEqual(blocked, [], 'the pages asked for nothing beyond the folder');
  });

  it('flode.xml is Atom that a real XML parser reads: feed id and updated, each entry with a unique urn:uuid id, an RFC 3339 updated and a link into the folder', () => {
    const script = `
import sys, json, xml.etree.ElementTree as ET
A = '{http://www.w3.org/2005/Atom}'
root = ET.parse(sys.argv[1]).getroot()
out = {'tag': root.tag, 'id': root.findtext(A + 'id'), 'updated': root.findtext(A + 'updated'), 'title': root.findtext(A + 'title'),
  'self': [l.get('href') for l in root.findall(A + 'link') if l.get('rel') == 'self'],
  'author': root.findtext(A + 'author/' + A + 'name'),
  'entries': [{'id': e.findtext(A + 'id'), 'updated': e.findtext(A + 'updated'), 'title': e.findtext(A + 'title'),
               'link': e.find(A + 'link').get('href')} for e in root.findall(A + 'entry')]}
print(json.dumps(out, ensure_ascii=False))
`;
    const feed = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, path.join(site, 'flode.xml')], { encoding: 'utf8' })) as {
      tag: string;
      id: string;
      updated: string;
      title: string;
      self: string[];
      author: string;
      entries: { id: string; updated: string; title: string; link: string }[];
    };
    const UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;
    assert.equal(feed.tag, '{http://www.w3.org/2005/Atom}feed');
    assert.match(feed.id, UUID);
    assert.match(feed.updated, RFC3339);
    assert.ok(feed.title && feed.author);
    assert.deepEqual(feed.self, ['flode.xml']);
    assert.ok(feed.entries.length >= 10, `${feed.entries.length} entries`);
    assert.equal(new Set(feed.entries.map((e) => e.id)).size, feed.entries.length, 'entry ids are unique');
    for (const e of feed.entries) {
      assert.match(e.id, UUID);
      assert.match(e.updated, RFC3339);
      assert.ok(e.updated <= `${PER}T23:59:59Z`, `${e.updated}: nothing from the future`);
      assert.ok(existsSync(path.join(site, e.link.replace(/#.*/, ''))), e.link);
      assert.ok(e.title);
    }
    // Newest first, and the feed's updated is its newest entry's.
    const dates = feed.entries.map((e) => e.updated);
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.equal(feed.updated, dates[0]);
  });
});
