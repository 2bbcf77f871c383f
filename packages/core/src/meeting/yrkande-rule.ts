/**
 * The yrkande rules share one shape: they report the problems yrkandeProblems() found for their id,
 * computed once per check from the meeting file and its handlingar (every yrkande rule needs the same
 * analysis of the yrkanden against the förslag, so it is made once and shared).
 */
import { yrkandeProblems, type YrkandeProblem, type YrkandeRuleId } from './yrkande-problems.js';
import type { ResolvedMeeting } from './resolve.js';
import { meetingRule } from './rule.js';
import type { RuleDefinition } from '../rules/rule.js';

const cache = new WeakMap<ResolvedMeeting, YrkandeProblem[]>();

function problemsOf(resolved: ResolvedMeeting): YrkandeProblem[] {
  let p = cache.get(resolved);
  if (!p) cache.set(resolved, (p = yrkandeProblems(resolved)));
  return p;
}

export function yrkandeRule(rule: Omit<RuleDefinition, 'check' | 'id'> & { id: YrkandeRuleId }): RuleDefinition {
  return meetingRule({
    ...rule,
    checkMeeting(resolved, report) {
      for (const p of problemsOf(resolved)) if (p.ruleId === rule.id) report(p);
    },
  });
}
