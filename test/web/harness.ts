/**
 * The citizens' page in a real browser: web/dist/ built now (so a test never runs a stale page),
 * served by esbuild's static server on a free port, opened in Debian's Chromium through
 * playwright-core with the flags the extension tests use.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { context as esbuildContext } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildWeb, type WebBuild } from '../../web/build.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT = path.join(ROOT, 'test/out/web');

export interface WebServer {
  url: string;
  build: WebBuild;
  stop(): Promise<void>;
}

/** Builds web/dist/ and serves it; `stop()` ends the server. */
export async function serveWeb(): Promise<WebServer> {
  const build = await buildWeb();
  const ctx = await esbuildContext({});
  const { port } = await ctx.serve({ servedir: build.outdir, host: '127.0.0.1', port: 0 });
  return { url: `http://127.0.0.1:${port}/`, build, stop: () => ctx.dispose() };
}

export { CHROMIUM_ARGS, launchChromium } from '../support/chromium.js';

/** A fresh profile (no cache, no service worker) in Swedish, as a first visit. */
export function newVisit(browser: Browser, viewport = { width: 1000, height: 900 }): Promise<BrowserContext> {
  return browser.newContext({ locale: 'sv-SE', viewport, acceptDownloads: true });
}

/** Opens the page and waits until the form is built. */
export async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15_000 });
  return page;
}

export const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core in the page against WCAG 2.0/2.1 A and AA. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })
    .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })))`);
}
