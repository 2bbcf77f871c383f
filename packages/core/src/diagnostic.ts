import type { Range } from './model/types.js';
import corePackage from '../package.json';

/** The repository ärende is developed in (the CLI package's `repository`). */
const REPOSITORY = 'https://github.com/arende-se/arende';

export type Severity = 'error' | 'warning' | 'info';

/**
 * The severity words, once: what reports, rule lists and docs print (`one`, `many` after a number),
 * and what users may write in arende.config.json besides the English ids (`config`).
 */

export const SEVERITY_WORDS: Readonly<Record<Severity, { one: string; many: string; config: string }>> = {
  error: { one: 'fel', many: 'fel', config: 'fel' },
  warning: { one: 'varning', many: 'varningar', config: 'varning' },
  info: { one: 'info', many: 'info', config: 'info' },
};

/** "1 fel", "3 varningar". */
export function countWord(n: number, severity: Severity): string {
  return `${n} ${n === 1 ? SEVERITY_WORDS[severity].one : SEVERITY_WORDS[severity].many}`;
}

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
  /**
   * The same in English, for an editor set to English (`arende.language: en`); written where the Swedish is,
   * from the same values. Never printed by the CLI (its JSON keeps vfile-reporter-json's shape).
   */
  messageEn?: string;
  range: Range;
  /** Where the rule is documented. */
  url: string;
  lagrum?: LagrumRef;
  /** For a requirement that rests on ärende's format rather than on a law: what it rests on, in Swedish
   * ("ärendes format för redovisningar av nämnduppdrag, inte ett lagkrav"). Shown like `lagrum`. */
  basis?: string;
  /** `basis` in English. */
  basisEn?: string;
  /** The text now at `range`, when a fix is offered. */
  actual?: string;
  /** Replacements for the text at `range` (first is best). */
  expected?: string[];
  /**
   * The replacements are answers for a person to choose between (several provisions, or one that only
   * partly corresponds): the editor offers each as its own quick fix, none preferred, and `check --fix`
   * applies none. A legal basis is never written into a document by guess.
   */
  choose?: boolean;
}

/** What a rule hands to `report`: the rule fills in id, source, url and severity. */
export interface Problem {
  message: string;
  /** The message in English (see Diagnostic.messageEn): every rule gives one, built beside the Swedish. */
  messageEn?: string;
  range: Range;
  lagrum?: string;
  /** See Diagnostic.basis (for this problem, overriding the rule's). */
  basis?: string;
  basisEn?: string;
  actual?: string;
  expected?: string[];
  /** See Diagnostic.choose. */
  choose?: boolean;
  /** Overrides the rule's default severity for this one problem. */
  severity?: Severity;
}

/** The language a person reads: Swedish (the default everywhere), or English in an editor set to it. */
export type Language = 'sv' | 'en';

/** The message in `language`: the English where there is one, else the Swedish. */
export function messageIn(d: Pick<Diagnostic, 'message' | 'messageEn'>, language: Language = 'sv'): string {
  return language === 'en' ? (d.messageEn ?? d.message) : d.message;
}

/**
 * The sentence that shows what a requirement rests on, for the text output and the extension: "Rättslig
 * grund: 4 kap. 20 § kommunallagen (2017:725)." or "Grund: ärendes format …, inte ett lagkrav.". Null when
 * the diagnostic has neither, or its message already names the provision. In English: "Legal basis: …" (the
 * provision keeps its Swedish name) or "Basis: …".
 */
export function diagnosticBasis(d: Pick<Diagnostic, 'message' | 'messageEn' | 'lagrum' | 'basis' | 'basisEn'>, language: Language = 'sv'): string | null {
  const en = language === 'en';
  if (d.lagrum) return messageIn(d, language).includes(d.lagrum.text) ? null : `${en ? 'Legal basis' : 'Rättslig grund'}: ${d.lagrum.text}.`;
  if (d.basis) return en ? `Basis: ${d.basisEn ?? d.basis}.` : `Grund: ${d.basis}.`;
  return null;
}

/** The message with its basis appended (what people read: `arende check` text output, the extension). */
export function messageWithBasis(d: Pick<Diagnostic, 'message' | 'messageEn' | 'lagrum' | 'basis' | 'basisEn'>, language: Language = 'sv'): string {
  const message = messageIn(d, language);
  const basis = diagnosticBasis(d, language);
  return basis ? `${message} ${basis}` : message;
}

/**
 * The rule documentation of this version (generated from the rule definitions), where it is published:
 * the repository at this release's tag, so a diagnostic's link shows the rule as this version checks it.
 * Every diagnostic's `url` is made here (ruleUrl).
 */
export const RULE_DOCS_URL = `${REPOSITORY}/blob/v${corePackage.version}/packages/core/docs/rules.md`;

export function ruleUrl(ruleId: string): string {
  return `${RULE_DOCS_URL}#${ruleId}`;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset || a.ruleId.localeCompare(b.ruleId);
}
