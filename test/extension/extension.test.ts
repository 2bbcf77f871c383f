/**
 * The packaged extension (extension/dist/arende.vsix) in a real VS Code: code-server driven by
 * headless Chromium (see harness.ts and README.md). Each test does what a writer does — opens a draft,
 * reads the Problems panel, hovers, runs a command from the palette, applies a quick fix — and checks
 * the result where it lands: in the workbench's DOM, in the file on disk, in the .docx read by pandoc.
 *
 * Needs code-server (scripts/install-code-server.sh), Chromium and pandoc; .ci/run installs them.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { KINDS } from '../../packages/core/src/kinds/index.js';
import { parseDraft } from '../../packages/core/src/index.js';
import {
  ROOT,
  activationTime,
  openPalette,
  editorText,
  goTo,
  log,
  openFile,
  packageExtension,
  readWorkspaceFile,
  runCommand,
  screenshot,
  startCodeServer,
  waitFor,
  type CodeServer,
} from './harness.js';

const EXAMPLE = readFileSync(path.join(ROOT, 'examples/politikerinitiativ-sip-samordning.md'), 'utf8');
const RUBRIK = /^rubrik: (.+)$/m.exec(EXAMPLE)![1];
const CITATION = '10 kap. 8 § socialtjänstlagen (2025:400)';
const KIND_COUNT = KINDS.length;

/** A medborgarförslag with the sender's contact details (the export asks which version). */
const MEDBORGARFORSLAG = readFileSync(path.join(ROOT, 'examples/medborgarforslag-anhorigcafe.md'), 'utf8');

/** The drafts of the test workspace, made from examples that validate clean. */
function drafts_(): Record<string, string> {
  return drafts();
}

function drafts(): Record<string, string> {
  const withoutLagrum = EXAMPLE.replace(/^lagrum:\n(?: {2}- .*\n)+/m, '');
  assert.notEqual(withoutLagrum, EXAMPLE, 'the example has a lagrum list to remove');
  const misspelt = EXAMPLE.replace(/^avsändare:/m, 'avsandare:');
  assert.notEqual(misspelt, EXAMPLE, 'the example has an avsändare key to misspell');
  const twoFixable = EXAMPLE.replace(/^avsändare:/m, 'avsandare:').replace(/^mottagare:/m, 'mottagre:');
  // A header whose YAML is broken (an indented key): one problem, and the status bar still knows the kind.
  const brokenYaml = EXAMPLE.replace(/^mottagare:/m, '  mottagare:');
  assert.notEqual(brokenYaml, EXAMPLE);
  return {
    'klar.md': EXAMPLE,
    'saknar-lagrum.md': withoutLagrum,
    'avsandare.md': misspelt,
    'tva-fel.md': twoFixable,
    'trasig-yaml.md': brokenYaml,
    'ignorera.md': withoutLagrum,
    'forslag-kontakt.md': MEDBORGARFORSLAG,
    // The example with a (made-up, Luhn-valid) personnummer in its text.
    'personnummer.md': EXAMPLE.replace(/^## Bakgrund\n/m, '## Bakgrund\n\nBrukaren 811218-9876 fick avslag.\n'),
  };
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `'${needle}' is in the draft`);
  return { line: line + 1, column: lines[line]!.indexOf(needle) + 1 };
}

/** Opens a file written during the session: Quick Open's file index has not seen it; the explorer has. */
async function openFromExplorer(page: Page, name: string): Promise<void> {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: new RegExp(`^${name.replace('.', '\\.')}$`) }).first();
  await waitFor(`${name} in the explorer`, () => row.isVisible(), 15_000);
  await row.click();
  await waitFor(`${name} as the active editor`, async () => (await page.locator('.tabs-container .tab.active').innerText()).includes(name), 15_000);
}

/**
 * Runs a command offered to drafts only (when arende.isDraft) once the extension has taken the active
 * editor for a draft: its status bar item shows, set in the same update as the context key, which the
 * palette reads when it opens (opened before, it would not list the command).
 */
async function runDraftCommand(page: Page, title: string): Promise<void> {
  await waitFor(
    "the draft's status bar item",
    () =>
      page
        .locator('.statusbar-item', { hasText: /Politikerinitiativ · / })
        .first()
        .isVisible(),
    30_000,
  );
  await runCommand(page, title);
}

/** The Problems panel's rows as text (each row's aria-label: severity, message, source, position). */
async function problems(page: Page): Promise<string[]> {
  // In one evaluation: row by row, a list that re-renders meanwhile would leave a locator waiting on a gone row.
  return page
    .locator('.markers-panel .monaco-list-row')
    .evaluateAll((rows) =>
      rows.map(
        (r) =>
          `${(r as unknown as { getAttribute(n: string): string | null }).getAttribute('aria-label') ?? ''} ${(r as unknown as { innerText: string }).innerText}`,
      ),
    );
}

/**
 * Opens the Quick Fix menu at the cursor until a row matching `row` is listed, moves the keyboard focus to
 * it (the action widget sits behind a pointer block, so a writer's keys, not a click) and chooses it.
 * Returns the menu's text as it was listed, for assertions on the other rows.
 */
async function chooseQuickFix(page: Page, row: RegExp, what: string): Promise<string> {
  const action = page.locator('.action-widget .monaco-list-row').filter({ hasText: row }).first();
  await waitFor(
    `${what} in the Quick Fix menu`,
    async () => {
      if (await action.isVisible()) return true;
      await runCommand(page, 'Quick Fix...');
      await action.waitFor({ state: 'visible', timeout: 3000 });
      return true;
    },
    20_000,
  );
  const menu = await page.locator('.action-widget').innerText();
  const focused = page.locator('.action-widget .monaco-list-row.focused');
  await waitFor(
    `${what} to be focused`,
    async () => {
      if (row.test((await focused.getAttribute('aria-label')) ?? '')) return true;
      await page.keyboard.press('ArrowDown');
      return false;
    },
    5_000,
  );
  await page.keyboard.press('Enter');
  return menu;
}

