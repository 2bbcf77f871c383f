/** Hover, completion and quick fixes: core computes them as plain data, convert.ts maps them. */
import * as vscode from 'vscode';
import { changedRange, completeAt, fileText, fixUntilStable, fixesFor, hoverAt, isMeeting } from '@arende/core';
import type { DraftChecker } from './checker.js';
import { draftOf, isDraftDocument } from './drafts.js';
import { toCodeAction, toCompletionList, toHover, toRange } from './convert.js';
import { language, t } from './texts.js';
import { handlingCandidates, inHandlingarList } from './handlingar.js';

export function hoverProvider(): vscode.HoverProvider {
  return {
    provideHover(document, position) {
      if (!isDraftDocument(document)) return undefined;
      const hover = hoverAt(draftOf(document), document.offsetAt(position), { language: language() });
      return hover ? toHover(hover) : undefined;
    },
  };
}

export function completionProvider(): vscode.CompletionItemProvider {
  return {
    async provideCompletionItems(document, position) {
      if (!isDraftDocument(document)) return undefined;
      const draft = draftOf(document);
      // Under a meeting file's `handlingar:`, the workspace's files as paths relative to the meeting file.
      if (document.uri.scheme === 'file' && isMeeting(draft) && inHandlingarList(document, position)) {
        const line = document.lineAt(position.line).text;
        const start = line.indexOf('-') + 1 + (/^\s*-(\s*)/.exec(line)?.[1]?.length ?? 0);
        const range = new vscode.Range(position.line, Math.min(start, position.character), position.line, position.character);
        return (await handlingCandidates(document.uri)).map((p) => {
          const item = new vscode.CompletionItem(p, vscode.CompletionItemKind.File);
          item.range = range;
          item.detail = t('Handling till ärendet');
          return item;
        });
      }
      const completion = completeAt(draft, document.offsetAt(position), { language: language() });
      return completion.items.length ? toCompletionList(completion) : undefined;
    },
  };
}

/** Kind of the "fix everything" action, so `editor.codeActionsOnSave: {"source.fixAll.arende": "explicit"}` works. */
export const FIX_ALL = vscode.CodeActionKind.SourceFixAll.append('arende');

export function codeActionProvider(checker: DraftChecker): vscode.CodeActionProvider {
  return {
    provideCodeActions(document, range, context) {
      if (!isDraftDocument(document)) return undefined;
      if (context.only?.contains(FIX_ALL)) return fixAll(document, checker);
      const shown = context.diagnostics.filter((d) => d.source === 'arende');
      if (shown.length === 0) return undefined;
      const wanted = checker.diagnosticsOf(document).filter((d) => toRange(d.range).intersection(range) !== undefined);
      const lang = language();
      return fixesFor(wanted).map((fix) => {
        const fixRange = toRange(fix.range);
        const match = shown.find((d) => (typeof d.code === 'object' ? d.code.value : d.code) === fix.ruleId && d.range.isEqual(fixRange));
        return toCodeAction(fix, document.uri, match, lang);
      });
    },
  };
}

/**
 * Every mechanical fix in the document at once, as `arende check --fix` makes them: core's
 * fixUntilStable, so a fix that uncovers another (or waited for an overlapping one) is made too.
 */
function fixAll(document: vscode.TextDocument, checker: DraftChecker): vscode.CodeAction[] {
  const before = fileText(draftOf(document));
  const fixed = fixUntilStable(before, checker.diagnosticsOf(document), (next) => checker.recheck(document, next));
  if (fixed.applied.length === 0) return [];
  const action = new vscode.CodeAction(t('Rätta allt som går att rätta ({0})', fixed.applied.length), FIX_ALL);
  action.edit = new vscode.WorkspaceEdit();
  // Only what the fixes change is edited: the rest of the document is not touched, so cursors, folds
  // and undo steps elsewhere stay as they were. One round: one edit per fix, at the fix's own range;
  // more rounds (their ranges are in later texts): one edit over the span that changed.
  if (fixed.rounds === 1) {
    for (const d of fixed.applied) {
      const range = new vscode.Range(document.positionAt(d.range.start.offset), document.positionAt(d.range.end.offset));
      action.edit.replace(document.uri, range, d.expected![0]!);
    }
  } else {
    const change = changedRange(before, fixed.text);
    action.edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.text);
  }
  return [action];
}
