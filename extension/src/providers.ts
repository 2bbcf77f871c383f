/** Hover, completion and quick fixes: core computes them as plain data, convert.ts maps them. */
import * as vscode from 'vscode';
import { completeAt, fixesFor, hoverAt } from '@arende/core';
import type { DraftChecker } from './checker.js';
import { draftOf, isDraftDocument } from './drafts.js';
import { toCodeAction, toCompletionList, toHover, toRange } from './convert.js';

export function hoverProvider(): vscode.HoverProvider {
  return {
    provideHover(document, position) {
      if (!isDraftDocument(document)) return undefined;
      const hover = hoverAt(draftOf(document), document.offsetAt(position));
      return hover ? toHover(hover) : undefined;
    },
  };
}

export function completionProvider(): vscode.CompletionItemProvider {
  return {
    provideCompletionItems(document, position) {
      if (!isDraftDocument(document)) return undefined;
      const completion = completeAt(draftOf(document), document.offsetAt(position));
      return completion.items.length ? toCompletionList(completion) : undefined;
    },
  };
}

export function codeActionProvider(checker: DraftChecker): vscode.CodeActionProvider {
  return {
    provideCodeActions(document, range, context) {
      if (!isDraftDocument(document)) return undefined;
      const shown = context.diagnostics.filter((d) => d.source === 'arende');
      if (shown.length === 0) return undefined;
      const wanted = checker.diagnosticsOf(document).filter((d) => toRange(d.range).intersection(range) !== undefined);
      return fixesFor(wanted).map((fix) => {
        const fixRange = toRange(fix.range);
        const match = shown.find((d) => (typeof d.code === 'object' ? d.code.value : d.code) === fix.ruleId && d.range.isEqual(fixRange));
        return toCodeAction(fix, document.uri, match);
      });
    },
  };
}
