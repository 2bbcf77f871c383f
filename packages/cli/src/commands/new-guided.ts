/**
 * `arende new` without a kind, at a terminal: asks one question at a time in plain Swedish (the kind,
 * kommun, nämnd, rubrik, then the sender fields the kind asks for), writes the draft with the answers
 * filled in and says what to do next. The questions and the draft come from core (new-draft.ts), the
 * same ones the extension's "Nytt ärende…" asks; the prompts are @clack/prompts'.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import * as p from '@clack/prompts';
import {
  DRAFT_QUESTIONS,
  MEETING_KIND,
  MEETING_QUESTIONS,
  checkKommunName,
  isIsoDate,
  meetingFromAnswers,
  mottagareQuestion,
  väcktQuestion,
  KINDS,
  SENDER_QUESTIONS,
  draftFromAnswers,
  kindByName,
  sectionsToWrite,
  swedishList,
  templateValue,
  type DraftAnswers,
  type DraftKind,
  type MeetingAnswers,
  type Question,
  type SenderField,
} from '@arende/core';
import { EXIT_OK, EXIT_USAGE, type CliIo } from '../io.js';

class Cancelled extends Error {}

function answered<T>(value: T | symbol): Exclude<T, symbol> {
  if (p.isCancel(value)) throw new Cancelled();
  return value as Exclude<T, symbol>;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

async function ask(q: Question, options: { required: boolean; initialValue?: string; field?: SenderField; date?: boolean }): Promise<string> {
  return answered(
    await p.text({
      message: options.required ? q.prompt.sv : `${q.prompt.sv} (tryck Enter för att hoppa över)`,
      placeholder: options.initialValue ? undefined : `t.ex. ${q.placeholder}`,
      initialValue: options.initialValue,
      validate: (value) => {
        const v = (value ?? '').trim();
        if (options.required && v === '') return 'Skriv något här, det behövs i ärendet.';
        if (options.field === 'e-post' && v !== '' && !EMAIL.test(v)) return `Det ser inte ut som en e-postadress (t.ex. ${q.placeholder}).`;
        if (options.date && v !== '' && !isIsoDate(v)) return `Skriv dagen som ÅÅÅÅ-MM-DD, t.ex. ${q.placeholder}, eller lämna tomt.`;
        if (/\n/.test(v)) return 'Skriv allt på en rad.';
        return undefined;
      },
    }),
  ).trim();
}

/**
 * A kommun written short or misspelt ("Lindesberg") is offered its official names from the list of
 * Sweden's kommuner (the rule kommun-name would warn about it later); a name not on the list is kept.
 */
async function officialKommun(written: string): Promise<string> {
  const result = checkKommunName(written);
  if (result.status !== 'fix') return written;
  return answered(
    await p.select<string>({
      message: `Menar du ${result.official.join(' eller ')}? Välj med piltangenterna och tryck Enter.`,
      options: [...result.official.map((n) => ({ value: n, label: n })), { value: written, label: `${written} (som jag skrev)` }],
      showInstructions: false,
    }),
  );
}

