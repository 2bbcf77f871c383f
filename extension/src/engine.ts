/**
 * Everything that needs core: the checker, the status bar, the providers and the commands' work. Loaded
 * by extension.ts just after activation (or by the first command), so that activating the extension costs
 * VS Code no more than registering commands; see extension.ts.
 */
import * as vscode from 'vscode';
import { DraftChecker } from './checker.js';
import { DraftStatus } from './status.js';
import { clearConfigCache } from './config.js';
import { draftOf, isDraftDocument } from './drafts.js';
import { isMeeting } from '@arende/core';
import { FIX_ALL, codeActionProvider, completionProvider, hoverProvider } from './providers.js';
import { exportDocx } from './commands/export-docx.js';
import { exportPdf } from './commands/export-pdf.js';
import { newDraft } from './commands/new-draft.js';
import { compileAgenda } from './commands/compile-agenda.js';
import { checkWorkspace } from './commands/check-workspace.js';
import { listRules } from './commands/list-rules.js';
import { snippetProvider } from './snippets.js';
import { foldingProvider, symbolProvider } from './outline.js';
import { DraftPreview } from './preview.js';
import { DraftPaths } from './draft-paths.js';
import { compileMeeting } from './commands/compile-meeting.js';
import { startKlarsprak } from './klarsprak.js';
import { startYrkanden } from './yrkanden.js';
import { startLagProbe, trace, traced } from './trace.js';

const MARKDOWN: vscode.DocumentSelector = [{ language: 'markdown' }];

export interface Engine {
  checker: DraftChecker;
  exportDocx: typeof exportDocx;
  exportPdf: typeof exportPdf;
  newDraft: typeof newDraft;
  compileAgenda: typeof compileAgenda;
  checkWorkspace: () => ReturnType<typeof checkWorkspace>;
  listRules: () => ReturnType<typeof listRules>;
  compileMeeting: typeof compileMeeting;
  preview: (resource?: vscode.Uri) => Promise<void>;
  showBeslut: ReturnType<typeof startYrkanden>['showBeslut'];
}

export function start(context: vscode.ExtensionContext): Engine {
  const docs = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md');
  const checker = new DraftChecker(docs);
  const status = new DraftStatus();
  const preview = new DraftPreview();
  const updateStatus = () => {
    const document = vscode.window.activeTextEditor?.document;
    const isDraft = !!document && isDraftDocument(document);
    traced('status', '', () => status.update(isDraft ? document : undefined, isDraft ? checker.diagnosticsOf(document) : []));
  };
  const updateContextKeys = () => {
    const document = vscode.window.activeTextEditor?.document;
    const isDraft = !!document && isDraftDocument(document);
    void vscode.commands.executeCommand('setContext', 'arende.isDraft', isDraft);
    // The kallelse and protokoll commands are offered on a meeting file only.
    void vscode.commands.executeCommand('setContext', 'arende.isMeeting', isDraft && isMeeting(draftOf(document)));
  };
  const updateContext = () => {
    updateContextKeys();
    updateStatus();
  };
  // After a check the status bar comes first (VS Code sends it on the next turn of the event loop, after
  // whatever runs now); the context keys, which only a menu reads, on the turn after.
  let contextTimer: NodeJS.Timeout | undefined;

  const watcher = vscode.workspace.createFileSystemWatcher('**/arende.config.json');
  const onConfigFile = () => {
    clearConfigCache();
    checker.configChanged();
  };

  context.subscriptions.push(
    checker,
    status,
    preview,
    checker.onDidCheck(({ document }) => {
      if (document !== vscode.window.activeTextEditor?.document) return;
      updateStatus();
      clearTimeout(contextTimer);
      contextTimer = setTimeout(updateContextKeys, 0);
    }),
    { dispose: () => clearTimeout(contextTimer) },
    watcher,
    watcher.onDidChange(onConfigFile),
    watcher.onDidCreate(onConfigFile),
    watcher.onDidDelete(onConfigFile),
    vscode.workspace.onDidOpenTextDocument((d) => checker.check(d)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      trace('change', `v${e.document.version} ${e.contentChanges.length}`);
      if (e.contentChanges.length > 0) checker.schedule(e.document);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => checker.forget(d)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('arende')) checker.checkAllOpen();
    }),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    vscode.languages.registerHoverProvider(MARKDOWN, hoverProvider(checker)),
    vscode.languages.registerDocumentSymbolProvider(MARKDOWN, symbolProvider(), { label: 'ärende' }),
    vscode.languages.registerFoldingRangeProvider(MARKDOWN, foldingProvider()),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, snippetProvider()),
    new DraftPaths(checker),
    // Triggered in the frontmatter (key: value), after "## " and inside citations ("kap. ", "§ ").
    vscode.languages.registerCompletionItemProvider(MARKDOWN, completionProvider(), ':', ' ', '.'),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, codeActionProvider(checker), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL],
    }),
  );
  context.subscriptions.push({ dispose: startLagProbe() });
  checker.checkAllOpen();
  updateContext();
  startKlarsprak(context, checker);
  // A meeting file's yrkanden: hover before/after, att-sats numbers, the code lens "Visa beslutet".
  const yrkanden = startYrkanden();
  context.subscriptions.push(...yrkanden.disposables);
  return {
    checker,
    exportDocx,
    exportPdf,
    newDraft,
    compileAgenda,
    compileMeeting,
    checkWorkspace: () => checkWorkspace(checker),
    listRules: () => listRules(docs),
    preview: (resource) => preview.show(resource),
    showBeslut: yrkanden.showBeslut,
  };
}
