/**
 * core's plain data → VS Code types. core counts lines and columns from 1 in UTF-16 code units, as
 * VS Code does from 0, so a position converts by subtracting one from each.
 */
import * as vscode from 'vscode';
import { ruleDocTarget } from './rule-docs.js';
import { messageWithBasis, type Completion, type CompletionEntry, type Diagnostic, type Fix, type HoverResult, type Language, type Range } from '@arende/core';

export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line - 1, range.start.column - 1, range.end.line - 1, range.end.column - 1);
}

const SEVERITY: Record<Diagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/**
 * A diagnostic as VS Code shows it: the message (Swedish, or English with `arende.language: en`), rule id as
 * code linking to the rule's documentation.
 */
export function toDiagnostic(d: Diagnostic, docs: vscode.Uri, language: Language = 'sv'): vscode.Diagnostic {
  // The message with what the requirement rests on ("Rättslig grund: …"/"Legal basis: …"), as `arende check` prints it.
  const out = new vscode.Diagnostic(toRange(d.range), messageWithBasis(d, language), SEVERITY[d.severity]);
  out.source = 'arende';
  out.code = { value: d.ruleId, target: ruleDocTarget(docs, d.ruleId) };
  return out;
}

export function toHover(h: HoverResult): vscode.Hover {
  const markdown = new vscode.MarkdownString(h.markdown);
  return new vscode.Hover(markdown, toRange(h.range));
}

const KIND: Record<CompletionEntry['kind'], vscode.CompletionItemKind> = {
  key: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
  heading: vscode.CompletionItemKind.Snippet,
  law: vscode.CompletionItemKind.Module,
  chapter: vscode.CompletionItemKind.Folder,
  paragraph: vscode.CompletionItemKind.Reference,
};

export function toCompletionList(c: Completion): vscode.CompletionList {
  const range = toRange(c.range);
  return new vscode.CompletionList(
    c.items.map((e, i) => {
      const item = new vscode.CompletionItem(e.label, KIND[e.kind]);
      if (e.detail) item.detail = e.detail;
      if (e.documentation) item.documentation = new vscode.MarkdownString(e.documentation);
      item.insertText = e.insertText;
      item.range = range;
      // Keep core's order (it ranks laws and paragraphs by what a writer most likely means).
      item.sortText = String(i).padStart(4, '0');
      return item;
    }),
  );
}

/** A fix as a quick fix that edits `document`. */
export function toCodeAction(fix: Fix, document: vscode.Uri, diagnostic: vscode.Diagnostic | undefined, language: Language = 'sv'): vscode.CodeAction {
  const action = new vscode.CodeAction(language === 'en' ? fix.titleEn : fix.title, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.replace(document, toRange(fix.range), fix.newText);
  action.isPreferred = fix.preferred;
  if (diagnostic) action.diagnostics = [diagnostic];
  return action;
}
