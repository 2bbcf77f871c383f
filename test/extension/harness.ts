/**
 * A real VS Code for the extension's end-to-end tests: code-server (VS Code 1.100.3 in the browser,
 * installed by scripts/install-code-server.sh) with the packaged .vsix installed, driven by Debian's
 * Chromium through playwright-core.
 *
 * Everything lives in one temp folder (user data, extensions, the workspace) and is removed by
 * `stop()`. Waits poll for a condition with a deadline; nothing sleeps a fixed time and hopes.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertChromium, launchChromium } from '../support/chromium.js';
import { promisify } from 'node:util';
import type { Browser, Locator, Page } from 'playwright-core';

const run = promisify(execFile);

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT = path.join(ROOT, 'test/out/extension');

/** Debug output (timings of each step) with ARENDE_E2E_DEBUG=1. */
export function log(...parts: unknown[]): void {
  if (process.env.ARENDE_E2E_DEBUG) console.log('    [e2e]', ...parts);
}

/** Polls `probe` until it returns a truthy value; fails with `what` and the last error after `timeout` ms. */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeout = 15_000, interval = 150): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as NonNullable<T>;
      last = undefined;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      const why = last instanceof Error ? `: ${last.message.split('\n')[0]}` : '';
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${why}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

export function codeServerBinary(): string {
  const dir = process.env.ARENDE_CODE_SERVER_DIR ?? path.join(os.homedir(), '.cache/arende-code-server');
  const bin = path.join(dir, 'node_modules/.bin/code-server');
  if (!existsSync(bin)) {
    throw new Error(`code-server is not installed in ${dir}: run scripts/install-code-server.sh (.ci/run does).`);
  }
  assertChromium();
  return bin;
}

/**
 * The .vsix to test: ARENDE_VSIX when set (e.g. a stub while developing the harness), otherwise the
 * extension packaged now with `pnpm --filter arende run package`, so the tests never run a stale build.
 */
