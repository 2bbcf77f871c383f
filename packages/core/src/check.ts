import { inSourceForm, type SourceText } from './model/normalization.js';
import { citeText } from '@arende/lagrum';
import type { Draft, Point } from './model/types.js';
import { parseDraft } from './model/parse-draft.js';
import { compareDiagnostics, ruleUrl, type Diagnostic, type LagrumRef, type Problem } from './diagnostic.js';
import { rules as allRules, type RuleDefinition } from './rules/index.js';
import { DEFAULT_CONFIG, type ArendeConfig } from './config.js';
import type { FileProbe } from './model/media.js';
import { findSilences, isSilenced } from './suppress.js';
import type { RuleContext } from './rules/rule.js';
import { resolveMeeting, type HandlingLoader, type ResolvedMeeting } from './meeting/resolve.js';
import { isMeeting } from './meeting/kind.js';

export interface CheckOptions {
  config?: ArendeConfig;
  /** Rules to run (default: the whole registry). */
  rules?: readonly RuleDefinition[];
  /**
   * Asks whether a local file named in the draft (an image) exists. Without it, images are checked
   * only for what needs no file system (remote addresses, formats); the CLI and the extension pass
   * `nodeFileProbe()`.
   */
  files?: FileProbe;
  /**
   * Reads the files a meeting file names under `handlingar` (paths relative to it). Without it the
   * meeting rules that need the handlingar do not run (core itself reads no files).
   */
  handlingar?: HandlingLoader;
  /**
   * Run only the rules that can report an error under the config (see canReportError): for commands that
   * look at the errors alone (export refuses a draft with errors), the readability and wording rules
   * need not run. The errors are the same as checkDraft's without it.
   */
  errorsOnly?: boolean;
}

/**
 * Whether a rule can report an error under `config`: set to error there, or left at its default and
 * either an error by default or one that reports some problems as errors (RuleDefinition.reportsErrors).
 * A problem's severity comes from the config first, then the problem, then the rule (checkDraft's report).
 */
export function canReportError(rule: RuleDefinition, config: ArendeConfig): boolean {
  const setting = config.rules[rule.id];
  if (setting !== undefined) return setting === 'error';
  return rule.severity === 'error' || rule.reportsErrors === true;
}

/** Runs every rule on a parsed draft; returns the diagnostics in document order. */
export function checkDraft(draft: Draft, options: CheckOptions = {}): Diagnostic[] {
  return checkDraftInSteps(draft, options, new Set())();
}

/**
 * checkDraft in two steps: every rule but those named in `later` now, and those when the returned
 * function is called, which then gives exactly what checkDraft gives. The CLI checks a folder this
 * way with `spelling` later: Hunspell loads on another thread while the other rules run.
 */
export function checkDraftInSteps(draft: Draft, options: CheckOptions, later: ReadonlySet<string>): () => Diagnostic[] {
  const config = options.config ?? DEFAULT_CONFIG;
  const out: Diagnostic[] = [];
  let resolved: ResolvedMeeting | undefined | null = null;
  const context: RuleContext = {
    config,
    files: options.files,
    handlingar: options.handlingar,
    meeting() {
      if (resolved === null) resolved = options.handlingar && isMeeting(draft) ? resolveMeeting(draft, options.handlingar) : undefined;
      return resolved;
    },
  };
  // A draft beyond an input limit was not read: its one problem, whatever the config says (not a lint).
  const chosen = draft.limit
    ? allRules.filter((r) => r.id === 'draft-limits')
    : (options.rules ?? allRules).filter((r) => !options.errorsOnly || canReportError(r, config));
  const run = (rule: RuleDefinition) => {
    const setting = draft.limit ? 'error' : config.rules[rule.id];
    if (setting === 'off') return;
    const report = (p: Problem) => {
      // One place sets id, source, url and severity, so no rule can forget them (remark-lint's way).
      const d: Diagnostic = {
        ruleId: rule.id,
        source: 'arende',
        severity: setting ?? p.severity ?? rule.severity,
        message: p.message,
        range: p.range,
        url: ruleUrl(rule.id),
      };
      if (p.messageEn !== undefined) d.messageEn = p.messageEn;
      const lagrum = p.lagrum ?? rule.lagrum;
      if (lagrum) d.lagrum = lagrumRef(lagrum);
      else if (p.basis ?? rule.basis) {
        d.basis = p.basis ?? rule.basis;
        const basisEn = p.basis !== undefined ? p.basisEn : rule.basisEn;
        if (basisEn !== undefined) d.basisEn = basisEn;
      }
      if (p.expected) {
        d.expected = p.expected;
        d.actual = p.actual ?? draft.text.slice(p.range.start.offset, p.range.end.offset);
        if (p.choose) d.choose = true;
      }
      out.push(d);
    };
    try {
      rule.check(draft, report, context);
    } catch (e) {
      // A rule must never take the whole check down; say which one failed, where the user can see it.
      report({
        message: `Internt fel i regeln '${rule.id}': ${(e as Error).message}. Rapportera gärna felet.`,
        messageEn: `Internal error in the rule '${rule.id}': ${(e as Error).message}. Please report it.`,
        range: { start: draft.pointAt(0), end: draft.pointAt(0) },
        severity: 'error',
      });
    }
  };
  for (const rule of chosen) if (!later.has(rule.id)) run(rule);
  return () => {
    // The order of `out` decides nothing: the sort below orders by place and then rule id, so the later
    // rules' problems land where checkDraft would have put them.
    for (const rule of chosen) if (later.has(rule.id)) run(rule);
    const frontmatterEnd = draft.frontmatter ? draft.frontmatter.range.end.line : 0;
    const silences = findSilences(draft.text, frontmatterEnd);
    const listed = capPerRule(out.filter((d) => !isSilenced(d, silences)).sort(compareDiagnostics));
    return draft.source ? listed.map((d) => inSourcePositions(d, draft.source!)) : listed;
  };
}

