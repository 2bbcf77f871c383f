/**
 * The personnummer question of every command that writes a document for the nämnd (export, kallelse,
 * protokoll), as `arende export`, `agenda` and `protokoll` refuse without --force: whatever
 * arende.config.json says about personal-data, a number found is asked about in a modal dialog of its
 * own, with where it is and the number masked (the dialog may be seen by others).
 */
import * as vscode from 'vscode';
import { maskedIdentityNumber, validIdentityNumbersInDraft, type Draft, type IdentityNumber } from '@arende/core';
import { t } from './texts.js';

export interface NumberFound {
  /** The file's name as the user knows it. */
  name: string;
  draft: Draft;
  numbers: IdentityNumber[];
}

/** The drafts that hold a personnummer or samordningsnummer, in the source or the printed text (core printed-text.ts). */
export function personnummerIn(drafts: readonly { name: string; draft: Draft }[]): NumberFound[] {
  return drafts.map((d) => ({ ...d, numbers: validIdentityNumbersInDraft(d.draft) })).filter((d) => d.numbers.length > 0);
}

/** "klar.md, rad 26: 811218-XXXX" */
function whereFound(found: NumberFound): string {
  const first = found.numbers[0]!;
  return t('{0}, rad {1}: {2}', found.name, found.draft.pointAt(first.start).line, maskedIdentityNumber(first));
}

/** The explanation under the question: why it matters. */
export function personnummerDetail(): string {
  return t(
    'Numret följer med i Word-filen, och en handling till nämnden blir allmän handling. Ta bort numret ur utkastet, om det inte verkligen ska vara med.',
  );
}

/**
 * For a document made of several drafts: true when none holds a number, or the user says to go on
 * with them (`goOn` names that button).
 */
export async function confirmPersonnummer(drafts: readonly { name: string; draft: Draft }[], goOn: string): Promise<boolean> {
  const found = personnummerIn(drafts);
  if (found.length === 0) return true;
  const choice = await vscode.window.showWarningMessage(
    t('Personnummer i handlingarna: {0}.', found.map(whereFound).join('; ')),
    { modal: true, detail: personnummerDetail() },
    goOn,
  );
  return choice === goOn;
}