/** A file name from the rubrik: lower case, without å/ä/ö, words joined by '-'. */
function fileNameFor(rubrik: string, fallback: string): string {
  const slug = rubrik
    .toLocaleLowerCase('sv')
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || fallback}.md`;
}

/** Writes `text` to `name` in `dir`, or to name-2.md, name-3.md … when it exists: a new draft never replaces a file. */
async function writeNew(dir: string, name: string, text: string, exact: boolean): Promise<string> {
  const base = name.replace(/\.md$/i, '');
  for (let n = 1; ; n++) {
    const target = path.resolve(dir, n === 1 ? name : `${base}-${n}.md`);
    try {
      const handle = await open(target, 'wx');
      await handle.writeFile(text, 'utf8');
      await handle.close();
      return target;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || exact || n > 99) throw e;
    }
  }
}

/**
 * The meeting file (Sammanträde): nämnd, kommun, datum, tid, plats, ordförande and sekreterare go into its header;
 * the next step is to add the ärenden and make the kallelse with `arende agenda` (a meeting file is not exported).
 */
async function guidedMeeting(io: CliIo, output: string | undefined): Promise<number> {
  const answers: Partial<MeetingAnswers> = {};
  for (const q of MEETING_QUESTIONS) {
    let value: string;
    if (q.key === 'datum') {
      value = answered(
        await p.text({
          message: q.prompt,
          placeholder: `t.ex. ${q.placeholder}`,
          validate: (v) => (isIsoDate((v ?? '').trim()) ? undefined : 'Skriv dagen som ÅÅÅÅ-MM-DD, t.ex. 2026-05-20.'),
        }),
      ).trim();
    } else {
      value = await ask({ prompt: { sv: q.prompt, en: q.prompt }, placeholder: q.placeholder }, { required: q.required });
      if (q.key === 'kommun') value = await officialKommun(value);
    }
    answers[q.key] = value;
  }
  const full = answers as MeetingAnswers;
  const text = meetingFromAnswers(full);
  const ascii = kindByName(MEETING_KIND)!.ascii;
  const name = output ?? fileNameFor(`${ascii} ${full.nämnd} ${full.datum}`, ascii);
  let target: string;
  try {
    target = await writeNew(io.cwd, name, text, output !== undefined);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    p.cancel(code === 'EEXIST' ? `'${name}' finns redan och skrivs inte över. Välj ett annat namn med -o.` : `Kan inte skriva '${name}' (${code}).`);
    return EXIT_USAGE;
  }
  const file = path.relative(io.cwd, target);
  const shown = /\s/.test(file) ? `"${file}"` : file;
  p.note(
    [
      `1. Öppna ${file} och ersätt exempelärendet under 'ärenden' med sammanträdets ärenden:`,
      "   för varje ärende 'handlingar:' med sökvägarna till initiativet och tjänsteskrivelsen.",
      `2. Kontrollera mötesfilen: arende check ${shown}`,
      `3. Gör kallelsen:          arende agenda ${shown}`,
      `4. Efter sammanträdet, med besluten ifyllda: arende protokoll ${shown}`,
    ].join('\n'),
    'Så gör du sedan',
  );
  p.outro(`Klart! Mötesfilen är sparad i ${file}.`);
  return EXIT_OK;
}

export async function guidedNew(io: CliIo, output: string | undefined): Promise<number> {
  p.intro('Nytt ärende');
  p.log.message('Svara på några frågor, en i taget. Du kan ändra allt efteråt i filen. Avbryt med Ctrl+C.');
  try {
    const kind = answered(
      await p.select<DraftKind>({
        message: 'Vad vill du skriva? Välj med piltangenterna och tryck Enter.',
        options: KINDS.map((k) => ({ value: k.name, label: k.label.sv, hint: k.description.sv })),
        showInstructions: false,
      }),
    );
    const definition = kindByName(kind)!;
    if (definition.workflow.role === 'möte') return await guidedMeeting(io, output);
    const answers: DraftAnswers = {};
    answers.kommun = await officialKommun(await ask(DRAFT_QUESTIONS.kommun, { required: true }));
    // Addressed to a chair, the template's value is a placeholder: no suggestion then (the question gives an example).
    const toPerson = 'person' in definition.addressedTo;
    answers.mottagare = await ask(mottagareQuestion(definition), { required: true, initialValue: toPerson ? undefined : templateValue(kind, 'mottagare') });
    answers.rubrik = await ask(DRAFT_QUESTIONS.rubrik, { required: true });
    answers.avsändare = {};
    for (const field of definition.senderFields.fields) {
      answers.avsändare[field] = await ask(SENDER_QUESTIONS[field], { required: definition.senderFields.required.includes(field), field });
    }
    // The day it was handed in is the writer's to give (frister count from it); unanswered, no `väckt` is written.
    const väckt = väcktQuestion(definition);
    if (väckt) answers.väckt = await ask(väckt, { required: false, date: true });

    const text = draftFromAnswers(kind, io.today(), answers);
    let target: string;
    try {
      target = await writeNew(io.cwd, output ?? fileNameFor(answers.rubrik, definition.ascii), text, output !== undefined);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const name = output ?? fileNameFor(answers.rubrik, definition.ascii);
      p.cancel(code === 'EEXIST' ? `'${name}' finns redan och skrivs inte över. Välj ett annat namn med -o.` : `Kan inte skriva '${name}' (${code}).`);
      return EXIT_USAGE;
    }
    const file = path.relative(io.cwd, target);
    const shown = /\s/.test(file) ? `"${file}"` : file;
    const sections = sectionsToWrite(text);
    p.note(
      [
        `1. Öppna ${file} och skriv ${sections.length > 1 ? 'avsnitten' : 'avsnittet'} ${swedishList(
          sections.map((s) => `"${s}"`),
          'och',
        )}.`,
        '   Byt ut hjälptexten under varje rubrik mot din egen text.',
        `2. Kontrollera utkastet:  arende check ${shown}`,
        `3. Gör en Word-fil:       arende export ${shown}`,
      ].join('\n'),
      'Så gör du sedan',
    );
    p.outro(`Klart! Utkastet är sparat i ${file}.`);
    return EXIT_OK;
  } catch (e) {
    if (!(e instanceof Cancelled)) throw e;
    p.cancel('Avbrutet. Inget har sparats.');
    return EXIT_USAGE;
  }
}
