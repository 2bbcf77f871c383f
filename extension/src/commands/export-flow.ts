/**
 * What ärende: Exportera till Word and ärende: Exportera till PDF share: which draft, the checks and the
 * questions before anything is made (errors, a personnummer in a dialog of its own, which version of a
 * medborgarförslag), the .docx as the editor shows the draft (unsaved changes included, the kommun's
 * template, the images next to it), where the files go, and the messages after. The commands
 * (export-docx.ts, export-pdf.ts) differ only in what they write.
 */
import * as vscode from 'vscode';
import { fileNameFromRubrik } from '../file-name.js';
import { t } from '../texts.js';
import path from 'node:path';
import { checkDraft, kindByName, maskedIdentityNumber, type Draft } from '@arende/core';
import { nodeFileProbe } from '@arende/core/node';
import { personnummerDetail, personnummerIn } from '../personnummer.js';
import { configFor } from '../config.js';
import { draftOf, isDraftDocument } from '../drafts.js';

/** A draft the user has agreed to export, with the version chosen. */
export interface ExportRequest {
  document: vscode.TextDocument;
  draft: Draft;
  /** The draft's file, when it is saved on disk (an Untitled draft has none). */
  draftPath?: string;
  withContactDetails: boolean;
}

/**
 * The draft to export (the clicked file, else the active editor), after the checks and questions.
 * undefined when there is no draft or the user says no to any question: then nothing is written.
 */
