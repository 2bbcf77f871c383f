/**
 * ärende: Export to Word. Exports the draft as the editor shows it (unsaved changes included) to
 * `<draft>.docx` next to it, through the same export and safe write as `arende export`: a draft with
 * errors is exported only when the user says so (a personnummer in a dialog of its own), the draft itself
 * is never overwritten, and a target open in Word is left alone with a message saying why. The checks and
 * questions are export-flow.ts's, shared with the PDF export.
 */
import type * as vscode from 'vscode';
import path from 'node:path';
import { t } from '../texts.js';
import { askToExport, exportTarget, renderDocx, showExported, shownAsMessage, writeExport } from './export-flow.js';

export async function exportDocx(resource?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const request = await askToExport(resource);
  if (!request) return undefined;
  const target = await exportTarget(request, 'docx');
  if (!target) return undefined;
  try {
    await writeExport(target, await renderDocx(request), request, 'docx');
  } catch (e) {
    if (await shownAsMessage(e)) return undefined;
    throw e;
  }
  showExported(t('Exporterade till {0}.', path.basename(target.fsPath)), target);
  return target;
}
