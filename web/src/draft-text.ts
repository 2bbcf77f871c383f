/**
 * The form's state → a draft in the draft format (Markdown with YAML frontmatter), and where each
 * field landed in that text. Core checks the text; `fieldFor` (field-diagnostics.ts) uses the spans
 * to put each diagnostic next to the field it concerns.
 */
import type { DraftKind } from '@arende/core';
import { stringify } from 'yaml';
import { KIND_FORMS, type MetaKey, type SenderKey } from './kinds.js';

export interface FormState {
  kind: DraftKind;
  rubrik: string;
  datum: string;
  mottagare: string;
  meta: Partial<Record<MetaKey, string>>;
  sender: Partial<Record<SenderKey, string>>;
  /** Section text by SectionField.id. */
  sections: Record<string, string>;
  attSatser: string[];
  lagrum: string[];
}

/** A field's place in the draft text: [start, end) offsets. */
export interface FieldSpan {
  field: string;
  start: number;
  end: number;
}

export interface DraftText {
  text: string;
  spans: FieldSpan[];
}

/** Field ids (also the ids of the form's inputs, prefixed `f-`). */
export const fieldId = {
  meta: (key: string) => key,
  sender: (key: SenderKey) => `avsändare.${key}`,
  section: (id: string) => `avsnitt.${id}`,
  attSats: (i: number) => `att-sats.${i}`,
  lagrum: (i: number) => `lagrum.${i}`,
};

/** A YAML scalar for one line of user input: plain where that is safe, quoted where it is not. */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** One line of text with no line breaks (an att-sats or a list entry must stay one list item). */
function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

export function draftText(state: FormState): DraftText {
  const form = KIND_FORMS[state.kind];
  let text = '';
  const spans: FieldSpan[] = [];
  const line = (s: string, field?: string) => {
    const start = text.length;
    text += `${s}\n`;
    if (field) spans.push({ field, start, end: start + s.length });
  };
  const key = (name: string, value: string | undefined, field: string, indent = '', always = true) => {
    const v = (value ?? '').trim();
    if (!v && !always) return;
    line(v ? `${indent}${name}: ${scalar(v)}` : `${indent}${name}:`, field);
  };

  line('---');
  line(`typ: ${state.kind}`, 'typ');
  key('rubrik', state.rubrik, 'rubrik');
  key('datum', state.datum, 'datum');
  key('mottagare', state.mottagare, 'mottagare');
  for (const m of form.meta) {
    if (m.startsWith('uppdrag.')) continue;
    key(m, state.meta[m], m, '', form.metaRequired.includes(m));
  }
  if (form.meta.includes('uppdrag.beslut')) {
    line('uppdrag:', 'uppdrag.beslut');
    key('beslut', state.meta['uppdrag.beslut'], 'uppdrag.beslut', '  ');
    key('datum', state.meta['uppdrag.datum'], 'uppdrag.datum', '  ');
  }
  line('avsändare:', fieldId.sender('namn'));
  form.sender.forEach((k, i) => {
    const indent = i === 0 ? '  - ' : '    ';
    key(k, state.sender[k], fieldId.sender(k), indent, form.senderRequired.includes(k));
  });
  const lagrum = state.lagrum.map((l, i) => ({ text: oneLine(l), i })).filter((l) => l.text);
  if (lagrum.length) {
    line('lagrum:', 'lagrum');
    for (const l of lagrum) line(`  - ${scalar(l.text)}`, fieldId.lagrum(l.i));
  } else if (form.lagrumRequired) {
    line('lagrum:', 'lagrum');
  }
  line('---');

  const section = (heading: string, body: string, field: string) => {
    const content = body
      .replace(/\r\n?/g, '\n')
      .replace(/\s+$/, '')
      .replace(/^\s*\n/, '');
    // An empty section is left out, heading and all: core then reports it as missing (section-missing,
    // reasoning-missing), with the message a draft without it would get.
    if (!content) return;
    const start = text.length;
    line('');
    line(`## ${heading}`);
    line('');
    line(content);
    spans.push({ field, start, end: text.length });
  };
  const proposal = () => {
    const start = text.length;
    line('');
    line(`## ${form.proposalHeading}`);
    // Under a heading that ends in "att" ("Jag föreslår att") an att-sats typed with its own "att" would
    // read "att … att …": the draft gets it without the second one (the field keeps what was typed).
    const headingHasAtt = /\batt$/i.test(form.proposalHeading.trim());
    const items = state.attSatser.map((a, i) => ({ text: headingHasAtt ? oneLine(a).replace(/^att\s+(?=\S)/i, '') : oneLine(a), i })).filter((a) => a.text);
    if (items.length) line('');
    for (const a of items) line(`- ${a.text}`, fieldId.attSats(a.i));
    spans.push({ field: 'att-satser', start, end: text.length });
  };

  if (form.attSatser && form.proposalFirst) proposal();
  for (const s of form.sections) section(s.heading, state.sections[s.id] ?? '', fieldId.section(s.id));
  if (form.attSatser && !form.proposalFirst) proposal();

  return { text, spans };
}

/** An empty form for a kind, dated `today`. */
export function emptyState(kind: DraftKind, today: string): FormState {
  return {
    kind,
    rubrik: '',
    datum: today,
    mottagare: KIND_FORMS[kind].defaultMottagare,
    meta: {},
    sender: {},
    sections: {},
    attSatser: [''],
    lagrum: [],
  };
}
