/**
 * ärende: New draft… Asks for the kind, then opens a new document from its template with today's
 * date, unsaved, so the writer chooses where it goes.
 */
import * as vscode from 'vscode';
import { t } from '../texts.js';
import { DRAFT_KINDS, draftFromTemplate, type DraftKind } from '@arende/core';

function describe(kind: DraftKind): string {
  switch (kind) {
    case 'politikerinitiativ':
      return t('En ledamots initiativ till en nämnd');
    case 'medborgarförslag':
      return t('En invånares förslag till kommunfullmäktige');
    case 'nämnduppdrag':
      return t('Förvaltningens redovisning av ett uppdrag från nämnden');
  }
}

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
        DRAFT_KINDS.map((k) => ({ label: k, detail: describe(k), draftKind: k })),
        { title: t('Nytt ärende'), placeHolder: t('Vilken sorts ärende?') },
      )
    )?.draftKind;
  if (!chosen) return undefined;
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: draftFromTemplate(chosen, today()) });
  return vscode.window.showTextDocument(document);
}
