import type { Range } from './model/types.js';

export type Severity = 'error' | 'warning' | 'info';

/** The provision a rule or requirement rests on, e.g. "4 kap. 20 § kommunallagen (2017:725)". */
export interface LagrumRef {
  /** The citation in standard form. */
  text: string;
  sfs?: string;
  kapitel?: string | null;
  paragraf?: string | null;
  /** Link to the official text. */
  href?: string;
}

/**
 * One problem in a draft, as plain data: the CLI turns it into a vfile message, the extension into a
 * vscode.Diagnostic, and a mechanical fix (`expected`) into a quick fix that replaces `range`.
 */
export interface Diagnostic {
  ruleId: string;
  source: 'arende';
  severity: Severity;
  /** Swedish, one pattern: what is wrong, and how to put it right. */
  message: string;
  range: Range;
  /** Where the rule is documented. */
  url: string;
  lagrum?: LagrumRef;
  /** The text now at `range`, when a fix is offered. */
  actual?: string;
  /** Replacements for the text at `range` (first is best). */
  expected?: string[];
}

/** What a rule hands to `report`: the rule fills in id, source, url and severity. */
export interface Problem {
  message: string;
  range: Range;
  lagrum?: string;
  actual?: string;
  expected?: string[];
  /** Overrides the rule's default severity for this one problem. */
  severity?: Severity;
}

/** Rule documentation, relative to the repository root (generated from the rule definitions). */
export const RULE_DOCS_URL = 'packages/core/docs/rules.md';

export function ruleUrl(ruleId: string): string {
  return `${RULE_DOCS_URL}#${ruleId}`;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset || a.ruleId.localeCompare(b.ruleId);
}