export async function askToExport(resource?: vscode.Uri): Promise<ExportRequest | undefined> {
  const document = resource ? await vscode.workspace.openTextDocument(resource) : vscode.window.activeTextEditor?.document;
  if (!document || !isDraftDocument(document)) {
    void vscode.window.showErrorMessage(t('Öppna ett utkast (en Markdown-fil med typ: i huvudet) för att exportera det.'));
    return undefined;
  }
  const draftPath = document.uri.scheme === 'file' ? document.uri.fsPath : undefined;
  // The model the checker already holds for this version (the export sees exactly what the editor shows).
  const draft = draftOf(document);
  const errors = checkDraft(draft, { config: configFor(document.uri).config, files: draftPath ? nodeFileProbe() : undefined }).filter(
    (d) => d.severity === 'error',
  );
  // A personnummer is asked about on its own, in a dialog that cannot be missed: once exported it is in a
  // document that becomes public (the CLI refuses it without --force; the web page refuses it).
  const [found] = personnummerIn([{ name: path.basename(document.uri.fsPath || document.uri.path), draft }]);
  if (found) {
    const first = found.numbers[0]!;
    const at = draft.pointAt(first.start);
    // "Visa numret" comes first: it is the button Enter presses, and it loses nothing.
    const show = t('Visa numret');
    const exportAnyway = t('Exportera med numret');
    const choice = await vscode.window.showWarningMessage(
      found.numbers.length === 1
        ? t('Utkastet innehåller ett personnummer, på rad {0}: {1}.', at.line, maskedIdentityNumber(first))
        : t('Utkastet innehåller {0} personnummer, det första på rad {1}: {2}.', found.numbers.length, at.line, maskedIdentityNumber(first)),
      { modal: true, detail: personnummerDetail() },
      show,
      exportAnyway,
    );
    if (choice === show) {
      const editor = await vscode.window.showTextDocument(document);
      const range = new vscode.Range(document.positionAt(first.start), document.positionAt(first.end));
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
    if (choice !== exportAnyway) return undefined;
  } else if (errors.length > 0) {
    const exportAnyway = t('Exportera ändå');
    const showProblems = t('Visa problemen');
    const choice = await vscode.window.showWarningMessage(
      t('Utkastet har {0} fel. Ett utkast med fel bör inte gå till nämnden.', errors.length),
      exportAnyway,
      showProblems,
    );
    if (choice === showProblems) await vscode.commands.executeCommand('workbench.actions.view.problems');
    if (choice !== exportAnyway) return undefined;
  }

  const withContactDetails = await askVersion(draft);
  if (withContactDetails === undefined) return undefined;
  return { document, draft, draftPath, withContactDetails };
}

/**
 * Where the export goes: `<draft><suffix>.<extension>` next to a saved draft (suffix
 * `-med-kontaktuppgifter` for the sender's copy), else where the user saves it.
 */
export async function exportTarget(request: ExportRequest, extension: 'docx' | 'pdf'): Promise<vscode.Uri | undefined> {
  const suffix = request.withContactDetails ? '-med-kontaktuppgifter' : '';
  if (request.draftPath) return vscode.Uri.file(`${request.draftPath.replace(/\.(md|markdown)$/i, '')}${suffix}.${extension}`);
  const filters: Record<string, string[]> = extension === 'pdf' ? { PDF: ['pdf'] } : { Word: ['docx'] };
  // An unsaved draft: its rubrik as the name, in the workspace's first folder.
  const name = fileNameFromRubrik(request.draft.metadata.rubrik, extension);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const defaultUri = name ? (folder ? vscode.Uri.joinPath(folder, name) : vscode.Uri.file(name)) : undefined;
  return vscode.window.showSaveDialog({ filters, saveLabel: t('Exportera'), ...(defaultUri ? { defaultUri } : {}) });
}

/**
 * The .docx bytes of the draft: the kommun's template from arende.config.json ("mall"), and the images
 * next to a saved draft. Throws the docx package's TemplateError/ImageError (see shownAsMessage).
 */
export async function renderDocx(request: ExportRequest): Promise<Uint8Array> {
  // Loaded on first export only, so that opening a draft stays quick.
  const { exportDraft } = await import('@arende/docx');
  const node = await import('@arende/docx/node');
  const mall = configFor(request.document.uri).config.mall;
  const template = mall ? await node.readTemplate(mall) : undefined;
  const images = request.draftPath ? await node.loadImages(request.draft) : undefined;
  return exportDraft(request.draft, { images, template, withContactDetails: request.withContactDetails });
}

/** Writes an export with the safe write: never over the draft, never over a file open in Word. */
export async function writeExport(target: vscode.Uri, bytes: Uint8Array, request: ExportRequest, extension: 'docx' | 'pdf'): Promise<void> {
  const { writeFileSafely } = await import('@arende/docx/node');
  await writeFileSafely(target.fsPath, bytes, {
    protect: request.draftPath ? [request.draftPath] : [],
    label: path.basename(target.fsPath),
    extension: `.${extension}`,
  });
}

/**
 * Shows an error the export's parts say to the user in Swedish (a file open in Word, a broken template,
 * a missing image, LibreOffice missing or failing) and returns true; false for anything else, a bug,
 * which the caller rethrows.
 */
export async function shownAsMessage(e: unknown): Promise<boolean> {
  const node = await import('@arende/docx/node');
  if (e instanceof node.WriteError || e instanceof node.TemplateError || e instanceof node.ImageError || e instanceof node.PdfError) {
    void vscode.window.showErrorMessage(e.message);
    return true;
  }
  return false;
}

/** The message after an export, naming the file(s), with a button that shows the first in its folder. */
export function showExported(message: string, target: vscode.Uri): void {
  const reveal = t('Visa i mappen');
  void vscode.window.showInformationMessage(message, reveal).then((choice) => {
    if (choice === reveal) void vscode.commands.executeCommand('revealFileInOS', target);
  });
}

/**
 * For a draft whose senders are private persons and that carries their contact details (a
 * medborgarförslag), asks which version to export: the published one without them (the default),
 * or the sender's own copy for sending in. false/true, or undefined when the user cancels.
 */
async function askVersion(draft: Draft): Promise<boolean | undefined> {
  const privateSenders = kindByName(draft.kind)?.features.privateSenders ?? false;
  const hasContact = draft.senders.some((p) => p.adress || p['e-post'] || p.telefon);
  if (!privateSenders || !hasContact) return false;
  const published = { label: t('Utan kontaktuppgifter'), detail: t('Den version som kan publiceras och läggas i kallelsen.'), contact: false };
  const own = {
    label: t('Med kontaktuppgifter (för inlämning)'),
    detail: t('Avsändarens exemplar med adress, e-post och telefon. Ska inte publiceras.'),
    contact: true,
  };
  const choice = await vscode.window.showQuickPick([published, own], { title: t('Vilken version ska exporteras?'), ignoreFocusOut: true });
  return choice?.contact;
}
