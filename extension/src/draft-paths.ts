/**
 * The context key `arende.draftPaths`: the paths of the workspace's drafts, so that the explorer offers
 * "Exportera till Word", "Exportera till PDF" and "Sammanställ kallelse…" on drafts only, not on every Markdown file. Filled
 * by one scan of the workspace's Markdown files (the first lines of each) and kept up by a watcher
 * and by every check of an open document.
 */
import * as vscode from 'vscode';
import type { DraftChecker } from './checker.js';
import { looksLikeDraft } from './detect.js';
import { isDraftDocument } from './drafts.js';

export class DraftPaths implements vscode.Disposable {
  private readonly paths = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(checker: DraftChecker) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((u) => void this.read(u)),
      watcher.onDidChange((u) => void this.read(u)),
      watcher.onDidDelete((u) => this.set(u, false)),
      checker.onDidCheck(({ document }) => {
        if (document.uri.scheme === 'file') this.set(document.uri, isDraftDocument(document));
      }),
    );
    void this.scan();
  }

  private async scan(): Promise<void> {
    const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/node_modules/**', 5000);
    for (const uri of files) await this.read(uri);
  }

  private async read(uri: vscode.Uri): Promise<void> {
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      // A draft says so in its first lines (looksLikeDraft reads up to 200): 16 kB is plenty.
      this.set(uri, looksLikeDraft(new TextDecoder().decode(bytes.subarray(0, 16_384))));
    } catch {
      this.set(uri, false);
    }
  }

  private set(uri: vscode.Uri, isDraft: boolean): void {
    if (uri.scheme !== 'file' || this.paths.has(uri.fsPath) === isDraft) return;
    if (isDraft) this.paths.add(uri.fsPath);
    else this.paths.delete(uri.fsPath);
    // One context update per burst of changes.
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void vscode.commands.executeCommand('setContext', 'arende.draftPaths', [...this.paths]), 50);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
