/**
 * ärende: Export to Word. Exports the draft as the editor shows it (unsaved changes included) to
 * `<draft>.docx` next to it, through the same export and safe write as `arende export`: a draft with
 * errors is exported only when the user says so (a personnummer in a dialog of its own), the draft itself is never overwritten, and a target
 * open in Word is left alone with a message saying why.
 */
import * as vscode from 'vscode';
import { t } from '../texts.js';
import path from 'node:path';
import { checkDraft, kindByName, maskedIdentityNumber, nodeFileProbe, type Draft } from '@arende/core';
import { personnummerDetail, personnummerIn } from '../personnummer.js';
import { configFor } from '../config.js';
import { draftOf, isDraftDocument } from '../drafts.js';

export async function exportDocx(resource?: vscode.Uri): Promise<vscode.Uri | undefined> {
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

  const suffix = withContactDetails ? '-med-kontaktuppgifter' : '';
  const target = draftPath
    ? vscode.Uri.file(`${draftPath.replace(/\.(md|markdown)$/i, '')}${suffix}.docx`)
    : await vscode.window.showSaveDialog({ filters: { Word: ['docx'] }, saveLabel: t('Exportera') });
  if (!target) return undefined;

  // Loaded on first export only, so that opening a draft stays quick.
  const { exportDraft, writeFileSafely, WriteError } = await import('@arende/docx');
  const node = await import('@arende/docx/node');
  try {
    // The kommun's template from arende.config.json ("mall"), and the images next to a saved draft.
    const mall = configFor(document.uri).config.mall;
    const template = mall ? await node.readTemplate(mall) : undefined;
    const images = draftPath ? await node.loadImages(draft) : undefined;
    await writeFileSafely(target.fsPath, exportDraft(draft, { images, template, withContactDetails }), {
      protect: draftPath ? [draftPath] : [],
      label: path.basename(target.fsPath),
    });
  } catch (e) {
    if (e instanceof WriteError || e instanceof node.TemplateError || e instanceof node.ImageError) {
      void vscode.window.showErrorMessage(e.message);
      return undefined;
    }
    throw e;
  }
  const reveal = t('Visa i mappen');
  void vscode.window.showInformationMessage(t('Exporterade till {0}.', path.basename(target.fsPath)), reveal).then((choice) => {
    if (choice === reveal) void vscode.commands.executeCommand('revealFileInOS', target);
  });
  return target;
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
