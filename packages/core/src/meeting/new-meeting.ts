/**
 * A new meeting file from the sammanträde wizard's answers (`arende new` → Sammanträde): the meeting
 * template with the answers in its header. The template's placeholder people are taken out (the justerare
 * are chosen at the meeting; the file names them before the protokoll), the justering is set a week after
 * the meeting (within 5 kap. 69 § KL's fourteen days), and the example item stays: it is a placeholder
 * (`placeholder-text`) until the first real ärende replaces it, and then the file passes `arende check`.
 */
import { isMap, parseDocument } from 'yaml';
import { splitHeader } from '../new-draft.js';
import { draftFromTemplate } from '../templates.js';
import { addDays } from './rule.js';
import { MEETING_KIND } from './kind.js';
import type { DraftKind } from '../kinds/index.js';

export interface MeetingAnswers {
  nämnd: string;
  kommun: string;
  /** ÅÅÅÅ-MM-DD. */
  datum: string;
  tid?: string;
  plats?: string;
  ordförande?: string;
  sekreterare?: string;
}

/** The questions, in the order the wizard asks them (also the extension's, should it ask them). */
export const MEETING_QUESTIONS: readonly { key: keyof MeetingAnswers; prompt: string; placeholder: string; required: boolean }[] = [
  { key: 'nämnd', prompt: 'Vilken nämnd sammanträder?', placeholder: 'Socialnämnden', required: true },
  { key: 'kommun', prompt: 'Vilken kommun?', placeholder: 'Exempelby kommun', required: true },
  { key: 'datum', prompt: 'Vilken dag är sammanträdet (ÅÅÅÅ-MM-DD)?', placeholder: '2026-05-20', required: true },
  { key: 'tid', prompt: 'När börjar det?', placeholder: '13.00', required: false },
  { key: 'plats', prompt: 'Var hålls det?', placeholder: 'Sessionssalen, kommunhuset', required: false },
  { key: 'ordförande', prompt: 'Vem är ordförande?', placeholder: 'Kim Exempel (Exempelpartiet)', required: false },
  { key: 'sekreterare', prompt: 'Vem är sekreterare?', placeholder: 'Alex Sekreterare', required: false },
];

export function meetingFromAnswers(answers: MeetingAnswers): string {
  const template = draftFromTemplate(MEETING_KIND as DraftKind, answers.datum);
  const header = splitHeader(template);
  if (!header) return template;
  const doc = parseDocument(header.yaml);
  for (const q of MEETING_QUESTIONS) {
    const value = answers[q.key]?.trim();
    if (value) doc.set(q.key, value);
    else if (!q.required) doc.delete(q.key);
  }
  doc.delete('justerare');
  const justering = doc.get('justering');
  if (isMap(justering)) {
    justering.set('datum', addDays(answers.datum, 7));
    justering.delete('plats');
  }
  // The förhinder line names the sekreterare when there is one (the kallelse's default says the same).
  if (answers.sekreterare?.trim()) doc.delete('förhinder');
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${header.body}`;
}
