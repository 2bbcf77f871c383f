/**
 * A saved draft (Markdown) → the form's state, so a writer can go on another day. What the form has
 * no field for is not lost silently: text under other headings is kept in the first section, under
 * its heading, and `lost` names anything that could not be placed.
 */
import { parseDraft, type DraftKind } from '@arende/core';
import { emptyState, type FormState } from './draft-text.js';
import { DEFAULT_KIND, KIND_FORMS, type MetaKey, type SenderKey } from './kinds.js';

export interface OpenedDraft {
  state: FormState;
  /** Frontmatter keys the form has no field for (left out of the form). */
  lost: string[];
}

export function stateFromDraft(text: string, today: string): OpenedDraft {
  const draft = parseDraft(text);
  const kind: DraftKind = draft.kind ?? DEFAULT_KIND;
  const form = KIND_FORMS[kind];
  const state = emptyState(kind, today);
  const m = draft.metadata;
  state.rubrik = m.rubrik ?? '';
  state.datum = m.datum ?? today;
  state.mottagare = m.mottagare ?? '';
  const meta: Partial<Record<MetaKey, string | undefined>> = {
    kommun: m.kommun,
    diarienummer: m.diarienummer,
    förvaltning: m.förvaltning,
    'uppdrag.beslut': m.uppdrag?.beslut,
    'uppdrag.datum': m.uppdrag?.datum,
  };
  for (const [k, v] of Object.entries(meta)) if (v) state.meta[k as MetaKey] = v;
  const sender = m.avsändare[0];
  if (sender) for (const k of Object.keys(sender) as SenderKey[]) if (sender[k]) state.sender[k] = sender[k];
  state.lagrum = [...m.lagrum];
  state.attSatser = draft.attSatser.length ? draft.attSatser.map((a) => a.text) : [''];

  const lost: string[] = [];
  const known = new Set(['typ', 'rubrik', 'datum', 'mottagare', 'kommun', 'diarienummer', 'förvaltning', 'uppdrag', 'avsändare', 'lagrum']);
  for (const k of Object.keys(m.raw)) if (!known.has(k)) lost.push(k);
  if (m.avsändare.length > 1)
    lost.push(
      `avsändare ${m.avsändare
        .slice(1)
        .map((p) => p.namn)
        .join(', ')}`,
    );

  // Body sections: by heading to the form's sections; others go, with their heading, into the first.
  const extra: string[] = [];
  for (const s of draft.sections) {
    if (s === draft.proposal) continue;
    const body = s.children.length ? draft.text.slice(s.children[0]!.position!.start.offset!, s.children[s.children.length - 1]!.position!.end.offset!) : '';
    const target = form.sections.find((f) => f.accepted.includes(s.key));
    if (target && !state.sections[target.id]) state.sections[target.id] = body;
    else if (body || s.heading) extra.push(s.heading ? `${s.heading}\n\n${body}` : body);
  }
  const first = form.sections[0];
  if (first && extra.length) state.sections[first.id] = [state.sections[first.id], ...extra].filter(Boolean).join('\n\n');
  return { state, lost };
}
