/**
 * A new draft from a few answers: the questions `arende new` asks in a terminal and the extension's
 * "Nytt ärende…" asks in a QuickInput (one list of questions for both, driven by the table of kinds), and
 * the draft they give: the kind's template with the answers in its header, the sections left to write.
 */
import { isMap, isScalar, parseDocument } from 'yaml';
import { isIsoDate } from '@arende/lagrum';
import { kindByName, type Bilingual, type DraftKind, type KindDefinition, type SenderField } from './kinds/index.js';
import { draftFromTemplate } from './templates.js';

export interface DraftAnswers {
  kommun?: string;
  /** The nämnd (or fullmäktige) the draft goes to: `mottagare`. */
  mottagare?: string;
  rubrik?: string;
  /** One sender, the fields of the kind's `senderFields` that were answered. */
  avsändare?: Partial<Record<SenderField, string>>;
  /**
   * The day it was handed in (`väckt`, ÅÅÅÅ-MM-DD), for a kind with a frist: only when the writer said so.
   * Left out, `väckt` is not written (frister and the status bar then count from `datum`).
   */
  väckt?: string;
}

export interface Question {
  /** In plain Swedish (and English for the extension's second language). */
  prompt: Bilingual;
  /** An example of an answer. */
  placeholder: string;
}

/** The questions about the draft, asked after its kind, in this order. */
export const DRAFT_QUESTIONS: Record<'kommun' | 'mottagare' | 'rubrik', Question> = {
  kommun: {
    prompt: { sv: 'Vilken kommun gäller det?', en: 'Which municipality is it for?' },
    placeholder: 'Exempelby kommun',
  },
  mottagare: {
    prompt: {
      sv: 'Vilken nämnd ska få ärendet? (En nämnd är de politiker som beslutar om ett område, t.ex. Socialnämnden.)',
      en: 'Which nämnd should receive it? (A nämnd is the group of politicians who decide on an area, e.g. Socialnämnden.)',
    },
    placeholder: 'Socialnämnden',
  },
  rubrik: {
    prompt: { sv: 'Vad handlar det om? Skriv en kort rubrik på en rad.', en: 'What is it about? Write a short title on one line.' },
    placeholder: 'Längre öppettider på träffpunkten',
  },
};

/**
 * The question for `mottagare`, by whom the kind is addressed to (the table's `addressedTo`): a nämnd,
 * fullmäktige, or the chair of a nämnd by name (an interpellation, a fråga).
 */
export function mottagareQuestion(kind: KindDefinition): Question {
  const to = kind.addressedTo;
  if ('person' in to) {
    return {
      prompt: {
        sv: 'Vilken nämnds ordförande ställer du den till? Skriv titeln och namnet, t.ex. Socialnämndens ordförande Anna Berg.',
        en: "Which nämnd's chair do you address it to? Write the title and the name, e.g. Socialnämndens ordförande Anna Berg.",
      },
      placeholder: 'Socialnämndens ordförande Anna Berg',
    };
  }
  if (to.body === 'fullmäktige') {
    return {
      prompt: {
        sv: 'Den väcks i fullmäktige. Skriv Kommunfullmäktige (eller Regionfullmäktige).',
        en: 'It is raised in fullmäktige. Write Kommunfullmäktige (or Regionfullmäktige).',
      },
      placeholder: 'Kommunfullmäktige',
    };
  }
  return DRAFT_QUESTIONS.mottagare;
}

/**
 * For a kind whose decision has a frist (the table's `workflow.frist`: a motion, a medborgarförslag), when
 * it was handed in: the frist counts from that day (5 kap. 35 § KL), so it is asked, never guessed, and
 * may be left unanswered (a draft not yet handed in has no such day).
 */
export function väcktQuestion(kind: KindDefinition): Question | undefined {
  if (!kind.workflow.frist) return undefined;
  return {
    prompt: {
      sv: `När lämnades ${kind.workflow.definite.toLocaleLowerCase('sv')} in? Skriv dagen som ÅÅÅÅ-MM-DD; fristen på ett år räknas från den. Lämna tomt om den inte är inlämnad än.`,
      en: `When was the ${kind.label.en.toLowerCase()} handed in? Write the day as YYYY-MM-DD; the one-year time limit counts from it. Leave it empty if it has not been handed in yet.`,
    },
    placeholder: '2026-03-16',
  };
}

