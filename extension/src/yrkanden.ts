/**
 * The yrkanden of a meeting file in the editor (issue 20): hover on a yrkande shows the att-sats before and
 * after it; completion under `att_sats:` and `efter:` offers the förslag's att-sats numbers with their text;
 * a code lens "Visa beslutet" above each item's `yrkanden:` (and the command ärende: Visa beslutet) opens
 * the beslut the yrkanden give, read-only beside the file. core's yrkande-view.ts computes all of it, as
 * the protokoll does; this file only maps it. Under `typ:` and `utfall:` in a yrkande, its types and outcomes.
 */
import * as vscode from 'vscode';
import {
  attSatsChoices,
  yrkandeValueChoices,
  beslutViews,
  isMeeting,
  resolveMeeting,
  yrkandeAt,
  yrkandeHover,
  type HandlingLoader,
  type ResolvedMeeting,
} from '@arende/core';
import { draftOf, isDraftDocument } from './drafts.js';
import { editorHandlingLoader } from './handlingar.js';
import { bilingual, t } from './texts.js';
import { toRange } from './convert.js';
import { traced } from './trace.js';

export const SHOW_BESLUT = 'arende.showBeslut';
/** The read-only documents "Visa beslutet" opens: arende-beslut:/<meeting file>.md?<uri of the file>. */
export const BESLUT_SCHEME = 'arende-beslut';

const MARKDOWN: vscode.DocumentSelector = [{ language: 'markdown' }];
const nothing: HandlingLoader = () => ({ exists: false });
/** The documents VS Code was last given lenses for. */
const hadLenses = new WeakSet<vscode.TextDocument>();

/** The open meeting file with its handlingar (unsaved ones as the editor has them); undefined for other documents. */
function meetingOf(document: vscode.TextDocument): ResolvedMeeting | undefined {
  if (!isDraftDocument(document)) return undefined;
  const draft = draftOf(document);
  if (!isMeeting(draft)) return undefined;
  return resolveMeeting(draft, editorHandlingLoader(document.uri) ?? nothing);
}

function hoverProvider(): vscode.HoverProvider {
  return {
    provideHover(document, position) {
      const resolved = meetingOf(document);
      const at = resolved && yrkandeAt(resolved, document.offsetAt(position));
      const text = at && yrkandeHover(at);
      return text ? new vscode.Hover(new vscode.MarkdownString(bilingual(text))) : undefined;
    },
  };
}

function completionProvider(): vscode.CompletionItemProvider {
  return {
    provideCompletionItems(document, position) {
      const line = document.lineAt(position.line).text.slice(0, position.character);
      const key = /^\s*(?:-\s+)?(att_sats|efter|typ|utfall):\s*([\p{L}\d]*)$/u.exec(line);
      if (!key) return undefined;
      const resolved = meetingOf(document);
      // At the key, not the cursor: a value not yet written leaves the cursor past the yrkande's (trimmed) end.
      const keyAt = new vscode.Position(position.line, document.lineAt(position.line).firstNonWhitespaceCharacterIndex);
      const at = resolved && yrkandeAt(resolved, document.offsetAt(keyAt));
      if (!at) return undefined;
      const typed = key[2]!.length;
      const range = new vscode.Range(position.line, position.character - typed, position.line, position.character);
      const item = (label: string | vscode.CompletionItemLabel, detail: string, i: number) => {
        const c = new vscode.CompletionItem(label, vscode.CompletionItemKind.EnumMember);
        c.detail = detail;
        c.documentation = new vscode.MarkdownString().appendText(detail);
        c.range = range;
        c.sortText = String(i).padStart(3, '0');
        return c;
      };
      if (key[1] === 'typ' || key[1] === 'utfall') {
        // The yrkande's type and outcome, each with what it means.
        return yrkandeValueChoices(key[1]).map((c, i) => item(c.value, bilingual(c.detail), i));
      }
      return attSatsChoices(at.item, key[1] as 'att_sats' | 'efter').map((c, i) =>
        item({ label: String(c.value), description: bilingual(c.label) }, c.detail, i),
      );
    },
  };
}

