/**
 * The VS Code extension: a thin adapter over core. Activation only registers the commands; core (the
 * parser, the schemas, the rules, the citation registry: ~0.5 MB of code that takes 150–250 ms to load)
 * is loaded from engine.js once a Markdown document is open, just after activation returns, or by the
 * first command that needs it. VS Code waits for activate(); it need not wait for core.
 *
 * Activation is on onStartupFinished, not onLanguage:markdown: the built-in Markdown extension activates
 * on that same event, and VS Code counts the time our code waits behind its start-up as ours (464–820 ms
 * measured). A window without Markdown pays for this file only.
 */
import * as vscode from 'vscode';
import type * as EngineModule from './engine.js';
import { t } from './texts.js';
import { TASK_TYPE, taskProvider } from './tasks.js';

/**
 * In Restricted Mode (a workspace not trusted) the checks, hover and completion run: they only read the
 * open text. What writes files (export, kallelse) asks for trust first, and does nothing without it.
 */
async function trusted(): Promise<boolean> {
  if (vscode.workspace.isTrusted) return true;
  const manage = t('Hantera förtroende');
  const choice = await vscode.window.showWarningMessage(
    t('Arbetsytan är i begränsat läge. Export skriver filer och görs bara i en arbetsyta du litar på; kontrollerna fungerar ändå.'),
    { modal: true },
    manage,
  );
  if (choice === manage) await vscode.commands.executeCommand('workbench.trust.manage');
  return false;
}

export interface Api {
  /** The started engine (loads it if it is not yet). */
  readonly engine: EngineModule.Engine;
}

export function activate(context: vscode.ExtensionContext): Api {
  let engine: EngineModule.Engine | undefined;
  const started = (): EngineModule.Engine => {
    // A separate bundle next to this one (extension/scripts/build.mjs), required at run time.
    engine ??= (require('./engine.js') as typeof EngineModule).start(context);
    return engine;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('arende.exportDocx', async (resource?: vscode.Uri) => ((await trusted()) ? started().exportDocx(resource) : undefined)),
    vscode.commands.registerCommand('arende.exportPdf', async (resource?: vscode.Uri) => ((await trusted()) ? started().exportPdf(resource) : undefined)),
    vscode.commands.registerCommand('arende.newDraft', () => started().newDraft()),
    vscode.commands.registerCommand('arende.compileAgenda', async (clicked?: vscode.Uri, selected?: vscode.Uri[]) =>
      (await trusted()) ? started().compileAgenda(clicked, selected) : undefined,
    ),
    vscode.commands.registerCommand('arende.checkWorkspace', () => started().checkWorkspace()),
    // No trust asked: the preview writes nothing.
    vscode.commands.registerCommand('arende.preview', (resource?: vscode.Uri) => started().preview(resource)),
    vscode.commands.registerCommand('arende.listRules', () => started().listRules()),
    vscode.commands.registerCommand('arende.compileKallelse', async (resource?: vscode.Uri) =>
      (await trusted()) ? started().compileMeeting('kallelse', resource) : undefined,
    ),
    // Writes nothing (a read-only document beside the meeting file): no trust asked.
    vscode.commands.registerCommand('arende.showBeslut', (resource?: vscode.Uri, index?: number) => started().showBeslut(resource, index)),
    vscode.commands.registerCommand('arende.compileProtokoll', async (resource?: vscode.Uri) =>
      (await trusted()) ? started().compileMeeting('protokoll', resource) : undefined,
    ),
  );
  // The tasks need no core: they run the CLI.
  context.subscriptions.push(vscode.tasks.registerTaskProvider(TASK_TYPE, taskProvider()));
  let timer: NodeJS.Timeout | undefined;
  const startSoon = () => {
    if (engine || timer) return;
    timer = setTimeout(started, 0);
    context.subscriptions.push({ dispose: () => clearTimeout(timer) });
  };
  if (vscode.workspace.textDocuments.some((d) => d.languageId === 'markdown')) startSoon();
  else {
    const waiting = vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.languageId !== 'markdown') return;
      waiting.dispose();
      startSoon();
    });
    context.subscriptions.push(waiting);
  }
  return {
    get engine() {
      return started();
    },
  };
}

export function deactivate(): void {}
