/**
 * ärende: Show the rules (Visa reglerna). Every rule with its default severity, what it checks and the
 * provision it rests on; choosing one opens its description in docs/rules.md at its heading.
 */
import * as vscode from 'vscode';
import { rules } from '@arende/core';
import { ruleDocTarget } from '../rule-docs.js';
import { language, t } from '../texts.js';

export async function listRules(docs: vscode.Uri): Promise<string | undefined> {
  const severity = { error: t('fel'), warning: t('varning'), info: 'info' } as const;
  const en = language() === 'en';
  const picked = await vscode.window.showQuickPick(
    rules.map((r) => {
      const summary = en ? r.summaryEn : r.summary;
      return { label: r.id, description: severity[r.severity], detail: r.lagrum ? `${summary} (${r.lagrum})` : summary, id: r.id };
    }),
    { title: t('Reglerna'), placeHolder: t('Välj en regel för att läsa vad den kontrollerar och varför'), matchOnDetail: true },
  );
  if (!picked) return undefined;
  const target = ruleDocTarget(docs, picked.id);
  const line = Number(/^L(\d+)$/.exec(target.fragment)?.[1] ?? 1);
  const editor = await vscode.window.showTextDocument(target.with({ fragment: '' }), { preview: true });
  const at = new vscode.Position(line - 1, 0);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
  return picked.id;
}
