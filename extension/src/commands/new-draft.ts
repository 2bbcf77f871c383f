/**
 * ärende: New draft… Asks for the kind, then opens a new document from its template with today's
 * date, unsaved, so the writer chooses where it goes.
 */
import * as vscode from 'vscode';
import { DRAFT_KINDS, draftFromTemplate, type DraftKind } from '@arende/core';

function describe(kind: DraftKind): string {
  switch (kind) {
    case 'politikerinitiativ':
      return vscode.l10n.t("A councillor's initiative to a nämnd");
    case 'medborgarförslag':
      return vscode.l10n.t("A citizen's proposal to kommunfullmäktige");
    case 'nämnduppdrag':
      return vscode.l10n.t("The administration's report on an assignment from the nämnd");
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
        { title: vscode.l10n.t('New draft'), placeHolder: vscode.l10n.t('What kind of document?') },
      )
    )?.draftKind;
  if (!chosen) return undefined;
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: draftFromTemplate(chosen, today()) });
  return vscode.window.showTextDocument(document);
}