describe('extension in a real VS Code (code-server + Chromium)', function () {
  // Packaging (~3 s), installing the vsix (~2 s), code-server (~2 s) and the workbench (6–9 s) on two cores.
  this.timeout(60_000);
  let server: CodeServer | undefined;
  let page: Page;

  before(async function () {
    this.timeout(240_000);
    const t0 = Date.now();
    const vsix = await packageExtension();
    log(`packaged ${vsix} in ${Date.now() - t0} ms`);
    server = await startCodeServer(vsix, { ...drafts(), 'ANTECKNINGAR.md': '# Anteckningar\n\natt\n' });
    page = server.page;
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && server) {
      const file = await screenshot(page, `${this.currentTest.title}`).catch((e: Error) => `(no screenshot: ${e.message})`);
      console.log(`    screenshot: ${file}`);
    }
    // Every test starts from a quiet workbench: no palette, hover or widget left open.
    if (server) for (let i = 0; i < 3; i++) await page.keyboard.press('Escape').catch(() => undefined);
  });

  after(async function () {
    this.timeout(30_000);
    await server?.stop();
  });

  it('shows the Swedish error for a politikerinitiativ without lagrum in the Problems panel', async () => {
    await openFile(page, 'saknar-lagrum.md');
    await runCommand(page, 'View: Focus Problems');
    const row = await waitFor(
      'the missing-lagrum error in the Problems panel',
      async () => (await problems(page)).find((p) => p.includes("Nyckeln 'lagrum' saknas i huvudet")),
      20_000,
    );
    assert.match(row, /arende/, 'the source is arende');
    assert.match(row, /frontmatter-required/, 'the code is the rule id');
    // At the header's closing '---', where the key is to be added (not on line 1, above everything).
    const closing = readWorkspaceFile(server!, 'saknar-lagrum.md').split('\n').indexOf('---', 1) + 1;
    assert.ok(closing > 1);
    assert.match(row, new RegExp(`Ln ${closing}, Col 1\\b`), `at line ${closing}, the closing ---`);
    // An error, not a warning: the row's icon says so.
    const errorRow = page.locator('.markers-panel .monaco-list-row', { hasText: "Nyckeln 'lagrum' saknas" }).first();
    assert.ok(await errorRow.locator('.codicon-error').count(), 'shown with the error icon');
    // The status bar says it too, for a writer who never opens the Problems panel.
    const status = await waitFor(
      'the draft in the status bar',
      async () => {
        const item = page.locator('.statusbar-item', { hasText: 'Politikerinitiativ' }).first();
        return (await item.isVisible()) ? item.innerText() : undefined;
      },
      10_000,
    );
    assert.match(status, /Politikerinitiativ · 1 fel/);
  });

  it('activates without loading core: VS Code reports the activation time (printed), the activated bundle is small', async () => {
    // A short window, so that ärende's row is below the fold wherever VS Code lists it: activationTime()
    // reads the figures as text (Developer: Startup Performance, copied whole), not from what is rendered.
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: size.width, height: 420 });
    let ms: number;
    try {
      ms = await activationTime(page);
    } finally {
      await page.setViewportSize(size);
    }
    // Printed, not asserted: a time depends on the machine (bench/activation.ts holds the ≤ 100 ms floor).
    console.log(`    activation in code-server: ${ms} ms (load code + call activate, Developer: Startup Performance)`);
    assert.ok(Number.isFinite(ms) && ms >= 0);
    const installed = path.join(ROOT, 'extension/dist/extension.js');
    // Besides the command registrations, the activated bundle holds the English texts (l10n/en.json, which grows
    // with the extension's messages): 10 KB at the end of issue 20. Core is some 600 KB, so the bound below still
    // catches it, and the line after names it.
    assert.ok(statSync(installed).size < 16_000, `extension.js is ${statSync(installed).size} bytes: core must stay in engine.js`);
    assert.doesNotMatch(readFileSync(installed, 'utf8'), /frontmatter-required|remark|ajv/, 'no core code in the activated bundle');
  });

  it('a broken header: the YAML error once, and the status bar still names the kind', async () => {
    await openFile(page, 'trasig-yaml.md');
    await runCommand(page, 'View: Focus Problems');
    await waitFor('the YAML error in the Problems panel', async () => (await problems(page)).some((p) => p.includes('frontmatter-yaml')), 20_000);
    const rows = (await problems(page)).filter((p) => p.includes('frontmatter-yaml'));
    assert.equal(rows.length, 1, `one YAML problem, not two: ${rows.join(' | ')}`);
    const status = await waitFor(
      'the status bar naming the kind',
      async () => {
        const item = page.locator('.statusbar-item', { hasText: /Politikerinitiativ · / }).first();
        return (await item.isVisible()) ? item.innerText() : undefined;
      },
      10_000,
    );
    assert.match(status, /Politikerinitiativ · 1 fel/);
    assert.doesNotMatch(status, /utan typ/);
  });

  it("a rule id in the Problems panel opens the rule's description at its heading; 'Visa reglerna' lists them", async () => {
    const rulesMd = readFileSync(path.join(ROOT, 'packages/core/docs/rules.md'), 'utf8').split('\n');
    const lineOf = (id: string) => rulesMd.indexOf(`## ${id}`) + 1;
    const cursorLine = async () => Number(/Ln (\d+)/.exec(await page.locator('.statusbar-item[id="status.editor.selection"]').innerText())?.[1]);
    await openFile(page, 'saknar-lagrum.md');
    await runCommand(page, 'View: Focus Problems');
    const link = page
      .locator('.markers-panel .monaco-list-row', { hasText: "Nyckeln 'lagrum' saknas" })
      .first()
      .locator('a, .monaco-link', { hasText: 'frontmatter-required' })
      .first();
    await waitFor('the rule id as a link', () => link.isVisible(), 20_000);
    await link.click();
    await waitFor(
      'rules.md open at frontmatter-required',
      async () => /rules\.md/.test(await page.locator('.tabs-container .tab.active').innerText()) && (await cursorLine()) === lineOf('frontmatter-required'),
      15_000,
    );

    await runCommand(page, 'ärende: Show the Rules');
    await waitFor('the rules in a list', async () => /frontmatter-yaml/.test(await page.locator('.quick-input-widget').innerText()), 15_000);
    await page.locator('.quick-input-widget input').first().fill('citation-repealed');
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'citation-repealed' }).first();
    await waitFor('citation-repealed in the list', () => row.isVisible(), 15_000);
    await row.click();
    await waitFor('rules.md at citation-repealed', async () => (await cursorLine()) === lineOf('citation-repealed'), 15_000);
    await runCommand(page, 'View: Close Editor');
  });

  it('a Markdown file that is no draft gets no export command and no draft snippets', async () => {
    {
      await openFile(page, 'ANTECKNINGAR.md');
      const input = await openPalette(page);
      await input.fill('>ärende: Export to Word');
      await waitFor('the palette to list what matches', () => page.locator('.quick-input-widget .monaco-list-row').first().isVisible(), 10_000);
      assert.equal(
        await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Export to Word' }).count(),
        0,
        'no export for a file that is no draft',
      );
      await page.keyboard.press('Escape');
      // In a draft the same palette has it.
      await openFile(page, 'klar.md');
      const again = await openPalette(page);
      await again.fill('>ärende: Export to Word');
      await waitFor(
        'the export command for a draft',
        () => page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Export to Word' }).first().isVisible(),
        10_000,
      );
      await page.keyboard.press('Escape');
    }
  });

  it('hovering a citation shows the law and its text', async () => {
    await openFile(page, 'klar.md');
    const { line, column } = positionOf(EXAMPLE, CITATION);
    await goTo(page, line, column + 2); // on "kap."
    await runCommand(page, 'Show or Focus Hover');
    const hover = await waitFor(
      'a hover naming the law',
      async () => {
        const widget = page.locator('.monaco-hover:visible').first();
        if (!(await widget.isVisible())) return undefined;
        const text = await widget.innerText();
        return /Socialtjänstlag/i.test(text) ? text : undefined;
      },
      15_000,
    );
    assert.match(hover, /2025:400/, 'the SFS number');
    // Not just the title: some of the provision's own words (10 kap. 8 § SoL is about individuell plan).
    assert.match(hover, /individuell plan/i, 'the text of the provision');
  });

  it('exports the draft to Word next to it from the command palette', async () => {
    await openFile(page, 'klar.md');
    const target = path.join(server!.workspace, 'klar.docx');
    assert.ok(!existsSync(target), 'no .docx before the export');
    await runCommand(page, 'ärende: Export to Word');
    await waitFor('klar.docx on disk', () => existsSync(target) && statSync(target).size > 0, 30_000);
    const toast = await waitFor(
      'a notification naming klar.docx',
      async () => {
        const t = page.locator('.notifications-toasts .notification-toast', { hasText: 'klar.docx' }).first();
        return (await t.isVisible()) ? t.innerText() : undefined;
      },
      15_000,
    );
    log('notification:', toast);
    assert.match(toast, /Exporterade till klar\.docx/, "the message is Swedish (the default, whatever VS Code's language)");
    // Read back by an independent reader, not by our writer. The file may still be growing when it
    // first appears, so pandoc gets a few tries.
    const text = await waitFor(
      'pandoc to read klar.docx',
      () => execFileSync('pandoc', ['-t', 'plain', '--wrap=none', target], { encoding: 'utf8' }),
      10_000,
      300,
    );
    assert.ok(text.replace(/\s+/g, ' ').includes(RUBRIK!), `pandoc reads the rubrik "${RUBRIK}" back`);
  });

  it('exports the draft to PDF (tagged PDF/A, the rubrik as title) with LibreOffice, showing progress, and the Word file beside it as the CLI does', async function () {
    this.timeout(150_000);
    const pdf = path.join(server!.workspace, 'klar.pdf');
    const docx = path.join(server!.workspace, 'klar.docx');
    // The Word export above left klar.docx: removed, so that the one found afterwards is this command's.
    rmSync(docx, { force: true });
    assert.ok(!existsSync(pdf), 'no .pdf before the export');
    try {
      // Offered for drafts only, as the Word export is.
      await openFile(page, 'ANTECKNINGAR.md');
      const input = await openPalette(page);
      await input.fill('>ärende: Export to PDF');
      await waitFor('the palette to list what matches', () => page.locator('.quick-input-widget .monaco-list-row').first().isVisible(), 10_000);
      assert.equal(
        await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Export to PDF' }).count(),
        0,
        'no PDF export for a file that is no draft',
      );
      await page.keyboard.press('Escape');

      // The explorer's context menu: on a draft, not on a note.
      const menuHas = async (file: string) => {
        await page
          .locator('.explorer-folders-view .monaco-list-row', { hasText: new RegExp(`^${file.replace('.', '\\.')}$`) })
          .first()
          .click({ button: 'right' });
        const menu = page.locator('.context-view .monaco-menu').first();
        await waitFor(`the context menu of ${file}`, () => menu.isVisible(), 10_000);
        const items = await menu.locator('.action-label').allInnerTexts();
        log(file, items.filter(Boolean).join(' / '));
        await page.keyboard.press('Escape');
        return items.some((i) => i.includes('Export to PDF'));
      };
      // The drafts' paths reach the context key from a scan just after the engine starts: asked again until then.
      await waitFor("'Exportera till PDF' in a draft's context menu", () => menuHas('klar.md'), 20_000, 1000);
      assert.ok(!(await menuHas('ANTECKNINGAR.md')), "no 'Exportera till PDF' on a note");

      await openFile(page, 'klar.md');
      await runDraftCommand(page, 'ärende: Export to PDF');
      // LibreOffice starts with a fresh profile for each conversion (seconds): the progress is on screen meanwhile.
      const progress = page.locator('.notifications-toasts .notification-toast', { hasText: 'Gör PDF med LibreOffice' }).first();
      await waitFor('the progress notification while LibreOffice converts', () => progress.isVisible(), 30_000, 100);
      log('progress:', await progress.innerText(), await screenshot(page, 'pdf-progress'));
      await waitFor('klar.pdf on disk', () => existsSync(pdf) && statSync(pdf).size > 0, 90_000, 300);
      const toast = await waitFor(
        'a notification naming klar.pdf',
        async () => {
          const t = page.locator('.notifications-toasts .notification-toast', { hasText: 'klar.pdf' }).first();
          return (await t.isVisible()) ? t.innerText() : undefined;
        },
        15_000,
      );
      log('notification:', toast);
      assert.match(toast, /Exporterade till klar\.pdf och klar\.docx/);
      assert.ok(existsSync(docx) && statSync(docx).size > 0, 'the Word file is written beside the PDF, as arende export --pdf does');
      // Read back by poppler, not by our code. The PDF is renamed into place whole (the safe write), so one read suffices.
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      assert.match(info, /^Tagged:\s+yes$/m, 'a tagged PDF');
      assert.equal(/^Title:\s+(.*)$/m.exec(info)?.[1], RUBRIK, 'the rubrik is the title');
      const meta = execFileSync('pdfinfo', ['-meta', pdf], { encoding: 'utf8' });
      assert.match(meta, /<pdfaid:part>2<\/pdfaid:part>/, 'PDF/A-2');
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      const [att] = parseDraft(EXAMPLE).attSatser;
      assert.ok(att, 'the example has an att-sats');
      assert.ok(text.includes(att.text.replace(/\s+/g, ' ')), `the att-sats "${att.text}" in the PDF`);
    } finally {
      rmSync(pdf, { force: true });
      rmSync(docx, { force: true });
    }
  });

  it('asks which version when exporting a medborgarförslag: with contact details for sending in, or without for publication', async () => {
    const name = 'forslag-kontakt.md';
    const target = path.join(server!.workspace, 'forslag-kontakt-med-kontaktuppgifter.docx');
    try {
      await openFile(page, name);
      await runCommand(page, 'ärende: Export to Word');
      const own = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Med kontaktuppgifter' }).first();
      await waitFor('the question which version to export', () => own.isVisible(), 15_000);
      assert.equal(await page.locator('.quick-input-widget .monaco-list-row').count(), 2, 'two versions to choose from');
      await own.click();
      await waitFor("the sender's version on disk", () => existsSync(target) && statSync(target).size > 0, 30_000);
      const text = await waitFor('pandoc to read it', () => execFileSync('pandoc', ['-t', 'plain', '--wrap=none', target], { encoding: 'utf8' }), 10_000, 300);
      assert.match(text, /inte för publicering/);
      assert.match(text, /E-post: /);
      assert.ok(!existsSync(path.join(server!.workspace, 'forslag-kontakt.docx')), 'the published version is not written');
    } finally {
      rmSync(target, { force: true });
    }
  });

  it('asks in a dialog of its own before a personnummer goes into a Word file, and writes nothing unless told to', async () => {
    const name = 'personnummer.md';
    const target = path.join(server!.workspace, 'personnummer.docx');
    assert.ok(readWorkspaceFile(server!, name).includes('811218-9876'));
    try {
      await openFile(page, name);
      await runCommand(page, 'ärende: Export to Word');
      const dialog = page.locator('.monaco-dialog-box', { hasText: 'personnummer' }).first();
      await waitFor('the dialog about the personnummer', () => dialog.isVisible(), 15_000);
      const text = await dialog.innerText();
      log('dialog:', text, await screenshot(page, 'personnummer-dialog'));
      assert.match(text, /på rad \d+: 811218-XXXX/, 'it says where the number is, masked');
      assert.ok(!text.includes('811218-9876'), 'the dialog masks the number');
      assert.match(text, /allmän handling/);
      // Enter presses the first button, "Visa numret": the number is selected in the editor, nothing is written.
      await page.keyboard.press('Enter');
      await waitFor('the number selected in the editor', () => page.locator('.editor-instance .selected-text').first().isVisible(), 10_000);
      await page.keyboard.press('Escape');
      await new Promise((r) => setTimeout(r, 1500));
      assert.ok(!existsSync(target), 'nothing written without the export button');
      // Told to: the Word file is written, with the number (the writer's decision).
      await runCommand(page, 'ärende: Export to Word');
      await waitFor('the dialog again', () => dialog.isVisible(), 15_000);
      await dialog.locator('.monaco-button', { hasText: 'Exportera med numret' }).first().click();
      await waitFor('personnummer.docx on disk', () => existsSync(target) && statSync(target).size > 0, 30_000);
    } finally {
      rmSync(target, { force: true });
    }
  });

  it("quick fix replaces 'avsandare' with 'avsändare'", async () => {
    await openFile(page, 'avsandare.md');
    const { line, column } = positionOf(readWorkspaceFile(server!, 'avsandare.md'), 'avsandare:');
    await goTo(page, line, column + 1);
    // Wait for the problem's squiggle, so the quick fix is asked for after the check ran. The misspelt key
    // is one problem (an error: the key it should be is required), not an unknown key and a missing one.
    await waitFor('the misspelt-key squiggle', () => page.locator('.editor-instance .squiggly-error').first().isVisible(), 20_000);
    await runCommand(page, 'View: Focus Problems');
    await waitFor('the misspelt key in the Problems panel', async () => (await problems(page)).some((p) => p.includes("Okänd nyckel 'avsandare'")), 20_000);
    const aboutKey = (await problems(page)).filter((p) => /Okänd nyckel 'avsandare'|Nyckeln 'avsändare' saknas/.test(p));
    assert.equal(aboutKey.length, 1, `one problem about the key: ${aboutKey.join(' | ')}`);
    await goTo(page, line, column + 1);
    const menu = await chooseQuickFix(page, /avsändare/, 'a quick fix naming avsändare');
    // Beside the rename: Fix All and the two ways to silence the problem.
    assert.match(menu, /Rätta allt som går att rätta/, `Fix All in the Ctrl+. menu: ${menu}`);
    assert.match(menu, /Ignorera här \(frontmatter-unknown-key\)/);
    assert.match(menu, /Ignorera i filen \(frontmatter-unknown-key\)/);
    await waitFor('avsändare in the editor', async () => /^avsändare:/m.test(await editorText(page)), 10_000);
    await runCommand(page, 'File: Save');
    const saved = await waitFor(
      'the fix saved to disk',
      () => {
        const text = readWorkspaceFile(server!, 'avsandare.md');
        return /^avsändare:/m.test(text) ? text : undefined;
      },
      10_000,
    );
    assert.doesNotMatch(saved, /^avsandare:/m, 'the misspelt key is gone');
    assert.equal(saved, EXAMPLE, 'the fix gives back exactly the draft it was made from');
  });

  it('new draft: the questions one step at a time, then a draft with the answers whose guidance Tab walks through', async () => {
    await runCommand(page, 'ärende: New Draft');
    const QUICK = '.quick-input-widget';
    const item = page.locator(`${QUICK} .monaco-list-row`, { hasText: /politikerinitiativ/i }).first();
    await waitFor('the kinds in a quick pick', () => item.isVisible(), 15_000);
    assert.equal(await page.locator(`${QUICK} .monaco-list-row`).count(), KIND_COUNT, 'every kind of the table to choose from');
    await item.click();
    const answer = async (prompt: RegExp, text: string | null) => {
      await waitFor(`the step ${prompt}`, async () => prompt.test(await page.locator(QUICK).innerText()), 10_000);
      if (text !== null) await page.locator(`${QUICK} input`).first().fill(text);
      await page.keyboard.press('Enter');
    };
    // A required answer left empty: the step stays, saying why.
    await answer(/Vilken kommun gäller det\?/, '');
    // (VS Code shows the reason where the question was.)
    await answer(/Skriv något här, det behövs i ärendet/, 'Sjöviks kommun');
    await waitFor('nämnd explained in plain words', async () => /En nämnd är de politiker som beslutar/.test(await page.locator(QUICK).innerText()), 10_000);
    await answer(/Vilken nämnd ska få ärendet\?/, null); // the proposed Socialnämnden
    await answer(/Vad handlar det om\?/, 'Fler platser i daglig verksamhet');
    await answer(/Vad heter du\?/, 'Kim Exempel');
    await answer(/Vilket parti företräder du\?/, 'Sjöviks framtid');
    await answer(/Vilken roll har du\?/, 'ledamot');
    await waitFor('an untitled editor', async () => /Untitled/i.test(await page.locator('.tabs-container .tab.active').innerText()), 15_000);
    const text = await waitFor(
      'the draft with the answers in the editor',
      async () => {
        const t = await editorText(page);
        return t.includes('rubrik: Fler platser i daglig verksamhet') ? t : undefined;
      },
      10_000,
    );
    assert.match(text, /^typ: politikerinitiativ$/m);
    assert.match(text, /^mottagare: Socialnämnden$/m);
    assert.match(text, /^kommun: Sjöviks kommun$/m);
    assert.match(text, /- namn: Kim Exempel/);
    // The first guidance text is selected: typing replaces it; Tab goes on to the next, which typing replaces too.
    await page.keyboard.type('Vår egen bakgrund.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Andra stycket.');
    const written = await waitFor(
      'the typed text in place of the guidance',
      async () => {
        const t = await editorText(page);
        return t.includes('Vår egen bakgrund.') && t.includes('Andra stycket.') ? t : undefined;
      },
      10_000,
    );
    assert.match(written, /## Bakgrund\n\nVår egen bakgrund\.\n\nAndra stycket\.\n/);
    assert.doesNotMatch(written, /Beskriv kort vad initiativet gäller/, 'the guidance was replaced, not added to');
    await page.keyboard.press('Escape');
    // Leave no unsaved editor (in snippet mode) for the tests after this one.
    // An untitled editor is not reverted by 'Revert File', and 'Close Editor' would ask to save it: revert and close at once.
    await runCommand(page, 'View: Revert and Close Editor');
    await waitFor('the untitled draft closed', async () => (await page.locator('.tabs-container .tab', { hasText: 'Untitled' }).count()) === 0, 10_000);
  });

  it('compiles an agenda from the chosen drafts, step by step, into a .docx that pandoc reads', async () => {
    await runCommand(page, 'Notifications: Clear All Notifications');
    const target = path.join(server!.workspace, 'kallelse-2026-12-10.docx');
    await runCommand(page, 'ärende: Compile Agenda (Kallelse)');
    const QUICK = '.quick-input-widget';
    const klar = page.locator(`${QUICK} .monaco-list-row`, { hasText: 'klar.md' }).first();
    await waitFor('the drafts of the workspace to choose from', () => klar.isVisible(), 15_000);
    assert.equal(await page.locator(`${QUICK} .monaco-list-row`).count(), Object.keys(drafts()).length, 'every draft of the workspace, and nothing else');
    // A click on the checkbox sometimes goes nowhere on a busy machine: click until the widget counts it.
    const tick = async (row: typeof klar, what: string) =>
      waitFor(
        `${what} ticked`,
        async () => {
          if (/\b1 Selected\b/.test(await page.locator(QUICK).innerText())) return true;
          await row.locator('.quick-input-list-checkbox, input[type=checkbox], .monaco-checkbox').first().click();
          return false;
        },
        10_000,
        400,
      );
    await tick(klar, 'klar.md');
    await page.keyboard.press('Enter');
    // Each step is an input box; wait for its prompt, answer, go on.
    const answer = async (prompt: RegExp, text: string | null) => {
      await waitFor(`the step ${prompt}`, async () => prompt.test(await page.locator(QUICK).innerText()), 10_000);
      if (text !== null) await page.locator(`${QUICK} input`).first().fill(text);
      await page.keyboard.press('Enter');
    };
    await answer(/Nämnd/, null); // prefilled with the draft's mottagare
    await answer(/Sammanträdets datum/, '2026-12-10');
    await answer(/Tid/, '13.00');
    await answer(/Plats/, 'Sessionssalen');
    const information = page.locator(`${QUICK} .monaco-list-row`, { hasText: 'Information' }).first();
    await waitFor('the standing items to choose from', () => information.isVisible(), 10_000);
    await tick(information, 'Information');
    await page.keyboard.press('Enter');
    const withDocs = page.locator(`${QUICK} .monaco-list-row`, { hasText: 'Med handlingar' }).first();
    await waitFor('the choice of handlingar', () => withDocs.isVisible(), 10_000);
    await withDocs.click();
    // VS Code's own save dialog (a quick input holding the proposed path): accept the proposal.
    await waitFor(
      'the save dialog proposing kallelse-2026-12-10.docx',
      async () =>
        /kallelse-2026-12-10\.docx/.test(
          await page
            .locator(`${QUICK} input`)
            .first()
            .inputValue()
            .catch(() => ''),
        ),
      15_000,
    );
    await page.keyboard.press('Enter');
    await waitFor('the agenda on disk', () => existsSync(target) && statSync(target).size > 0, 30_000);
    const text = await waitFor(
      'pandoc to read the agenda',
      () => execFileSync('pandoc', ['-t', 'plain', '--wrap=none', target], { encoding: 'utf8' }),
      10_000,
      300,
    );
    // Dates are written with Word's no-break hyphen (w:noBreakHyphen), which pandoc reads as U+2011.
    const folded = text.replace(/\s+/g, ' ').replace(/\u2011/g, '-');
    for (const expected of ['Föredragningslista', 'Socialnämnden', '2026-12-10', 'Sessionssalen', 'Val av justerare', '3. Information', `4. ${RUBRIK}`]) {
      assert.ok(folded.includes(expected), `the agenda has "${expected}"`);
    }
  });

  it("'Ignorera här' writes the comment core reads above the problem, and the problem goes; kallelse and protokoll are not offered on a draft", async () => {
    await openFile(page, 'ignorera.md');
    const closing = readWorkspaceFile(server!, 'ignorera.md').split('\n').indexOf('---', 1) + 1;
    await goTo(page, closing, 1);
    await waitFor('the missing-lagrum squiggle', () => page.locator('.editor-instance .squiggly-error').first().isVisible(), 20_000);
    await chooseQuickFix(page, /Ignorera här \(frontmatter-required\)/, "'Ignorera här'");
    await waitFor('the comment in the editor', async () => /# arende-disable-next-line frontmatter-required\n---/.test(await editorText(page)), 10_000);
    await waitFor('no error squiggle left', async () => (await page.locator('.editor-instance .squiggly-error').count()) === 0, 20_000);

    // A draft that is no meeting file: the palette has no kallelse or protokoll from a meeting file.
    const input = await openPalette(page);
    await input.fill('>ärende: ');
    await waitFor('the ärende commands listed', async () => /Export to Word/.test(await page.locator('.quick-input-widget').innerText()), 10_000);
    const listed = await page.locator('.quick-input-widget').innerText();
    assert.doesNotMatch(listed, /from the Meeting File/);
    await page.keyboard.press('Escape');
    await runCommand(page, 'File: Revert File');
  });

  it('the outline: Go to Symbol finds header keys, sections and att-satser; a header key folds', async () => {
    await openFile(page, 'klar.md');
    for (const [typed, shown] of [
      ['@avsändare', /avsändare/],
      ['@Vi föreslår', /Vi föreslår därför att/],
      ['@socialnämnden ger', /socialnämnden ger förvaltningen i uppdrag/],
    ] as const) {
      const input = await openPalette(page);
      await input.fill(typed);
      await waitFor(`${typed} among the symbols`, async () => shown.test(await page.locator('.quick-input-widget .monaco-list').innerText()), 20_000);
    }
    await page.keyboard.press('Escape');
    // The senders' list folds at its key (VS Code's own Markdown folding knows nothing of the YAML).
    const lines = readWorkspaceFile(server!, 'klar.md').split('\n');
    await goTo(page, lines.indexOf('avsändare:') + 1, 1);
    await page.keyboard.press('Control+Shift+BracketLeft'); // Fold (the palette's "Fold" would also match "Fold All")
    await waitFor(
      'the senders folded, the keys around them shown',
      async () => {
        const text = await editorText(page);
        return !/- namn: /.test(text) && /^avsändare:/m.test(text) && /^lagrum:/m.test(text);
      },
      10_000,
    );
    await runCommand(page, 'Unfold All');
  });

  it('the walkthrough: four steps (draft, problem, export, kallelse), and a step opens its command', async () => {
    await runCommand(page, 'Welcome: Open Walkthrough...');
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Get started with ärende' }).first();
    await waitFor('our walkthrough among the walkthroughs', () => row.isVisible(), 15_000);
    await row.click();
    const steps = ['Write a first draft', 'See a problem and fix it', 'Export to Word', 'Make an agenda (kallelse)'];
    await waitFor(
      'the four steps shown',
      async () => {
        const text = await page.locator('.gettingStartedContainer').first().innerText();
        return steps.every((s) => text.includes(s));
      },
      20_000,
    );
    if (process.env.ARENDE_SCREENSHOTS) await page.screenshot({ path: path.join(ROOT, 'docs/images/walkthrough.png') });
    const button = page.locator(
      '.gettingStartedContainer .getting-started-step.expanded a.monaco-button, .gettingStartedContainer .getting-started-step.expanded .monaco-button',
      {
        hasText: 'New Draft',
      },
    );
    await waitFor('the New Draft button of the first step', () => button.first().isVisible(), 10_000);
    await button.first().click();
    await waitFor('New Draft asking for the kind', async () => /politikerinitiativ/.test(await page.locator('.quick-input-widget').innerText()), 15_000);
    await page.keyboard.press('Escape');
    await runCommand(page, 'View: Close Editor');
  });

  it('Förhandsgranska: the draft as the Word document reads, beside the editor, updated as you type', async () => {
    await openFile(page, 'klar.md');
    await runDraftCommand(page, 'ärende: Preview as Word Document');
    // code-server's webview: an iframe holding the content's own iframe.
    const content = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    const rubrik = /^rubrik: (.+)$/m.exec(EXAMPLE)![1]!;
    await waitFor('the rubrik as the heading', async () => (await content.locator('h1').first().innerText()) === rubrik, 20_000);
    const page1 = await content.locator('.page').innerText();
    assert.match(page1, /Sjöviks kommun/, 'the letterhead');
    assert.match(page1, /Till Socialnämnden/);
    assert.match(page1, /1\.\s*socialnämnden ger förvaltningen i uppdrag/, 'the att-satser numbered as in Word');
    assert.match(page1, /Ingrid Vallmark/, 'the signature');
    if (process.env.ARENDE_SCREENSHOTS) await page.screenshot({ path: path.join(ROOT, 'docs/images/preview.png') });
    // Typing in the draft changes the preview.
    const line = EXAMPLE.split('\n').findIndex((l) => l.startsWith('rubrik:')) + 1;
    await goTo(page, line, `rubrik: ${rubrik}`.length + 1);
    await page.keyboard.type(' i Sjövik');
    await waitFor('the new rubrik in the preview', async () => (await content.locator('h1').first().innerText()) === `${rubrik} i Sjövik`, 20_000);
    await runCommand(page, 'File: Revert File');
    // The preview's own editor group goes too, so that the next tests have one editor group again.
    await runCommand(page, 'View: Close All Editor Groups');
    await waitFor('the preview closed', async () => (await page.locator('iframe.webview').count()) === 0, 10_000);
  });

  /**
   * After a Fix All of tva-fel.md's text: both keys right in the editor, and once saved the file is the
   * example again, its one law-first citation (citation-form, info) in standard form too. The citation is
   * read from the saved file: it is below the fold, and the editor's DOM holds only the lines in view.
   */
  async function assertFixedAndSaved(name: string): Promise<void> {
    await waitFor(
      'both keys fixed in the editor',
      async () => {
        const text = await editorText(page);
        return /^avsändare:/m.test(text) && /^mottagare:/m.test(text);
      },
      15_000,
    );
    await runCommand(page, 'File: Save');
    await waitFor('the fixes saved', () => /^mottagare:/m.test(readWorkspaceFile(server!, name)), 10_000);
    assert.equal(readWorkspaceFile(server!, name), EXAMPLE.replace('HSL 16 kap. 4 §', '16 kap. 4 § HSL'));
  }

  it('Fix All puts right every mechanical problem at once (source.fixAll.arende)', async () => {
    await openFile(page, 'tva-fel.md');
    await waitFor('the misspelt-key squiggles', () => page.locator('.editor-instance .squiggly-error').first().isVisible(), 20_000);
    await runCommand(page, 'Fix All');
    await assertFixedAndSaved('tva-fel.md');
  });

  it("the Ctrl+. menu's 'Rätta allt' (its edit made only when chosen) puts right the same", async () => {
    const name = 'tva-fel-meny.md';
    writeFileSync(path.join(server!.workspace, name), drafts()['tva-fel.md']!);
    try {
      await openFromExplorer(page, name);
      await waitFor('the misspelt-key squiggles', () => page.locator('.editor-instance .squiggly-error').first().isVisible(), 20_000);
      const { line, column } = positionOf(drafts()['tva-fel.md']!, 'avsandare:');
      await goTo(page, line, column + 1);
      // Three fixable now: the two keys and the law-first citation.
      await chooseQuickFix(page, /Rätta allt som går att rätta \(3\)/, "'Rätta allt'");
      await assertFixedAndSaved(name);
    } finally {
      rmSync(path.join(server!.workspace, name), { force: true });
    }
  });

  it('follows arende.config.json: a rule set to varning becomes a warning, a broken file is reported on itself', async () => {
    await openFile(page, 'saknar-lagrum.md');
    await runCommand(page, 'View: Focus Problems');
    const config = path.join(server!.workspace, 'arende.config.json');
    writeFileSync(config, JSON.stringify({ regler: { 'frontmatter-required': 'varning' } }));
    try {
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: "Nyckeln 'lagrum' saknas" }).first();
      await waitFor(
        'the missing-lagrum problem shown as a warning',
        async () => (await row.isVisible()) && (await row.locator('.codicon-warning').count()) > 0,
        20_000,
      );
      writeFileSync(config, '{"regler": {"frontmatter-required": "kanske"}}');
      await waitFor(
        'the broken config reported in the Problems panel',
        async () => (await problems(page)).some((p) => p.includes('arende.config.json') && p.includes('kanske')),
        20_000,
      );
      // Meanwhile the draft is checked with the defaults: the problem is an error again.
      await waitFor('the missing-lagrum problem an error again', async () => (await row.locator('.codicon-error').count()) > 0, 20_000);
    } finally {
      rmSync(config, { force: true });
    }
  });

  it("klarspråk: the readability in the status bar, a misspelt name as a spelling problem, and 'Lägg till i ordlistan' writes arende.config.json", async () => {
    const name = 'stavning.md';
    const text = EXAMPLE.replace(/^## Bakgrund\n/m, '## Bakgrund\n\nPå Vindkråkevägen finns en träffpunkt.\n');
    assert.notEqual(text, EXAMPLE);
    const config = path.join(server!.workspace, 'arende.config.json');
    writeFileSync(path.join(server!.workspace, name), text);
    try {
      await openFromExplorer(page, name);
      await waitFor(
        'the readability in the status bar',
        () =>
          page
            .locator('.statusbar-item', { hasText: /LIX \d+/ })
            .first()
            .isVisible(),
        20_000,
      );
      // The speller loads in the background after the first checks; then the open drafts are checked again.
      await runCommand(page, 'View: Focus Problems');
      const about = (p: string) => p.includes("'Vindkråkevägen' finns inte i ordlistan");
      await waitFor('the spelling problem in the Problems panel', async () => (await problems(page)).some(about), 30_000);
      const { line, column } = positionOf(text, 'Vindkråkevägen');
      await goTo(page, line, column + 1);
      await chooseQuickFix(page, /Lägg till 'Vindkråkevägen' i ordlistan/, "'Lägg till i ordlistan'");
      const written = await waitFor(
        'the word in arende.config.json',
        () => (existsSync(config) && readFileSync(config, 'utf8').includes('Vindkråkevägen') ? readFileSync(config, 'utf8') : undefined),
        10_000,
      );
      assert.deepEqual(JSON.parse(written), { ordlista: ['Vindkråkevägen'] });
      await waitFor('the spelling problem gone', async () => !(await problems(page)).some(about), 20_000);
    } finally {
      rmSync(config, { force: true });
      rmSync(path.join(server!.workspace, name), { force: true });
    }
  });

  it('speaks English when arende.language is "en": its own messages, the problems, quick fixes and hover', async () => {
    // A draft with a problem is open, in Swedish, before the setting changes: the change must check it again.
    await openFile(page, 'saknar-lagrum.md');
    await runCommand(page, 'View: Focus Problems');
    const firstFilter = page.getByPlaceholder(/^Filter \(e\.g\./).first();
    await firstFilter.fill('saknar-lagrum.md');
    try {
      await waitFor('the Swedish problem first', async () => (await problems(page)).some((p) => p.includes("Nyckeln 'lagrum' saknas")), 20_000);
    } finally {
      await firstFilter.fill('');
    }
    const settingsDir = path.join(server!.workspace, '.vscode');
    mkdirSync(settingsDir, { recursive: true });
    writeFileSync(path.join(settingsDir, 'settings.json'), JSON.stringify({ 'arende.language': 'en' }));
    try {
      await openFile(page, 'klar.md');
      // Settings are read when a command runs; give VS Code a moment to take in the file by polling the export.
      const toast = await waitFor(
        'an English notification naming klar.docx',
        async () => {
          await runCommand(page, 'ärende: Export to Word');
          const t = page.locator('.notifications-toasts .notification-toast', { hasText: 'Exported to klar.docx' }).first();
          await t.waitFor({ state: 'visible', timeout: 3000 }).catch(() => undefined);
          return (await t.isVisible()) ? t.innerText() : undefined;
        },
        30_000,
        500,
      );
      assert.match(toast, /Exported to klar\.docx/);
      // The status bar names the kind in English.
      await waitFor(
        'the English kind in the status bar',
        async () => {
          const item = page.locator('.statusbar-item', { hasText: "Councillor's initiative · no errors" }).first();
          return (await item.isVisible()) || undefined;
        },
        15_000,
      );
      // The hover over a citation: the words around the law are English, the law's own name and text Swedish.
      const { line, column } = positionOf(EXAMPLE, CITATION);
      await goTo(page, line, column + 2);
      await runCommand(page, 'Show or Focus Hover');
      const hover = await waitFor(
        'an English hover over the citation',
        async () => {
          const widget = page.locator('.monaco-hover:visible').first();
          if (!(await widget.isVisible())) return undefined;
          const text = await widget.innerText();
          return /In force on/.test(text) ? text : undefined;
        },
        15_000,
      );
      assert.match(hover, /Socialtjänstlag \(2025:400\) applies on/);
      assert.match(hover, /The statute at Riksdagen/);
      assert.doesNotMatch(hover, /Gällande|Författningstexten/);
      await page.keyboard.press('Escape');
      // The problems: changing the setting checked the open drafts again, in English, with the basis in English.
      await runCommand(page, 'View: Focus Problems');
      // The panel lists only the rows in view; with every draft's problems the one sought may be below.
      const panelFilter = page.getByPlaceholder(/^Filter \(e\.g\./).first();
      await panelFilter.fill('saknar-lagrum.md');
      try {
        const row = await waitFor(
          'the problem in English',
          async () => (await problems(page)).find((p) => p.includes("The key 'lagrum' is missing in the header")),
          15_000,
        );
        assert.match(row, /Legal basis: |Basis: /);
        assert.doesNotMatch(row, /Nyckeln|saknas|Rättslig grund/);
      } finally {
        await panelFilter.fill('');
      }
      // A quick fix's title (a draft of its own: the Swedish quick-fix test has fixed avsandare.md by now).
      writeFileSync(path.join(server!.workspace, 'engelska.md'), drafts()['avsandare.md']!);
      await openFromExplorer(page, 'engelska.md');
      const at = positionOf(drafts()['avsandare.md']!, 'avsandare:');
      await goTo(page, at.line, at.column + 1);
      // The unknown key is reported together with the missing 'avsändare' (an error), so the squiggle may be either.
      await waitFor('the unknown-key squiggle', () => page.locator('.editor-instance :is(.squiggly-warning, .squiggly-error)').first().isVisible(), 20_000);
      const title = await waitFor(
        "an English quick fix naming 'avsändare'",
        async () => {
          await runCommand(page, 'Quick Fix...');
          const row = page.locator('.action-widget .monaco-list-row', { hasText: 'avsändare' }).first();
          await row.waitFor({ state: 'visible', timeout: 3000 }).catch(() => undefined);
          const text = (await row.isVisible()) ? await row.innerText() : undefined;
          if (!text) await page.keyboard.press('Escape');
          return text;
        },
        20_000,
        500,
      );
      assert.match(title, /Rename to 'avsändare'/);
      await page.keyboard.press('Escape');
    } finally {
      rmSync(settingsDir, { recursive: true, force: true });
      rmSync(path.join(server!.workspace, 'engelska.md'), { force: true });
    }
  });
  it('a meeting file: a missing handling is a problem at its line; under handlingar the workspace files are completed; a motion shows its frist', async () => {
    // Written now, after the agenda test that counts the workspace's drafts.
    const meeting = `---
typ: sammanträde
nämnd: Socialnämnden
kommun: Sjöviks kommun
datum: 2026-12-10
ärenden:
  - handlingar:
      - klar.md
  - handlingar:
      - saknas.md
      - 
---
`;
    writeFileSync(path.join(server!.workspace, 'mote.md'), meeting);
    writeFileSync(
      path.join(server!.workspace, 'motion.md'),
      '---\ntyp: motion\nrubrik: En motion\ndatum: 2025-01-10\nväckt: 2025-01-20\nmottagare: Kommunfullmäktige\nkommun: Sjöviks kommun\navsändare:\n  - namn: Kim Exempel\n    parti: Exempelpartiet\n---\n\nSkäl.\n\n## Jag yrkar att\n\n- fullmäktige beslutar\n',
    );
    await openFromExplorer(page, 'mote.md');
    await runCommand(page, 'View: Focus Problems');
    // The panel shows only the rows in view: filter it to the meeting file's problems.
    const filter = page.getByPlaceholder(/^Filter \(e\.g\./).first();
    await filter.fill('Handlingen');
    let row: string;
    try {
      row = await waitFor(
        'the missing handling in the Problems panel',
        async () => (await problems(page)).find((p) => p.includes("Handlingen 'saknas.md' i ärende 2 finns inte")),
        20_000,
      );
      assert.ok(!(await problems(page)).some((p) => p.includes("'klar.md'")), 'klar.md exists and belongs to this nämnd and kommun');
    } finally {
      await filter.fill('');
    }
    assert.match(row, /meeting-handling-missing/);
    assert.match(row, /Ln 10, Col 9\b/, 'at the path in the meeting file');
    // Completion on the empty list item offers the workspace's files, relative to the meeting file.
    await goTo(page, 11, 9);
    await page.keyboard.press('Control+Space');
    const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: 'avsandare.md' }).first();
    await waitFor('avsandare.md among the suggestions', () => suggestion.isVisible(), 15_000);
    await page.keyboard.press('Escape');
    // A motion raised 2025-01-20 has its frist on 2026-01-20, past today: the status bar says so.
    await openFromExplorer(page, 'motion.md');
    const status = await waitFor(
      'the frist in the status bar',
      async () => {
        const item = page.locator('.statusbar-item', { hasText: 'frist' }).first();
        return (await item.isVisible()) ? item.innerText() : undefined;
      },
      15_000,
    );
    assert.match(status, /Motion · .*frist 2026-01-20 \(försenad\)/);
    rmSync(path.join(server!.workspace, 'mote.md'), { force: true });
    rmSync(path.join(server!.workspace, 'motion.md'), { force: true });
  });

  it('yrkanden in a meeting file: hover shows the att-sats before and after, att_sats completes the numbers, Visa beslutet opens the computed beslut', async () => {
    const meeting = `---
typ: sammanträde
nämnd: Socialnämnden
kommun: Sjöviks kommun
datum: 2026-12-10
ärenden:
  - rubrik: Brukarråd
    förslag:
      - Ett brukarråd inrättas.
      - Rådet träffas fyra gånger om året.
    yrkanden:
      - id: Y1
        namn: Kim Exempel
        typ: ändring
        att_sats: 2
        ersätt: fyra gånger
        med: sex gånger
        utfall: bifall
      - id: Y2
        namn: Robin Exempel
        typ: ändring
        att_sats: 
---
`;
    writeFileSync(path.join(server!.workspace, 'mote-yrkanden.md'), meeting);
    // Run on its own (--grep), just after start-up, the explorer may not have seen the new file yet: refresh it.
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: /^mote-yrkanden\.md$/ }).first();
    await waitFor(
      'mote-yrkanden.md in the explorer',
      async () => {
        if (await row.isVisible()) return true;
        await page
          .locator('.explorer-viewlet .pane-header')
          .first()
          .hover()
          .catch(() => undefined);
        await page
          .locator('.explorer-viewlet .action-label[aria-label^="Refresh Explorer"]')
          .first()
          .click({ timeout: 2_000 })
          .catch(() => undefined);
        await new Promise((r) => setTimeout(r, 1_000));
        return false;
      },
      60_000,
    );
    await openFromExplorer(page, 'mote-yrkanden.md');
    // The click left the focus in the explorer: into the editor, so that the hover command has an editor to act on.
    await page.locator('.editor-instance .view-lines').first().click();
    // Hover on Y1's `ersätt`: the att-sats before and after the ändring.
    const at = positionOf(meeting, 'ersätt: fyra');
    await goTo(page, at.line, at.column + 2);
    const hover = await waitFor(
      'the yrkande hover',
      async () => {
        const widget = page.locator('.monaco-hover:visible').first();
        if (!(await widget.isVisible())) {
          // Asked again while none shows: under load the first request can come before the providers answer.
          await runCommand(page, 'Show or Focus Hover');
          await widget.waitFor({ state: 'visible', timeout: 4_000 }).catch(() => undefined);
          return undefined;
        }
        const text = await widget.innerText();
        return /Efter ändringen/.test(text) ? text : undefined;
      },
      40_000,
    );
    assert.match(hover, /Att-sats 2 före ändringen/);
    assert.match(hover, /Rådet träffas sex gånger om året\./);
    await page.keyboard.press('Escape');
    // Completion after Y2's `att_sats: `: the förslag's numbers with their text.
    const emptyLine = meeting.split('\n').lastIndexOf('        att_sats: ') + 1;
    await goTo(page, emptyLine, '        att_sats: '.length + 1);
    await page.keyboard.press('Control+Space');
    const two = page.locator('.suggest-widget .monaco-list-row', { hasText: 'att-sats 2' }).first();
    await waitFor('att-sats 2 among the suggestions', () => two.isVisible(), 15_000);
    await page.keyboard.press('Escape');
    // And under a yrkande's `typ:` its types: "ändr" typed offers ändring, with what it means.
    const typLine = meeting.split('\n').lastIndexOf('        typ: ändring') + 1;
    await goTo(page, typLine, '        typ: ändr'.length + 1);
    await page.keyboard.press('Control+Space');
    const ändring = page.locator('.suggest-widget .monaco-list-row', { hasText: 'ändring' }).first();
    await waitFor('ändring among the suggestions', () => ändring.isVisible(), 15_000);
    await page.keyboard.press('Escape');
    // The code lens over `yrkanden:` and the command: the computed beslut, read-only beside the file.
    await waitFor('the code lens', () => page.locator('.codelens-decoration', { hasText: 'Visa beslutet' }).first().isVisible(), 15_000);
    await runCommand(page, 'ärende: Show the Decision');
    const shown = await waitFor(
      'the beslut beside the meeting file',
      async () => {
        const editors = page.locator('.editor-instance .monaco-editor');
        for (let i = 0; i < (await editors.count()); i++) {
          const text = (await editors.nth(i).locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
          if (text.includes('Beslutet enligt yrkandena')) return text;
        }
        return undefined;
      },
      20_000,
    );
    assert.match(shown, /1\. Ett brukarråd inrättas\./);
    assert.match(shown, /2\. Rådet träffas sex gånger om året\./);
    await runCommand(page, 'View: Close All Editors');
    rmSync(path.join(server!.workspace, 'mote-yrkanden.md'), { force: true });
  });

  it('a kallelse from a meeting file whose handling holds a personnummer asks first, and writes nothing when not told to', async () => {
    const meeting =
      '---\ntyp: sammanträde\nnämnd: Socialnämnden\nkommun: Sjöviks kommun\ndatum: 2026-12-10\närenden:\n  - handlingar:\n      - personnummer.md\n---\n';
    writeFileSync(path.join(server!.workspace, 'mote-pnr.md'), meeting);
    try {
      await openFromExplorer(page, 'mote-pnr.md');
      await runCommand(page, 'ärende: Agenda (Kallelse) from the Meeting File');
      // The handling has errors (its personnummer): that question first, then the personnummer's own.
      const errors = page.locator('.monaco-dialog-box', { hasText: 'har fel' }).first();
      await waitFor('the question about errors', () => errors.isVisible(), 15_000);
      await errors.locator('.monaco-button', { hasText: 'Sammanställ ändå' }).first().click();
      const dialog = page.locator('.monaco-dialog-box', { hasText: 'Personnummer i handlingarna' }).first();
      await waitFor('the dialog about the personnummer', () => dialog.isVisible(), 15_000);
      const text = await dialog.innerText();
      assert.match(text, /personnummer\.md, rad \d+: 811218-XXXX/);
      assert.match(
        await dialog
          .locator('.monaco-button')
          .allInnerTexts()
          .then((b) => b.join('|')),
        /Sammanställ med numret/,
      );
      await page.keyboard.press('Escape');
      await new Promise((r) => setTimeout(r, 1500));
      assert.ok(!(await page.locator('.quick-input-widget input').first().isVisible()), 'no save dialog: nothing is written');
    } finally {
      rmSync(path.join(server!.workspace, 'mote-pnr.md'), { force: true });
    }
  });

  // Last: the problems of every closed draft stay listed after it, crowding the panel the other tests read.
  it('checks every draft in the workspace, also those not open, with progress and a summary', async () => {
    writeFileSync(path.join(server!.workspace, 'ej-oppnad.md'), EXAMPLE.replace(/^lagrum:\n(?: {2}- .*\n)+/m, ''));
    writeFileSync(path.join(server!.workspace, 'LASMIG.md'), '# Läs mig\n\nAnteckningar, inget utkast.\n');
    try {
      // Earlier toasts (with buttons, so they stay) would push the summary into the notification centre.
      await runCommand(page, 'Notifications: Clear All Notifications');
      await runCommand(page, 'ärende: Check All Drafts in the Workspace');
      const toast = await waitFor(
        'the summary',
        async () => {
          const t = page.locator('.notifications-toasts .notification-toast', { hasText: 'Kontrollerade' }).first();
          return (await t.isVisible()) ? t.innerText() : undefined;
        },
        30_000,
      );
      const drafts = Object.keys(drafts_()).length + 1;
      assert.match(toast, new RegExp(`Kontrollerade ${drafts} utkast: \\d+ fel och \\d+ varningar`), 'every draft, and not the README');
      await runCommand(page, 'View: Focus Problems');
      const panelFilter = page.getByPlaceholder(/^Filter \(e\.g\./).first();
      await panelFilter.fill('ej-oppnad.md');
      try {
        await waitFor("the unopened draft's problem listed", async () => (await problems(page)).some((p) => p.includes("Nyckeln 'lagrum' saknas")), 15_000);
      } finally {
        await panelFilter.fill('');
      }
    } finally {
      rmSync(path.join(server!.workspace, 'ej-oppnad.md'), { force: true });
      rmSync(path.join(server!.workspace, 'LASMIG.md'), { force: true });
    }
  });
});

