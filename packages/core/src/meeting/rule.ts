/**
 * The meeting rules share one shape: each is a rule file like the others, whose check receives the
 * meeting file with its handlingar read (the shared meeting context, computed once per check and passed
 * to every meeting rule). They run only when the check was given a way to read files (a HandlingLoader).
 */
import type { Severity } from '../diagnostic.js';
import type { Range } from '../model/types.js';
import { defineRule, type RuleDefinition } from '../rules/rule.js';
import type { ResolvedMeeting } from './resolve.js';

/** What a meeting rule reports: positioned in the meeting file (the secretary fixes it, or swaps a file it names). */
export interface MeetingReport {
  message: string;
  /** The same in English (an editor set to English). */
  messageEn: string;
  range: Range;
  severity?: Severity | undefined;
}

export type MeetingCheck = (resolved: ResolvedMeeting, report: (problem: MeetingReport) => void) => void;

export function meetingRule(rule: Omit<RuleDefinition, 'check'> & { checkMeeting: MeetingCheck }): RuleDefinition {
  const { checkMeeting, ...definition } = rule;
  return defineRule({
    ...definition,
    check(_draft, report, context) {
      const resolved = context.meeting?.();
      if (!resolved) return;
      checkMeeting(resolved, (p) => report({ message: p.message, messageEn: p.messageEn, range: p.range, severity: p.severity }));
    },
  });
}

const DAY = 86_400_000;

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY;

export function addDays(isoDate: string, n: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

/** Swedish genitive: "Kim Exempels", but "Lars" and "Max" stay as they are. */
export const genitive = (name: string): string => (/[sxz]$/i.test(name) ? name : `${name}s`);