function codeLensProvider(changed: vscode.Event<void>): vscode.CodeLensProvider {
  return {
    onDidChangeCodeLenses: changed,
    provideCodeLenses(document) {
      const resolved = traced('provider.codeLens', `v${document.version}`, () => meetingOf(document));
      if (!resolved) {
        hadLenses.delete(document);
        return undefined;
      }
      hadLenses.add(document);
      return beslutViews(resolved).map(
        (v) =>
          new vscode.CodeLens(toRange(v.range), {
            title: v.computed ? t('Visa beslutet') : t('Visa beslutet (inget utfall ännu)'),
            command: SHOW_BESLUT,
            arguments: [document.uri, v.index],
          }),
      );
    },
  };
}

/** The beslut of every item with yrkanden (or of one), as Markdown. */
export function beslutMarkdown(document: vscode.TextDocument, index?: number): string | undefined {
  const resolved = meetingOf(document);
  if (!resolved) return undefined;
  const views = beslutViews(resolved).filter((v) => index === undefined || v.index === index);
  const title = `# ${t('Beslutet enligt yrkandena')}`;
  if (!views.length) return `${title}\n\n${t('Inget ärende i mötesfilen har yrkanden.')}\n`;
  return `${title}\n\n${views.map((v) => bilingual(v.markdown)).join('\n\n')}\n`;
}

/** ärende: Visa beslutet: for the code lens's item, else every item of the active meeting file. */
async function showBeslut(resource?: vscode.Uri, index?: number): Promise<vscode.TextEditor | undefined> {
  const document = resource ? await vscode.workspace.openTextDocument(resource) : vscode.window.activeTextEditor?.document;
  if (!document || !meetingOf(document)) {
    void vscode.window.showErrorMessage(t('Öppna en mötesfil (typ: sammanträde) med yrkanden först.'));
    return undefined;
  }
  const name = document.uri.path.split('/').pop() ?? 'beslut.md';
  const query = new URLSearchParams({ source: document.uri.toString(), ...(index !== undefined ? { item: String(index) } : {}) }).toString();
  const uri = vscode.Uri.from({ scheme: BESLUT_SCHEME, path: `/${name.replace(/\.md$/i, '')}-beslut.md`, query });
  // The path ends in .md: VS Code opens it as Markdown (Open Preview works on it too).
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
}

/** The read-only beslut documents, updated as the meeting file changes. */
class BeslutDocuments implements vscode.TextDocumentContentProvider {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  private readonly open = new Set<string>();

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    this.open.add(uri.toString());
    const q = new URLSearchParams(uri.query);
    const source = q.get('source');
    const item = q.get('item');
    const document = source ? await vscode.workspace.openTextDocument(vscode.Uri.parse(source)) : undefined;
    return (document && beslutMarkdown(document, item === null ? undefined : Number(item))) ?? t('Mötesfilen är inte öppen.');
  }

  /** The meeting file changed: the beslut shown from it is computed again. */
  changed(document: vscode.TextDocument): void {
    for (const u of this.open)
      if (new URLSearchParams(vscode.Uri.parse(u).query).get('source') === document.uri.toString()) this.emitter.fire(vscode.Uri.parse(u));
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

/** Registers hover, completion, code lens, the command's documents; the command itself is registered in extension.ts. */
export function startYrkanden(): { disposables: vscode.Disposable[]; showBeslut: typeof showBeslut } {
  const documents = new BeslutDocuments();
  const lenses = new vscode.EventEmitter<void>();
  return {
    showBeslut,
    disposables: [
      documents,
      lenses,
      vscode.workspace.registerTextDocumentContentProvider(BESLUT_SCHEME, documents),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.scheme === BESLUT_SCHEME || e.contentChanges.length === 0) return;
        documents.changed(e.document);
        // Only a meeting file has lenses (or had them, when it stops being one): for any other document
        // VS Code would ask for its lenses again at every keystroke, for nothing.
        if (hadLenses.has(e.document) || (isDraftDocument(e.document) && isMeeting(draftOf(e.document)))) lenses.fire();
      }),
      vscode.languages.registerHoverProvider(MARKDOWN, hoverProvider()),
      vscode.languages.registerCompletionItemProvider(MARKDOWN, completionProvider(), ':', ' '),
      vscode.languages.registerCodeLensProvider(MARKDOWN, codeLensProvider(lenses.event)),
    ],
  };
}