describe('extension in Restricted Mode (a workspace not trusted)', function () {
  this.timeout(60_000);
  let server: CodeServer | undefined;
  let page: Page;

  before(async function () {
    this.timeout(240_000);
    server = await startCodeServer(await packageExtension(), { 'saknar-lagrum.md': drafts()['saknar-lagrum.md']! }, { restricted: true });
    page = server.page;
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && server)
      console.log(`    screenshot: ${await screenshot(page, `restricted ${this.currentTest.title}`).catch(() => '')}`);
    if (server) for (let i = 0; i < 3; i++) await page.keyboard.press('Escape').catch(() => undefined);
  });
  after(async function () {
    this.timeout(30_000);
    await server?.stop();
  });

  it('checks the draft, and export asks for trust instead of writing a file', async () => {
    await openFile(page, 'saknar-lagrum.md');
    await runCommand(page, 'View: Focus Problems');
    await waitFor('the check in Restricted Mode', async () => (await problems(page)).some((p) => p.includes("Nyckeln 'lagrum' saknas")), 30_000);
    await runCommand(page, 'ärende: Export to Word');
    const dialog = page.locator('.monaco-dialog-box', { hasText: 'begränsat läge' }).first();
    await waitFor('the dialog asking for trust', () => dialog.isVisible(), 15_000);
    assert.match(await dialog.innerText(), /Hantera förtroende/);
    await page.keyboard.press('Escape');
    assert.ok(!existsSync(path.join(server!.workspace, 'saknar-lagrum.docx')), 'nothing written');
  });

  it('the PDF export asks for trust too, and writes nothing', async () => {
    await openFile(page, 'saknar-lagrum.md');
    await runDraftCommand(page, 'ärende: Export to PDF');
    const dialog = page.locator('.monaco-dialog-box', { hasText: 'begränsat läge' }).first();
    await waitFor('the dialog asking for trust', () => dialog.isVisible(), 15_000);
    assert.match(await dialog.innerText(), /Hantera förtroende/);
    await page.keyboard.press('Escape');
    for (const written of ['saknar-lagrum.pdf', 'saknar-lagrum.docx']) assert.ok(!existsSync(path.join(server!.workspace, written)), `no ${written}`);
  });
});

