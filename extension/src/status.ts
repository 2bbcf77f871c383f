/**
 * The status bar shows what kind of draft the active editor holds and how many problems it has, so a
 * writer who never opens the Problems panel still sees that something needs fixing. A click opens it.
 */
import * as vscode from 'vscode';
import { fristFor, kindByName, type Diagnostic } from '@arende/core';
import { draftOf } from './drafts.js';
import { typLine } from './detect.js';
import { language, t } from './texts.js';

export class DraftStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('arende.status', vscode.StatusBarAlignment.Left, 50);

  constructor() {
    this.item.name = 'ärende';
    this.item.command = 'workbench.actions.view.problems';
  }

  /** Shows the active editor's draft and its diagnostics; hidden when the active editor holds no draft (`undefined`). */
  update(document: vscode.TextDocument | undefined, diagnostics: readonly Diagnostic[]): void {
    if (!document) {
      this.item.hide();
      return;
    }
    // A broken header leaves the model without a kind; the typ line as written still says it.
    const kind = draftOf(document).kind ?? typLine(document.getText());
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
    // In English the kind's English label ("Councillor's initiative"); a misspelt typ is shown as written.
    const english = language() === 'en' ? kindByName(kind)?.label.en : undefined;
    const label = english ?? (kind ? kind[0]!.toLocaleUpperCase('sv') + kind.slice(1) : t('Utkast utan typ'));
    const counts = [
      errors === 0 ? '' : errors === 1 ? t('1 fel') : t('{0} fel', errors),
      warnings === 0 ? '' : warnings === 1 ? t('1 varning') : t('{0} varningar', warnings),
    ]
      .filter(Boolean)
      .join(', ');
    // A motion or medborgarförslag: its frist, a year from when it was raised (5 kap. 35 § KL).
    const frist = fristFor('', draftOf(document), new Date().toISOString().slice(0, 10));
    const state =
      frist && { öppen: '', snart: t('snart'), försenad: t('försenad'), beredd: t('beredd'), anmäld: t('anmäld'), avgjord: t('avgjord') }[frist.status];
    const fristText = frist ? ` · ${t('frist {0}', frist.frist)}${state ? ` (${state})` : ''}` : '';
    this.item.text = `${errors ? '$(error)' : warnings ? '$(warning)' : '$(check)'} ${label}${counts ? ` · ${counts}` : ` · ${t('inga fel')}`}${fristText}`;
    this.item.tooltip = [
      errors ? t('Utkastet har fel som måste rättas innan det exporteras. Klicka för att se dem.') : t('Klicka för att se problemen i utkastet.'),
      frist ? t('Väckt {0}; beslut om möjligt senast {1} (5 kap. 35 § kommunallagen).', frist.väckt, frist.frist) : '',
    ]
      .filter(Boolean)
      .join('\n');
    this.item.backgroundColor = errors ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
