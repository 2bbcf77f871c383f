/**
 * Where each rule is described in docs/rules.md (shipped with the extension): a diagnostic's rule id
 * links there, and "ärende: Visa reglerna" opens it. VS Code opens a file link whose fragment is
 * `L<line>` at that line, so the link lands on the rule's own heading, not at the top of the file.
 */
import { readFileSync } from 'node:fs';
import type * as vscode from 'vscode';

let lines: Map<string, number> | undefined;

/** The 1-based line of each `## rule-id` heading (read once, on first use). */
function headingLines(docs: vscode.Uri): Map<string, number> {
  if (lines) return lines;
  lines = new Map();
  try {
    readFileSync(docs.fsPath, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const m = /^## ([a-z0-9]+(?:-[a-z0-9]+)+)\s*$/.exec(line);
        if (m && !lines!.has(m[1]!)) lines!.set(m[1]!, i + 1);
      });
  } catch {
    /* no docs shipped: links open the file's top */
  }
  return lines;
}

/** The link for a rule id: docs/rules.md at the rule's heading. */
export function ruleDocTarget(docs: vscode.Uri, ruleId: string): vscode.Uri {
  const line = headingLines(docs).get(ruleId);
  return line ? docs.with({ fragment: `L${line}` }) : docs;
}