describe('extension without LibreOffice', function () {
  this.timeout(60_000);
  let server: CodeServer | undefined;
  let page: Page;

  before(async function () {
    this.timeout(240_000);
    // ARENDE_SOFFICE naming a program that is not there: findSoffice looks no further, as on a machine without it.
    server = await startCodeServer(await packageExtension(), { 'klar.md': drafts()['klar.md']! }, { env: { ARENDE_SOFFICE: '/nonexistent/soffice' } });
    page = server.page;
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && server)
      console.log(`    screenshot: ${await screenshot(page, `no-libreoffice ${this.currentTest.title}`).catch(() => '')}`);
    if (server) for (let i = 0; i < 3; i++) await page.keyboard.press('Escape').catch(() => undefined);
  });
  after(async function () {
    this.timeout(30_000);
    await server?.stop();
  });

  it('the PDF export says in Swedish how to install LibreOffice, and writes neither the PDF nor the Word file', async () => {
    await openFile(page, 'klar.md');
    await runDraftCommand(page, 'ärende: Export to PDF');
    const toast = await waitFor(
      'the error about LibreOffice',
      async () => {
        // Not the progress notification ("Gör PDF med LibreOffice…"), which may show for a moment first.
        const t = page.locator('.notifications-toasts .notification-toast', { hasText: 'som inte hittades' }).first();
        return (await t.isVisible()) ? t.innerText() : undefined;
      },
      30_000,
    );
    log('notification:', toast);
    assert.match(toast, /LibreOffice, som inte hittades/);
    assert.match(toast, /apt-get install libreoffice-writer-nogui/, 'how to install it');
    for (const written of ['klar.pdf', 'klar.docx']) assert.ok(!existsSync(path.join(server!.workspace, written)), `no ${written}`);
  });
});
