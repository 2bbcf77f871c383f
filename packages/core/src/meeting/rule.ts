/**
 * The meeting rules share one shape: they report the problems meetingProblems() found for their id,
 * computed once per check from the meeting file and its handlingar.
 */
import { meetingProblems, type MeetingProblem, type MeetingRuleId } from './problems.js';
import type { ResolvedMeeting } from './resolve.js';
import { defineRule, type RuleDefinition } from '../rules/rule.js';

const cache = new WeakMap<ResolvedMeeting, MeetingProblem[]>();

function problemsOf(resolved: ResolvedMeeting): MeetingProblem[] {
  let p = cache.get(resolved);
  if (!p) cache.set(resolved, (p = meetingProblems(resolved)));
  return p;
}

export function meetingRule(rule: Omit<RuleDefinition, 'check' | 'id'> & { id: MeetingRuleId }): RuleDefinition {
  return defineRule({
    ...rule,
    check(_draft, report, context) {
      const resolved = context.meeting?.();
      if (!resolved) return;
      for (const p of problemsOf(resolved)) {
        if (p.ruleId === rule.id) report({ message: p.message, messageEn: p.messageEn, range: p.range, severity: p.severity });
      }
    },
  });
}
