/**
 * Puts each of core's diagnostics next to the form field it concerns: by where it points in the
 * draft text the form wrote (the smallest field span holding its start), except for the few rules
 * that report at a place that stands for something else (a missing motivering is reported at the
 * proposal heading; a missing section or proposal at the `typ` value).
 */
import type { Diagnostic } from '@arende/core';
import { fieldId, type FieldSpan } from './draft-text.js';
import { KIND_FORMS } from './kinds.js';
import type { DraftKind } from '@arende/core';

/** Where a diagnostic goes when no field fits: the box about the whole proposal. */
export const GENERAL = 'allmänt';

function byRule(d: Diagnostic, kind: DraftKind): string | undefined {
  const form = KIND_FORMS[kind];
  switch (d.ruleId) {
    case 'reasoning-missing':
      return form.sections[0] ? fieldId.section(form.sections[0].id) : undefined;
    case 'att-sats-missing':
      return 'att-satser';
    case 'section-missing': {
      const name = /'([^']+)'/.exec(d.message)?.[1]?.toLowerCase();
      const s = form.sections.find((x) => x.heading.toLowerCase() === name);
      return s ? fieldId.section(s.id) : undefined;
    }
    default:
      return undefined;
  }
}

export function fieldFor(d: Diagnostic, spans: readonly FieldSpan[], kind: DraftKind): string {
  const ruled = byRule(d, kind);
  if (ruled) return ruled;
  const at = d.range.start.offset;
  let best: FieldSpan | undefined;
  for (const s of spans) {
    if (at < s.start || at > s.end) continue;
    if (!best || s.end - s.start < best.end - best.start) best = s;
  }
  return best ? best.field : GENERAL;
}

/** Diagnostics grouped by field, each group in document order. */
export function diagnosticsByField(diagnostics: readonly Diagnostic[], spans: readonly FieldSpan[], kind: DraftKind): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const f = fieldFor(d, spans, kind);
    const list = out.get(f);
    if (list) list.push(d);
    else out.set(f, [d]);
  }
  return out;
}
