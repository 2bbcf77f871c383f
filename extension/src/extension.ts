/**
 * The VS Code extension: a thin adapter over core. activate() wires the diagnostics, the providers
 * and the commands; every check, hover text, completion and fix comes from core as plain data.
 */
import * as vscode from 'vscode';
import { DraftChecker } from './checker.js';
import { DraftStatus } from './status.js';
import { clearConfigCache } from './config.js';
import { isDraftDocument } from './drafts.js';
import { FIX_ALL, codeActionProvider, completionProvider, hoverProvider } from './providers.js';
import { exportDocx } from './commands/export-docx.js';
import { newDraft } from './commands/new-draft.js';
import { compileAgenda } from './commands/compile-agenda.js';

const MARKDOWN: vscode.DocumentSelector = [{ language: 'markdown' }];

export function activate(context: vscode.ExtensionContext): { checker: DraftChecker } {
  const checker = new DraftChecker(vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md'));
  const status = new DraftStatus();
  const updateContext = () => {
    const document = vscode.window.activeTextEditor?.document;
    const isDraft = !!document && isDraftDocument(document);
    void vscode.commands.executeCommand('setContext', 'arende.isDraft', isDraft);
    status.update(isDraft ? document : undefined, isDraft ? checker.diagnosticsOf(document) : []);
  };

  const watcher = vscode.workspace.createFileSystemWatcher('**/arende.config.json');
  const onConfigFile = () => {
    clearConfigCache();
    checker.configChanged();
  };

  context.subscriptions.push(
    checker,
    status,
    checker.onDidCheck(({ document }) => {
      if (document === vscode.window.activeTextEditor?.document) updateContext();
    }),
    watcher,
    watcher.onDidChange(onConfigFile),
    watcher.onDidCreate(onConfigFile),
    watcher.onDidDelete(onConfigFile),
    vscode.workspace.onDidOpenTextDocument((d) => checker.check(d)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0) checker.schedule(e.document);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => checker.forget(d)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('arende')) checker.checkAllOpen();
    }),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    vscode.languages.registerHoverProvider(MARKDOWN, hoverProvider()),
    // Triggered in the frontmatter (key: value), after "## " and inside citations ("kap. ", "§ ").
    vscode.languages.registerCompletionItemProvider(MARKDOWN, completionProvider(), ':', ' ', '.'),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, codeActionProvider(checker), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL],
    }),
    vscode.commands.registerCommand('arende.exportDocx', (resource?: vscode.Uri) => exportDocx(resource)),
    vscode.commands.registerCommand('arende.newDraft', () => newDraft()),
    vscode.commands.registerCommand('arende.compileAgenda', (clicked?: vscode.Uri, selected?: vscode.Uri[]) => compileAgenda(clicked, selected)),
  );
  checker.checkAllOpen();
  updateContext();
  return { checker };
}

export function deactivate(): void {}
