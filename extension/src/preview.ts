/**
 * "Förhandsgranska": a webview beside the editor showing the draft as the Word document will read (the
 * docx package's own blocks and styles, see its preview.ts), updated as you type after the same pause
 * as the checks. No file is read or written, and no script runs in the webview, so it works in
 * Restricted Mode too. One panel, following the active draft.
 */
import path from 'node:path';
import * as vscode from 'vscode';
import { draftOf, isDraftDocument } from './drafts.js';
import { t } from './texts.js';
import { CHECK_DELAY_MS } from './check-budget.js';

export class DraftPreview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && e.document === this.document) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor && editor.document !== this.document && isDraftDocument(editor.document)) {
          this.document = editor.document;
          void this.render();
        }
      }),
    );
  }

  /** Opens (or reveals) the preview of the active draft, or of `resource` when the explorer names one. */
  async show(resource?: vscode.Uri): Promise<void> {
    const document = resource ? await vscode.workspace.openTextDocument(resource) : vscode.window.activeTextEditor?.document;
    if (!document || !isDraftDocument(document)) {
      void vscode.window.showInformationMessage(t('Öppna ett utkast (en Markdown-fil med typ: i huvudet) för att förhandsgranska det.'));
      return;
    }
    this.document = document;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        'arende.preview',
        t('Förhandsgranska'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        {
          enableScripts: false,
          enableFindWidget: true,
          localResourceRoots: [],
        },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.document = undefined;
      });
    } else this.panel.reveal(vscode.ViewColumn.Beside, true);
    await this.render();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const delay = vscode.workspace.getConfiguration('arende').get<number>('checkDelay', CHECK_DELAY_MS);
    this.timer = setTimeout(() => void this.render(), delay);
  }

  private async render(): Promise<void> {
    const { panel, document } = this;
    if (!panel || !document) return;
    const { previewCss, previewHtml } = await import('@arende/docx');
    let body: string;
    try {
      body = previewHtml(draftOf(document));
    } catch (e) {
      // A draft half typed may not make a document yet: say so in the panel, and try again on the next change.
      body = `<p>${escapeHtml(t('Förhandsgranskningen kunde inte göras: {0}', (e as Error).message))}</p>`;
    }
    panel.title = t('Förhandsgranska: {0}', path.basename(document.uri.path));
    panel.webview.html = `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<style>${previewCss()}</style></head><body>${body}</body></html>`;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