/**
 * A diagnostic computed on the NFC text moved to the file's own text (issue 17): its range there, the text
 * now at that range, and its replacement written in the draft's own normalisation form.
 */
function inSourcePositions(d: Diagnostic, source: SourceText): Diagnostic {
  const at = (p: Point): Point => source.pointAt(source.toSource[Math.min(p.offset, source.toSource.length - 1)]!);
  const range = { start: at(d.range.start), end: at(d.range.end) };
  const moved: Diagnostic = { ...d, range };
  if (d.expected) {
    const actual = source.text.slice(range.start.offset, range.end.offset);
    moved.actual = actual;
    moved.expected = d.expected.map((e) => inSourceForm(e, actual));
  }
  return moved;
}

/**
 * At most this many problems of one rule per draft are listed; the rest are counted in one more problem
 * at the first one left out. 70,000 bare addresses gave 70,000 problems, and the text report took minutes.
 */
export const MAX_PROBLEMS_PER_RULE = 200;

function capPerRule(sorted: Diagnostic[]): Diagnostic[] {
  const count = new Map<string, number>();
  for (const d of sorted) count.set(d.ruleId, (count.get(d.ruleId) ?? 0) + 1);
  if (![...count.values()].some((n) => n > MAX_PROBLEMS_PER_RULE)) return sorted;
  const seen = new Map<string, number>();
  const out: Diagnostic[] = [];
  for (const d of sorted) {
    const n = (seen.get(d.ruleId) ?? 0) + 1;
    seen.set(d.ruleId, n);
    if (n <= MAX_PROBLEMS_PER_RULE) out.push(d);
    else if (n === MAX_PROBLEMS_PER_RULE + 1) {
      const rest = count.get(d.ruleId)! - MAX_PROBLEMS_PER_RULE;
      out.push({
        ...d,
        message: `Ytterligare ${rest} problem av samma slag (${d.ruleId}) från och med här visas inte; de första ${MAX_PROBLEMS_PER_RULE} visas. ${d.message}`,
        messageEn: `${rest} more problems of the same kind (${d.ruleId}) from here on are not shown; the first ${MAX_PROBLEMS_PER_RULE} are. ${d.messageEn ?? d.message}`,
        expected: undefined,
        actual: undefined,
      });
    }
  }
  return out;
}

const refs = new Map<string, LagrumRef>();

/** A rule's legal basis as typed data (SFS number, chapter, paragraph, link), resolved once. */
function lagrumRef(text: string): LagrumRef {
  let ref = refs.get(text);
  if (!ref) {
    const [c] = citeText(text);
    ref = c?.sfs ? { text, sfs: c.sfs, kapitel: c.kapitel, paragraf: c.paragraf, href: c.url ?? undefined } : { text };
    refs.set(text, ref);
  }
  return ref;
}

export interface CheckResult {
  draft: Draft;
  diagnostics: Diagnostic[];
}

/** Parses and checks a draft's text. */
export function checkText(text: string, options: CheckOptions & { path?: string } = {}): CheckResult {
  const draft = parseDraft(text, { path: options.path });
  return { draft, diagnostics: checkDraft(draft, options) };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
