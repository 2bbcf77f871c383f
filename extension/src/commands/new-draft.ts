/**
 * ärende: New draft… The same questions as `arende new` in a terminal (core's DRAFT_QUESTIONS and the
 * kind's sender fields), one step at a time in a QuickInput with a Back button: the kind, kommun, nämnd,
 * rubrik, the sender. Then a new unsaved document (the writer chooses where it goes) receives the draft
 * as a snippet: the answers in the header, and Tab walks from one piece of guidance text to the next,
 * each selected so that typing replaces it.
 */
import * as vscode from 'vscode';
import {
  DRAFT_QUESTIONS,
  KINDS,
  SENDER_QUESTIONS,
  draftAsSnippet,
  draftFromAnswers,
  kindByName,
  isIsoDate,
  mottagareQuestion,
  templateValue,
  väcktQuestion,
  todayInSweden,
  type DraftAnswers,
  type DraftKind,
  type Question,
  type SenderField,
} from '@arende/core';
import { bilingual, t } from '../texts.js';

/** Today in Sweden, as YYYY-MM-DD (the date a Swedish paper carries, whatever the machine's zone). */
function today(): string {
  return todayInSweden();
}

const BACK = Symbol('back');
type Answer<T> = T | typeof BACK | undefined;

interface Step {
  /** Asks; `undefined` when the writer cancelled, BACK for the Back button. */
  run(step: number, total: number, previous: string | undefined): Promise<Answer<string>>;
}

function pickKind(): Step {
  return {
    run: (step, total, previous) =>
      new Promise((resolve) => {
        const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { draftKind: DraftKind }>();
        pick.title = t('Nytt ärende');
        pick.placeholder = t('Vilken sorts ärende?');
        pick.step = step;
        pick.totalSteps = total;
        pick.ignoreFocusOut = true;
        pick.items = KINDS.map((k) => ({ label: k.name, detail: bilingual(k.description), draftKind: k.name }));
        const before = pick.items.find((i) => i.draftKind === previous);
        if (before) pick.activeItems = [before];
        let done = false;
        pick.onDidAccept(() => {
          done = true;
          resolve(pick.selectedItems[0]?.draftKind);
          pick.dispose();
        });
        pick.onDidHide(() => {
          if (!done) resolve(undefined);
          pick.dispose();
        });
        pick.show();
      }),
  };
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function ask(q: Question, options: { required: boolean; proposed?: string; field?: SenderField; date?: boolean }): Step {
  return {
    run: (step, total, previous) =>
      new Promise((resolve) => {
        const box = vscode.window.createInputBox();
        box.title = t('Nytt ärende');
        box.prompt = options.required ? bilingual(q.prompt) : `${bilingual(q.prompt)} ${t('(valfritt: tryck Enter för att hoppa över)')}`;
        box.placeholder = t('t.ex. {0}', q.placeholder);
        box.value = previous ?? options.proposed ?? '';
        box.step = step;
        box.totalSteps = total;
        box.ignoreFocusOut = true;
        box.buttons = [vscode.QuickInputButtons.Back];
        const problem = (v: string) => {
          const value = v.trim();
          if (options.required && value === '') return t('Skriv något här, det behövs i ärendet.');
          if (options.field === 'e-post' && value !== '' && !EMAIL.test(value)) return t('Det ser inte ut som en e-postadress (t.ex. {0}).', q.placeholder);
          if (options.date && value !== '' && !isIsoDate(value)) return t('Skriv dagen som ÅÅÅÅ-MM-DD, t.ex. {0}, eller lämna tomt.', q.placeholder);
          return undefined;
        };
        let done = false;
        const finish = (answer: Answer<string>) => {
          done = true;
          resolve(answer);
          box.dispose();
        };
        box.onDidChangeValue((v) => {
          box.validationMessage = box.validationMessage ? problem(v) : undefined;
        });
        box.onDidTriggerButton((b) => {
          if (b === vscode.QuickInputButtons.Back) finish(BACK);
        });
        box.onDidAccept(() => {
          const why = problem(box.value);
          if (why) box.validationMessage = why;
          else finish(box.value.trim());
        });
        box.onDidHide(() => {
          if (!done) resolve(undefined);
          box.dispose();
        });
        box.show();
      }),
  };
}

/** The answers, asked step by step (Back goes one step back, keeping what was typed). */
async function askAll(kind?: DraftKind): Promise<{ kind: DraftKind; answers: DraftAnswers } | undefined> {
  const values: (string | undefined)[] = [];
  const steps = (chosen: DraftKind | undefined): { key: string; step: Step }[] => {
    const definition = chosen ? kindByName(chosen) : undefined;
    // Addressed to a chair, the template's `mottagare` is a placeholder ("Nämndens ordförande Förnamn Efternamn"): not proposed.
    const toPerson = definition !== undefined && 'person' in definition.addressedTo;
    const väckt = definition && väcktQuestion(definition);
    return [
      ...(kind ? [] : [{ key: 'kind', step: pickKind() }]),
      { key: 'kommun', step: ask(DRAFT_QUESTIONS.kommun, { required: true }) },
      {
        key: 'mottagare',
        step: ask(definition ? mottagareQuestion(definition) : DRAFT_QUESTIONS.mottagare, {
          required: true,
          proposed: chosen && !toPerson ? templateValue(chosen, 'mottagare') : undefined,
        }),
      },
      { key: 'rubrik', step: ask(DRAFT_QUESTIONS.rubrik, { required: true }) },
      ...(definition?.senderFields.fields ?? ['namn' as const]).map((field) => ({
        key: `avsändare.${field}`,
        step: ask(SENDER_QUESTIONS[field], { required: definition?.senderFields.required.includes(field) ?? true, field }),
      })),
      // The day it was handed in, only when the writer gives it: frister and the status bar count from `väckt`.
      ...(väckt ? [{ key: 'väckt', step: ask(väckt, { required: false, date: true }) }] : []),
    ];
  };
  let chosen = kind;
  for (let i = 0; ; ) {
    const all = steps(chosen);
    if (i >= all.length) {
      const answers: DraftAnswers = { avsändare: {} };
      all.forEach(({ key }, n) => {
        const value = values[n];
        if (key.startsWith('avsändare.')) answers.avsändare![key.slice('avsändare.'.length) as SenderField] = value;
        else if (key === 'kommun' || key === 'mottagare' || key === 'rubrik' || key === 'väckt') answers[key] = value;
      });
      return chosen ? { kind: chosen, answers } : undefined;
    }
    const answer = await all[i]!.step.run(i + 1, all.length, values[i]);
    if (answer === undefined) return undefined;
    if (answer === BACK) {
      i = Math.max(0, i - 1);
      continue;
    }
    if (all[i]!.key === 'kind' && answer !== chosen) {
      // Another kind asks other sender fields: what was answered after the kind no longer fits.
      chosen = answer as DraftKind;
      values.length = 1;
    }
    values[i] = answer;
    i++;
  }
}

export async function newDraft(kind?: DraftKind): Promise<vscode.TextEditor | undefined> {
  const asked = await askAll(kind);
  if (!asked) return undefined;
  const text = draftFromAnswers(asked.kind, today(), asked.answers);
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  // A snippet: the guidance under each heading is a tab stop, the first one selected.
  await editor.insertSnippet(new vscode.SnippetString(draftAsSnippet(text)), new vscode.Position(0, 0));
  return editor;
}
