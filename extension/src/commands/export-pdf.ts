/**
 * ärende: Export to PDF. The same checks, questions and .docx as the Word export (export-flow.ts), then
 * LibreOffice turns the .docx into a tagged PDF/A-2 with the rubrik as its title (docxToPdf in
 * @arende/docx/node), written as `<draft>.pdf` next to the draft.
 *
 * As `arende export --pdf` does (writeDocument in packages/cli/src/commands/export.ts), the Word file is
 * written next to the PDF too, and the PDF is made before anything is written: when LibreOffice is
 * missing or fails, neither file is left behind and the message says how to install it.
 */
import * as vscode from 'vscode';
import path from 'node:path';
import { t } from '../texts.js';
import { askToExport, exportTarget, renderDocx, showExported, shownAsMessage, writeExport } from './export-flow.js';

export async function exportPdf(resource?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const request = await askToExport(resource);
  if (!request) return undefined;
  const target = await exportTarget(request, 'pdf');
  if (!target) return undefined;
  // A name saved without .pdf gets it (else the safe write would refuse the PDF after writing the Word file).
  const pdfTarget = /\.pdf$/i.test(target.path) ? target : target.with({ path: `${target.path}.pdf` });
  // The Word file goes next to the PDF (for an Untitled draft: where the user saved the PDF).
  const docxTarget = pdfTarget.with({ path: pdfTarget.path.replace(/\.pdf$/i, '.docx') });
  try {
    const docx = await renderDocx(request);
    const { docxToPdf } = await import('@arende/docx/node');
    // LibreOffice takes a few seconds (longer on its first start); it cannot be interrupted half-way.
    const pdf = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('Gör PDF med LibreOffice…') }, () =>
      docxToPdf(docx),
    );
    await writeExport(docxTarget, docx, request, 'docx');
    await writeExport(pdfTarget, pdf, request, 'pdf');
  } catch (e) {
    if (await shownAsMessage(e)) return undefined;
    throw e;
  }
  showExported(t('Exporterade till {0} och {1}.', path.basename(pdfTarget.fsPath), path.basename(docxTarget.fsPath)), pdfTarget);
  return pdfTarget;
}
