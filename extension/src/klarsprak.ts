/**
 * Klarspråk in the editor: the Swedish speller loaded in the background, "Lägg till i ordlistan" as a
 * quick fix on a spelling problem, and the readability of the active draft in the status bar. Kept in
 * its own file so that the rest of the extension only calls `startKlarsprak`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { loadNodeSpeller } from '@arende/core/speller-node';
import { CONFIG_FILE, draftReadability, lixLevel, lixTarget, readabilitySummary, setSpeller } from '@arende/core';
import { findConfigFile } from '@arende/core/node';
import type { DraftChecker } from './checker.js';
import { configFor } from './config.js';
import { draftOf, isDraftDocument } from './drafts.js';
import { bilingual, language } from './texts.js';
import { traced } from './trace.js';

const ADD_WORD = 'arende.addToWordList';
const MARKDOWN: vscode.DocumentSelector = [{ language: 'markdown' }];

export function startKlarsprak(context: vscode.ExtensionContext, checker: DraftChecker): void {
  const item = vscode.window.createStatusBarItem('arende.readability', vscode.StatusBarAlignment.Left, 49);
  item.name = 'ärende: läsbarhet';
  let timer: NodeJS.Timeout | undefined;
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (document && isDraftDocument(document)) traced('readability', '', () => showReadability(item, document));
    else item.hide();
  };
  context.subscriptions.push(
    item,
    checker.onDidCheck(({ document }) => {
      // After the problems and their count are on their way to VS Code: the next turn of the event loop.
      if (document !== vscode.window.activeTextEditor?.document) return;
      clearTimeout(timer);
      timer = setTimeout(update, 0);
    }),
    { dispose: () => clearTimeout(timer) },
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.commands.registerCommand(ADD_WORD, (uri: vscode.Uri, word: string) => addToWordList(uri, word)),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, wordListActions(), { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
  );
  update();
  // Hunspell and the 2.3 MB dictionary take about a second: loaded after the first checks, in the
  // background; the rule `spelling` says nothing until then, and every open draft is checked again after.
  setTimeout(() => {
    loadNodeSpeller({ suggestions: true }).then(
      (speller) => {
        setSpeller(speller);
        checker.checkAllOpen();
      },
      (e: Error) => console.warn(`ärende: stavningskontrollen görs inte: ${e.message}`),
    );
  }, 500);
}

function showReadability(item: vscode.StatusBarItem, document: vscode.TextDocument): void {
  const draft = draftOf(document);
  const config = configFor(document.uri).config;
  const r = draftReadability(draft, config);
  if (r.total.lix === null) {
    item.hide();
    return;
  }
  const target = lixTarget(draft.kind, config);
  const summary = readabilitySummary(r, target);
  const en = language() === 'en';
  item.text = `$(book) LIX ${Math.round(r.total.lix)}`;
  const lines = r.sections.map((s) => {
    const name = s.heading || (en ? '(before the first heading)' : '(före första rubriken)');
    const level = s.lix === null ? '' : bilingual(lixLevel(s.lix));
    return `${name}: LIX ${s.lix === null ? '–' : Math.round(s.lix)} ${level}, ${s.counts.words} ${en ? 'words' : 'ord'}`;
  });
  item.tooltip = [bilingual(summary), '', ...lines].join('\n');
  item.show();
}

function wordListActions(): vscode.CodeActionProvider {
  return {
    provideCodeActions(document, _range, context) {
      if (!isDraftDocument(document) || document.uri.scheme !== 'file') return undefined;
      const out: vscode.CodeAction[] = [];
      for (const d of context.diagnostics) {
        const rule = typeof d.code === 'object' ? d.code.value : d.code;
        if (d.source !== 'arende' || rule !== 'spelling') continue;
        const word = document.getText(d.range);
        const title = language() === 'en' ? `Add '${word}' to the word list (arende.config.json)` : `Lägg till '${word}' i ordlistan (arende.config.json)`;
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [d];
        action.command = { command: ADD_WORD, title, arguments: [document.uri, word] };
        out.push(action);
      }
      return out;
    },
  };
}

/**
 * Adds a word to "ordlista" in the nearest arende.config.json (made in the workspace folder when there is
 * none), keeping every other key. The config watcher then checks the open drafts again.
 */
function addToWordList(uri: vscode.Uri, word: string): void {
  const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath ?? path.dirname(uri.fsPath);
  const file = findConfigFile(path.dirname(uri.fsPath)) ?? path.join(folder, CONFIG_FILE);
  let data: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      void vscode.window.showErrorMessage(
        language() === 'en'
          ? `${file} is not valid JSON; the word was not added (${(e as Error).message}).`
          : `${file} är inte giltig JSON; ordet lades inte till (${(e as Error).message}).`,
      );
      return;
    }
  }
  const list = Array.isArray(data.ordlista) ? (data.ordlista as unknown[]).filter((w): w is string => typeof w === 'string') : [];
  if (!list.includes(word)) list.push(word);
  data.ordlista = list;
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}
