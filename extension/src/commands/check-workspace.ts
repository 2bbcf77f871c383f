/**
 * ärende: Check every draft in the workspace (Kontrollera alla utkast). Finds the Markdown files, checks
 * each draft as `arende check` would (open ones as the editor has them), puts every problem in the
 * Problems panel and shows its progress; a summary says how many drafts and problems it found.
 */
import * as vscode from 'vscode';
import { checkDraft, parseDraft } from '@arende/core';
import { nodeFileProbe } from '@arende/core/node';
import type { DraftChecker } from '../checker.js';
import { configFor } from '../config.js';
import { looksLikeDraft } from '../detect.js';
import { t } from '../texts.js';

export interface WorkspaceCheck {
  drafts: number;
  errors: number;
  warnings: number;
}

export async function checkWorkspace(checker: DraftChecker): Promise<WorkspaceCheck | undefined> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('Kontrollerar utkasten'), cancellable: true },
    async (progress, token) => {
      const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/node_modules/**');
      const result: WorkspaceCheck = { drafts: 0, errors: 0, warnings: 0 };
      for (const [i, uri] of files.entries()) {
        if (token.isCancellationRequested) return undefined;
        progress.report({ message: `${i + 1}/${files.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / files.length });
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        if (!looksLikeDraft(text)) continue;
        const diagnostics = open
          ? checker.check(open)
          : checkDraft(parseDraft(text, { path: uri.fsPath, incremental: false }), {
              config: configFor(uri).config,
              files: uri.scheme === 'file' ? nodeFileProbe() : undefined,
            });
        if (!open) checker.show(uri, diagnostics);
        result.drafts++;
        result.errors += diagnostics.filter((d) => d.severity === 'error').length;
        result.warnings += diagnostics.filter((d) => d.severity === 'warning').length;
        // Let the editor breathe between files in a large workspace.
        await new Promise((r) => setTimeout(r, 0));
      }
      const showProblems = t('Visa problemen');
      void vscode.window
        .showInformationMessage(t('Kontrollerade {0} utkast: {1} fel och {2} varningar.', result.drafts, result.errors, result.warnings), showProblems)
        .then((choice) => {
          if (choice === showProblems) void vscode.commands.executeCommand('workbench.actions.view.problems');
        });
      return result;
    },
  );
}
