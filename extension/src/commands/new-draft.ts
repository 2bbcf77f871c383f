/**
 * ärende: New draft… Asks for the kind, then opens a new document from its template with today's
 * date, unsaved, so the writer chooses where it goes.
 */
import * as vscode from 'vscode';
import { bilingual, t } from '../texts.js';
import { KINDS, draftFromTemplate, type DraftKind } from '@arende/core';

/** Today in the user's time zone, as YYYY-MM-DD. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export async function newDraft(kind?: DraftKind): Promise<vscode.TextEditor | undefined> {
  const chosen =
    kind ??
    (
      await vscode.window.showQuickPick(
        KINDS.map((k) => ({ label: k.name, detail: bilingual(k.description), draftKind: k.name })),
        { title: t('Nytt ärende'), placeHolder: t('Vilken sorts ärende?') },
      )
    )?.draftKind;
  if (!chosen) return undefined;
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: draftFromTemplate(chosen, today()) });
  return vscode.window.showTextDocument(document);
}
