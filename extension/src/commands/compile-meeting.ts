/**
 * ärende: Sammanställ kallelse från mötesfilen / Skriv protokoll från mötesfilen — `arende agenda MÖTE.md`
 * and `arende protokoll MÖTE.md` without a terminal, for the meeting file in the active editor. The
 * problems the checker found in it (a missing handling, one for another nämnd, a diarienummer that
 * differs) and in its handlingar are asked about first, as the CLI refuses them without --force.
 */
import * as vscode from 'vscode';
import path from 'node:path';
import { checkDraft, isMeeting, parseDraft, resolveMeeting, type Draft } from '@arende/core';
import { nodeFileProbe } from '@arende/core/node';
import { configFor } from '../config.js';
import { draftOf } from '../drafts.js';
import { editorHandlingLoader } from '../handlingar.js';
import { t } from '../texts.js';
import { confirmPersonnummer } from '../personnummer.js';

export async function compileMeeting(what: 'kallelse' | 'protokoll', resource?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const document = resource ? await vscode.workspace.openTextDocument(resource) : vscode.window.activeTextEditor?.document;
  const draft = document ? draftOf(document) : undefined;
  if (!document || !draft || !isMeeting(draft) || document.uri.scheme !== 'file') {
    void vscode.window.showErrorMessage(t('Öppna en sparad mötesfil (typ: sammanträde) först; skapa en med Nytt ärende….'));
    return undefined;
  }
  const load = editorHandlingLoader(document.uri)!;
  const { config } = configFor(document.uri);
  const resolved = resolveMeeting(draft, load);
  const bad: string[] = [];
  const parts: { name: string; draft: Draft }[] = [{ name: path.basename(document.uri.fsPath), draft }];
  const own = checkDraft(draft, { config, files: nodeFileProbe(), handlingar: load }).filter((d) => d.severity === 'error');
  if (own.length) bad.push(`${path.basename(document.uri.fsPath)} (${own.length})`);
  for (const item of resolved.items) {
    for (const h of item.handlingar) {
      if (h.status !== 'draft' || !h.resolvedPath) continue;
      const handling = parseDraft(h.draft!.text, { path: h.resolvedPath, incremental: false });
      parts.push({ name: h.ref.path, draft: handling });
      const errors = checkDraft(handling, { config, files: nodeFileProbe() }).filter((d) => d.severity === 'error').length;
      if (errors) bad.push(`${h.ref.path} (${errors})`);
    }
  }
  const { exportKallelse, exportProtokoll, meetingDocument } = await import('@arende/docx');
  const { writeFileSafely, WriteError } = await import('@arende/docx/node');
  const doc = meetingDocument(resolved);
  if (what === 'protokoll') {
    const undecided = doc.entries.filter((e) => !e.beslut).length;
    if (undecided) bad.push(t('{0} ärenden utan beslut', undecided));
  }
  if (bad.length) {
    const anyway = t('Sammanställ ändå');
    const choice = await vscode.window.showWarningMessage(t('Mötesfilen eller handlingarna har fel: {0}.', bad.join(', ')), { modal: true }, anyway);
    if (choice !== anyway) return undefined;
  }
  if (!(await confirmPersonnummer(parts, t('Sammanställ med numret')))) return undefined;
  const name = what === 'kallelse' ? `kallelse-${doc.meeting.datum || 'mote'}.docx` : `protokoll-${doc.meeting.datum || 'mote'}.docx`;
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.file(path.join(path.dirname(document.uri.fsPath), name)),
    filters: { Word: ['docx'] },
    saveLabel: what === 'kallelse' ? t('Spara kallelsen') : t('Spara protokollet'),
  });
  if (!target) return undefined;
  const bytes = what === 'kallelse' ? exportKallelse(doc, { withDocuments: true }) : exportProtokoll(doc);
  const protect = [document.uri.fsPath, ...resolved.items.flatMap((i) => i.handlingar.map((h) => h.resolvedPath).filter((p): p is string => !!p))];
  try {
    await writeFileSafely(target.fsPath, bytes, { protect, label: path.basename(target.fsPath) });
  } catch (e) {
    if (e instanceof WriteError) {
      void vscode.window.showErrorMessage(e.message);
      return undefined;
    }
    throw e;
  }
  void vscode.window.showInformationMessage(
    what === 'kallelse'
      ? t('Sammanställde kallelse med {0} ärenden till {1}.', doc.entries.length, path.basename(target.fsPath))
      : t('Skrev protokollet till {0}.', path.basename(target.fsPath)),
  );
  return target;
}
