/** Hover, completion and quick fixes: core computes them as plain data, convert.ts maps them. */
import * as vscode from 'vscode';
import {
  changedRange,
  completeAt,
  fileText,
  fixUntilStable,
  fixesFor,
  hoverAt,
  isFixable,
  isMeeting,
  silenceEdits,
  type Diagnostic,
  type TextEdit,
} from '@arende/core';
import type { DraftChecker } from './checker.js';
import { draftOf, isDraftDocument } from './drafts.js';
import { toCodeAction, toCompletionList, toHover, toRange } from './convert.js';
import { language, t } from './texts.js';
import { handlingCandidates, inHandlingarList } from './handlingar.js';
import { traced } from './trace.js';

export function hoverProvider(checker: DraftChecker): vscode.HoverProvider {
  return {
    provideHover(document, position) {
      return traced('provider.hover', `v${document.version}`, () => hover(document, position));
    },
  };

  function hover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!isDraftDocument(document)) return undefined;
    const offset = document.offsetAt(position);
    // VS Code shows the problems under the mouse in the same hover: core leaves out what they say.
    const shownProblems = checker.diagnosticsOf(document).filter((d) => d.range.start.offset <= offset && offset <= d.range.end.offset);
    const found = hoverAt(draftOf(document), offset, { language: language(), shownProblems });
    return found ? toHover(found) : undefined;
  }
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
const FIX_ALL_IN_MENU = vscode.CodeActionKind.QuickFix.append('arende.fixAll');

export function codeActionProvider(checker: DraftChecker): vscode.CodeActionProvider {
  return {
    provideCodeActions(document, range, context) {
      return traced('provider.codeActions', `v${document.version}`, () => codeActions(document, range, context));
    },
    // The menu's Fix All gets its edit only when chosen: computing it checks the whole draft again (twice
    // or more), and VS Code asks for the quick fixes at the cursor after every check, while the writer types.
    resolveCodeAction(action) {
      if (action instanceof LazyFixAll) action.edit = fixAll(action.document, checker, FIX_ALL_IN_MENU)[0]?.edit ?? new vscode.WorkspaceEdit();
      return action;
    },
  };

  function codeActions(
    document: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] | undefined {
    if (!isDraftDocument(document)) return undefined;
    if (context.only?.contains(FIX_ALL)) return fixAll(document, checker);
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return undefined;
    const shown = context.diagnostics.filter((d) => d.source === 'arende');
    if (shown.length === 0) return undefined;
    const wanted = checker.diagnosticsOf(document).filter((d) => toRange(d.range).intersection(range) !== undefined);
    const lang = language();
    const matching = (d: Diagnostic) =>
      shown.find((s) => (typeof s.code === 'object' ? s.code.value : s.code) === d.ruleId && s.range.isEqual(toRange(d.range)));
    const fixes = fixesFor(wanted).map((fix) => {
      const fixRange = toRange(fix.range);
      const match = shown.find((d) => (typeof d.code === 'object' ? d.code.value : d.code) === fix.ruleId && d.range.isEqual(fixRange));
      return toCodeAction(fix, document.uri, match, lang);
    });
    const silences = ignoreActions(document, wanted, matching);
    // Fix All in the Ctrl+. menu too. That menu leaves source actions out, so there it is a quick fix
    // (quickfix.arende.fixAll, as markdownlint does); source.fixAll.arende above serves the Fix All command
    // and editor.codeActionsOnSave.
    const all = fixes.length > 0 ? lazyFixAll(document, checker) : [];
    return [...fixes, ...all, ...silences];
  }
}

/** "Rätta allt …" in the Ctrl+. menu, its edit made in resolveCodeAction. */
class LazyFixAll extends vscode.CodeAction {
  constructor(
    readonly document: vscode.TextDocument,
    title: string,
  ) {
    super(title, FIX_ALL_IN_MENU);
  }
}

/**
 * The menu's Fix All without its edit. The count is of the problems fixable now (a fix may uncover
 * another, which the edit then also puts right); none when nothing in the draft is fixable without a choice.
 */
function lazyFixAll(document: vscode.TextDocument, checker: DraftChecker): vscode.CodeAction[] {
  const fixable = checker.diagnosticsOf(document).filter(isFixable).length;
  return fixable > 0 ? [new LazyFixAll(document, t('Rätta allt som går att rätta ({0})', fixable))] : [];
}

/**
 * "Ignorera här" and "Ignorera i filen" for each problem: the comment core reads (see core's
 * editor/silence.ts for where it goes), written into the document, not saved.
 */
function ignoreActions(
  document: vscode.TextDocument,
  diagnostics: readonly Diagnostic[],
  matching: (d: Diagnostic) => vscode.Diagnostic | undefined,
): vscode.CodeAction[] {
  const draft = draftOf(document);
  const out: vscode.CodeAction[] = [];
  const edit = (e: TextEdit) => {
    const we = new vscode.WorkspaceEdit();
    we.replace(document.uri, new vscode.Range(document.positionAt(e.range.start.offset), document.positionAt(e.range.end.offset)), e.newText);
    return we;
  };
  const seen = new Set<string>();
  for (const d of diagnostics) {
    const { here, file } = silenceEdits(draft, d);
    const shown = matching(d);
    if (here && !seen.has(`${d.ruleId}|${d.range.start.line}`)) {
      seen.add(`${d.ruleId}|${d.range.start.line}`);
      const action = new vscode.CodeAction(t('Ignorera här ({0})', d.ruleId), vscode.CodeActionKind.QuickFix);
      action.edit = edit(here);
      if (shown) action.diagnostics = [shown];
      out.push(action);
    }
    if (!seen.has(d.ruleId)) {
      seen.add(d.ruleId);
      const action = new vscode.CodeAction(t('Ignorera i filen ({0})', d.ruleId), vscode.CodeActionKind.QuickFix);
      action.edit = edit(file);
      if (shown) action.diagnostics = [shown];
      out.push(action);
    }
  }
  return out;
}

/**
 * Every mechanical fix in the document at once, as `arende check --fix` makes them: core's
 * fixUntilStable, so a fix that uncovers another (or waited for an overlapping one) is made too.
 */
function fixAll(document: vscode.TextDocument, checker: DraftChecker, kind: vscode.CodeActionKind = FIX_ALL): vscode.CodeAction[] {
  const before = fileText(draftOf(document));
  const fixed = fixUntilStable(before, checker.diagnosticsOf(document), (next) => checker.recheck(document, next));
  if (fixed.applied.length === 0) return [];
  const action = new vscode.CodeAction(t('Rätta allt som går att rätta ({0})', fixed.applied.length), kind);
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