/** The question for each sender field (which ones are asked is the kind's `senderFields`). */
export const SENDER_QUESTIONS: Record<SenderField, Question> = {
  namn: { prompt: { sv: 'Vad heter du?', en: 'What is your name?' }, placeholder: 'Kim Exempel' },
  parti: { prompt: { sv: 'Vilket parti företräder du?', en: 'Which party do you represent?' }, placeholder: 'Exempelpartiet' },
  roll: {
    prompt: { sv: 'Vilken roll har du? (t.ex. ledamot eller ersättare)', en: 'What is your role? (e.g. ledamot or ersättare)' },
    placeholder: 'ledamot',
  },
  adress: {
    prompt: {
      sv: 'Din postadress? Den står bara i din egen version, inte i den som publiceras.',
      en: 'Your postal address? It appears only in your own version, not in the published one.',
    },
    placeholder: 'Storgatan 1, 123 45 Exempelby',
  },
  'e-post': {
    prompt: { sv: 'Din e-postadress? Den publiceras inte heller.', en: 'Your e-mail address? It is not published either.' },
    placeholder: 'kim@example.se',
  },
  telefon: {
    prompt: { sv: 'Ditt telefonnummer? Det publiceras inte heller.', en: 'Your phone number? It is not published either.' },
    placeholder: '070-123 45 67',
  },
};

/** The template's own value of a key (the suggestion when the writer has nothing else to go on). */
export function templateValue(kind: DraftKind, key: 'kommun' | 'mottagare' | 'rubrik'): string | undefined {
  const header = splitHeader(draftFromTemplate(kind, '2000-01-01'));
  const value = header && parseDocument(header.yaml).get(key);
  return typeof value === 'string' ? value : undefined;
}

/**
 * The kind's template with `datum` set to `today` and the answers in its header: `kommun`, `mottagare`,
 * `rubrik`, and one sender with the answered fields (in the kind's order) in place of the template's
 * example senders. Blank answers leave the template's value. The body (the sections to write) is the
 * template's.
 */
export function draftFromAnswers(kind: DraftKind, today: string, answers: DraftAnswers): string {
  const template = draftFromTemplate(kind, today);
  const header = splitHeader(template);
  if (!header) return template;
  const doc = parseDocument(header.yaml);
  let changed = false;
  for (const key of ['kommun', 'mottagare', 'rubrik'] as const) {
    const value = answers[key]?.trim();
    if (value) {
      doc.set(key, value);
      changed = true;
    }
  }
  const fields = kindByName(kind)?.senderFields.fields ?? [];
  const sender = Object.fromEntries(
    fields.flatMap((f) => {
      const value = answers.avsändare?.[f]?.trim();
      return value ? [[f, value]] : [];
    }),
  );
  if (Object.keys(sender).length > 0) {
    doc.set('avsändare', doc.createNode([sender]));
    changed = true;
  }
  const väckt = answers.väckt?.trim();
  if (väckt && isIsoDate(väckt) && kindByName(kind)?.workflow.frist) {
    setAfter(doc, 'väckt', väckt, 'datum');
    changed = true;
  }
  if (!changed) return template;
  // lineWidth 0: a long rubrik stays on its line, as a writer would type it.
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${header.body}`;
}

/** Sets `key` in a document's top map, as a new key right after `after` (where a reader looks for it). */
function setAfter(doc: ReturnType<typeof parseDocument>, key: string, value: string, after: string): void {
  const map = doc.contents;
  if (!isMap(map) || map.has(key)) {
    doc.set(key, value);
    return;
  }
  const at = map.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === after);
  const pair = doc.createPair(key, value);
  if (at < 0) map.items.push(pair);
  else map.items.splice(at + 1, 0, pair);
}

/** The `##` sections of a draft's body, in order: what is left to write in a new draft. */
export function sectionsToWrite(text: string): string[] {
  const body = splitHeader(text)?.body ?? text;
  return [...body.matchAll(/^##[ \t]+(.+?)[ \t]*$/gm)].map((m) => m[1]!);
}

/**
 * The draft as a snippet (VS Code's syntax): every paragraph and list item of the body that the
 * template wrote as guidance becomes a tab stop, so Tab walks the writer from one thing to write to
 * the next and typing replaces the guidance. The header and the headings stay as they are.
 */
export function draftAsSnippet(text: string): string {
  const header = splitHeader(text);
  const esc = (s: string) => s.replace(/[$}\\]/g, (c) => `\\${c}`);
  let stop = 0;
  const body = (header?.body ?? text)
    .split('\n')
    .map((line) => {
      const item = /^(\s*(?:[-*+]|\d+[.)])\s+)(.*)$/.exec(line);
      if (item && item[2]!.trim()) return `${esc(item[1]!)}\${${++stop}:${esc(item[2]!)}}`;
      if (line.trim() === '' || /^\s*#/.test(line)) return esc(line);
      return `\${${++stop}:${esc(line)}}`;
    })
    .join('\n');
  return header ? `${esc(`---\n${header.yaml}---\n`)}${body}` : body;
}

/** A text's frontmatter YAML (between the fences, with its final newline) and the body after it. */
export function splitHeader(text: string): { yaml: string; body: string } | undefined {
  const m = /^---\r?\n([\s\S]*?\r?\n)?---\r?\n/.exec(text);
  return m ? { yaml: m[1] ?? '', body: text.slice(m[0].length) } : undefined;
}
