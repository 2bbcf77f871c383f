import type { Draft } from '../model/types.js';
import type { ArendeConfig } from '../config.js';
import type { Problem, Severity } from '../diagnostic.js';
import type { FileProbe } from '../model/media.js';
import type { HandlingLoader, ResolvedMeeting } from '../meeting/resolve.js';

/** What a rule may ask beyond the draft: the file system, when the caller has one. */
export interface RuleContext {
  /** The settings in force (arende.config.json): readability targets, the project's word list. */
  config?: ArendeConfig | undefined;
  files?: FileProbe | undefined;
  /** Reads a file a meeting file names under `handlingar` (relative to it); absent without file access. */
  handlingar?: HandlingLoader | undefined;
  /** The meeting file with its handlingar read (computed once per check, shared by the meeting rules). */
  meeting?: (() => ResolvedMeeting | undefined) | undefined;
}

/** A rule's documentation: shown in docs/rules.md, in hovers, and by `arende regler`. */
export interface RuleDocs {
  /** What the rule checks. */
  what: string;
  /** Why it matters to the writer or the nämnd. */
  why: string;
  /** A draft (or part of one) that breaks the rule. */
  bad: string;
  /** The same, put right. */
  good: string;
  /** Files the examples name (a meeting file's handlingar), by path: read as the files beside the example. */
  files?: Readonly<Record<string, string>>;
}

export interface RuleDefinition {
  /** Public, stable id (users configure it): English, kebab-case. */
  id: string;
  /** One Swedish line. */
  summary: string;
  /** The same line in English (the extension's rule list with `arende.language: en`). */
  summaryEn: string;
  severity: Severity;
  /**
   * Set when the rule reports some problems as errors although its own severity is lower (a problem's
   * `severity`): commands that only need the errors (export, agenda) then still run it. A conformance
   * test holds every rule file that writes 'error' to this.
   */
  reportsErrors?: true;
  /** The provision the rule itself rests on, in standard form, where there is one. */
  lagrum?: string;
  /** For a requirement without a provision behind it: what it rests on (see Diagnostic.basis). */
  basis?: string;
  /** `basis` in English (required with `basis`: the extension shows it when set to English). */
  basisEn?: string;
  docs: RuleDocs;
  check(draft: Draft, report: (problem: Problem) => void, context: RuleContext): void;
}

/** Identity function that gives rule files a checked shape. */
export function defineRule(rule: RuleDefinition): RuleDefinition {
  return rule;
}