export async function packageExtension(): Promise<string> {
  if (process.env.ARENDE_VSIX) return path.resolve(process.env.ARENDE_VSIX);
  const vsix = path.join(ROOT, 'extension/dist/arende.vsix');
  rmSync(vsix, { force: true });
  try {
    await run('pnpm', ['--filter', 'arende', 'run', 'package'], { cwd: ROOT, maxBuffer: 16 << 20 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`packaging the extension failed: ${err.message}\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
  }
  if (!existsSync(vsix)) throw new Error(`'pnpm --filter arende run package' did not write ${vsix}`);
  return vsix;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** User settings that keep the workbench quiet and predictable: no welcome page, no tips, no updates. */
const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'window.restoreWindows': 'none',
  'files.autoSave': 'off',
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  // Only our diagnostics in the Problems panel; no suggestion widget over the text we read.
  'markdown.validate.enabled': false,
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.suggestOnTriggerCharacters': false,
  'editor.hover.delay': 100,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'off',
};

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export interface CodeServer {
  url: string;
  workspace: string;
  page: Page;
  /** Kills Chromium and code-server and removes the temp folder. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts code-server on a free port with a fresh user-data-dir and extensions-dir, installs `vsix`,
 * writes `files` into a new workspace folder, and opens that folder in headless Chromium. `env` is added
 * to code-server's environment (its extension host inherits it).
 */
export async function startCodeServer(
  vsix: string,
  files: Record<string, string>,
  options: { restricted?: boolean; env?: Record<string, string> } = {},
): Promise<CodeServer> {
  const bin = codeServerBinary();
  const temp = mkdtempSync(path.join(os.tmpdir(), 'arende-e2e-'));
  const userData = path.join(temp, 'user-data');
  const extensions = path.join(temp, 'extensions');
  const workspace = path.join(temp, 'workspace');
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  mkdirSync(workspace, { recursive: true });
  // Restricted Mode: workspace trust on, the folder not trusted, and no start-up prompt asking about it.
  const settings = options.restricted
    ? {
        ...SETTINGS,
        'security.workspace.trust.enabled': true,
        'security.workspace.trust.startupPrompt': 'never',
        'security.workspace.trust.emptyWindow': false,
      }
    : SETTINGS;
  writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify(settings, null, 2));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(workspace, name), text);

  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let stopped = false;
  const serverLog: string[] = [];
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', killNow);
    for (const s of SIGNALS) process.off(s, onSignal);
    await browser?.close().catch(() => undefined);
    if (server?.pid !== undefined && server.exitCode === null) {
      const exited = new Promise((r) => server!.once('exit', r));
      // Detached, so the whole group goes: code-server, its extension host, its file watcher.
      killGroup(server.pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(server!.pid!, 'SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
      killGroup(server.pid, 'SIGKILL'); // whatever of the group outlived its leader
    }
    if (!process.env.ARENDE_E2E_KEEP) rmSync(temp, { recursive: true, force: true });
    else console.log(`    [e2e] kept ${temp}`);
  };
  // code-server runs in a process group of its own (so stop() can take its children too), which also
  // means Ctrl+C in the terminal does not reach it: kill it ourselves when mocha exits or is killed.
  const killNow = () => {
    if (server?.pid !== undefined && server.exitCode === null) killGroup(server.pid, 'SIGKILL');
    if (!process.env.ARENDE_E2E_KEEP) rmSync(temp, { recursive: true, force: true, maxRetries: 3 });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    killNow();
    for (const s of SIGNALS) process.off(s, onSignal);
    // Let the signal do what it would have done; playwright, when it listens too, closes Chromium and exits.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  process.once('exit', killNow);
  for (const s of SIGNALS) process.on(s, onSignal);

  try {
    const common = ['--user-data-dir', userData, '--extensions-dir', extensions];
    const t0 = Date.now();
    const installed = await run(bin, [...common, '--install-extension', vsix], { maxBuffer: 16 << 20 });
    if (!/successfully installed/i.test(installed.stdout + installed.stderr)) {
      throw new Error(`code-server --install-extension ${vsix} did not succeed:\n${installed.stdout}\n${installed.stderr}`);
    }
    log(`installed the vsix in ${Date.now() - t0} ms`);

    const port = await freePort();
    server = spawn(
      bin,
      [
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--auth',
        'none',
        '--disable-telemetry',
        '--disable-update-check',
        ...(options.restricted ? [] : ['--disable-workspace-trust']),
        '--disable-getting-started-override',
        '--ignore-last-opened',
        ...common,
      ],
      { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '', ...options.env } },
    );
    const keep = (chunk: Buffer) => {
      serverLog.push(chunk.toString());
      if (serverLog.length > 200) serverLog.shift();
    };
    server.stdout!.on('data', keep);
    server.stderr!.on('data', keep);
    const url = `http://127.0.0.1:${port}`;
    await waitFor(
      'code-server to answer /healthz',
      async () => {
        if (server!.exitCode !== null) throw new Error(`code-server exited with ${server!.exitCode}:\n${serverLog.join('')}`);
        const res = await fetch(`${url}/healthz`);
        return res.ok;
      },
      30_000,
      200,
    );
    log(`code-server up on ${port} after ${Date.now() - t0} ms`);

    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
    await waitFor('the workbench', () => page.locator('.monaco-workbench .part.statusbar').isVisible(), 60_000);
    // The explorer shows the workspace's files once the folder is open.
    await waitFor('the workspace in the explorer', () => page.locator('.explorer-folders-view .monaco-list-row').first().isVisible(), 30_000);
    log(`workbench up after ${Date.now() - t0} ms`);
    return { url, workspace, page, stop };
  } catch (e) {
    await stop();
    throw e;
  }

  function killGroup(pid: number, signal: NodeJS.Signals): void {
    try {
      process.kill(-pid, signal);
    } catch {
      /* already gone */
    }
  }
}

/** Saves a screenshot of the page to test/out/extension/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `${name.replace(/[^\w.-]+/g, '-').slice(0, 100)}.png`);
  await page.screenshot({ path: file, timeout: 10_000 });
  return file;
}

// ---------- Driving the workbench ----------

const QUICK_INPUT = '.quick-input-widget';

async function quickInputVisible(page: Page): Promise<boolean> {
  return page.locator(QUICK_INPUT).isVisible();
}

async function closeQuickInput(page: Page): Promise<void> {
  for (let i = 0; i < 3 && (await quickInputVisible(page)); i++) await page.keyboard.press('Escape');
}

/**
 * Opens the command palette. F1 sometimes reaches nothing (focus in a part that swallows it):
 * then click the status bar, which moves focus into the workbench, and try again.
 */
export async function openPalette(page: Page): Promise<Locator> {
  await closeQuickInput(page);
  await waitFor(
    'the command palette to open',
    async () => {
      if (await quickInputVisible(page)) return true;
      await page.keyboard.press('F1');
      try {
        await page.locator(QUICK_INPUT).waitFor({ state: 'visible', timeout: 1500 });
        return true;
      } catch {
        await page
          .locator('.part.statusbar')
          .click({ position: { x: 5, y: 5 } })
          .catch(() => undefined);
        return false;
      }
    },
    20_000,
    100,
  );
  return page.locator(`${QUICK_INPUT} input`);
}

/**
 * Runs a command from the palette by its title (as the palette lists it, e.g. "ärende: Exportera till Word").
 * The palette lists the commands whose `when` holds as it opens and does not look again: a command offered
 * by a context key the extension host sets a moment later (arende.isMeeting, once the file just opened is
 * the active editor) would never show. So the palette is opened anew every 3 s until the command is there.
 */
export async function runCommand(page: Page, title: string): Promise<void> {
  const row = page.locator(`${QUICK_INPUT} .monaco-list-row`, { hasText: title }).first();
  await waitFor(
    `"${title}" in the command palette`,
    async () => {
      const input = await openPalette(page);
      await input.fill(`>${title}`);
      const deadline = Date.now() + 3_000;
      while (Date.now() < deadline) {
        if (await row.isVisible()) return true;
        await new Promise((r) => setTimeout(r, 150));
      }
      await page.keyboard.press('Escape');
      return false;
    },
    15_000,
    0,
  );
  await row.click();
}

/** Opens a workspace file through Quick Open and waits until its editor is the active one. */
export async function openFile(page: Page, name: string): Promise<void> {
  const row = page.locator(`${QUICK_INPUT} .monaco-list-row`, { hasText: name }).first();
  // Just after start-up the file search may not answer yet, and Quick Open does not ask again by itself
  // for the same text: the name is typed anew (in a reopened Quick Open) every 5 s.
  await waitFor(
    `${name} in Quick Open`,
    async () => {
      const input = await openPalette(page);
      await input.fill(name);
      const deadline = Date.now() + 5_000;
      while (Date.now() < deadline) {
        if (await row.isVisible()) return true;
        await new Promise((r) => setTimeout(r, 150));
      }
      await page.keyboard.press('Escape');
      return false;
    },
    30_000,
  );
  await row.click();
  await waitFor(`${name} as the active editor`, async () => {
    const tab = page.locator('.tabs-container .tab.active');
    return (
      (await tab.isVisible()) &&
      (await tab.innerText()).includes(name) &&
      (await page.locator('.editor-instance .monaco-editor .view-lines').first().isVisible())
    );
  });
}

/** Moves the cursor to a 1-based line and column with Go to Line (":line:column" in Quick Open). */
export async function goTo(page: Page, line: number, column: number): Promise<void> {
  const input = await openPalette(page);
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  // Under load the first Enter can come before Quick Open has made its "Go to line" entry: once more then.
  const closed = await waitFor('Go to Line to close', async () => !(await quickInputVisible(page)), 3_000).catch(() => false);
  if (!closed) {
    await page.keyboard.press('Enter');
    await waitFor('Go to Line to close', async () => !(await quickInputVisible(page)), 10_000);
  }
  await waitFor(
    `the cursor at ${line}:${column}`,
    async () => {
      const status = await page.locator('.statusbar-item[id="status.editor.selection"]').innerText();
      return new RegExp(`\\b${line}\\b.*\\b${column}\\b`).test(status);
    },
    10_000,
  );
}

/** The visible lines of the active editor, top to bottom, with Monaco's non-breaking spaces undone. */
export async function editorText(page: Page): Promise<string> {
  const editor = page.locator('.editor-instance .monaco-editor').first();
  const lines = editor.locator('.view-lines .view-line');
  const tops = await lines.evaluateAll((els) =>
    els.map((el) => ({
      top: parseFloat((el as unknown as { style: { top: string } }).style.top) || 0,
      text: (el as unknown as { textContent: string }).textContent,
    })),
  );
  return tops
    .sort((a, b) => a.top - b.top)
    .map((l) => l.text.replace(/\u00a0/g, ' '))
    .join('\n');
}

/** Reads a file of the workspace. */
export function readWorkspaceFile(server: CodeServer, name: string): string {
  return readFileSync(path.join(server.workspace, name), 'utf8');
}

/**
 * The activation time VS Code reports for an extension (by its id, publisher.name): its code loading plus
 * its activate() call, in ms, the two figures "Developer: Show Running Extensions" adds up and shows.
 *
 * Read as text, not from what a view renders: that view is a virtual list sorted by activation time, where
 * a fast extension sits below the fold among slower built-ins, and a list's rows exist in the page only
 * while in view (a test that read the rows timed out so). "Developer: Startup Performance" writes the same
 * figures into a document ("Extension Activation Stats": Extension | Eager | Load Code | Call Activate | …);
 * its whole text is copied (select all, copy) and read from the clipboard, so how much of it is on screen
 * does not matter. The document is made again until it lists the extension (it may not be activated yet).
 */
export async function activationTime(page: Page, id = 'arende.arende'): Promise<number> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  const row = await waitFor(
    `${id} among the extension activation stats of Developer: Startup Performance`,
    async () => {
      await runCommand(page, 'Developer: Startup Performance');
      await waitFor('the Startup Performance document', async () => {
        const tab = page.locator('.tabs-container .tab.active');
        return (await tab.isVisible()) && (await tab.innerText()).includes('Startup Performance');
      });
      // Its text is filled in once the workbench has started: copy until the table is there.
      log('Startup Performance open');
      const text = await waitFor(
        'the startup performance text',
        async () => {
          // Focus into the document's editor: a command, not a click (which editor's lines come first in the
          // page varies, and a click on a hidden one waits in vain).
          await runCommand(page, 'View: Focus Active Editor Group');
          await page.evaluate('navigator.clipboard.writeText("")');
          await page.keyboard.press('Control+a');
          await page.keyboard.press('Control+c');
          const copied = (await page.evaluate('navigator.clipboard.readText()')) as string;
          log(`copied ${copied.length} characters of Startup Performance`);
          return copied.includes('Extension Activation Stats') ? copied : undefined;
        },
        10_000,
        300,
      );
      await runCommand(page, 'View: Close Editor');
      return text.split('\n').find((line) => line.split('|')[1]?.trim().toLowerCase() === id.toLowerCase());
    },
    30_000,
    500,
  );
  // | Extension | Eager | Load Code | Call Activate | Finish Activate | Event | By |
  const cells = row.split('|').map((c) => c.trim());
  const load = Number(cells[3]);
  const call = Number(cells[4]);
  if (!Number.isFinite(load) || !Number.isFinite(call)) throw new Error(`no activation times in the row for ${id}: ${row}`);
  return load + call;
}
