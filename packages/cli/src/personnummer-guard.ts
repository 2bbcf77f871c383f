/**
 * The personnummer guard of every command that writes a document for the nämnd (export, agenda,
 * protokoll). It is not a lint (issue 8): whatever arende.config.json says about `personal-data`, a
 * personnummer does not go into a Word file unless --force is given, and then the command says so.
 * The numbers are named masked (the message may end up in a log or an e-mail). What is checked is what is
 * printed (issue 17): the source and the printed text, in one module of core (printed-text.ts).
 */
import { maskedIdentityNumber, validIdentityNumbersInDraft, type Draft } from '@arende/core';
import type { CliIo } from './io.js';

export interface PersonnummerFinding {
  path: string;
  /** "innehåller ett personnummer (första på rad 13, kolumn 10: 811218-XXXX)" */
  what: string;
}

/** The drafts among `drafts` that hold a personnummer or samordningsnummer, each with where. */
export function personnummerFindings(drafts: readonly { path: string; draft: Draft }[]): PersonnummerFinding[] {
  const out: PersonnummerFinding[] = [];
  for (const { path, draft } of drafts) {
    // The source and the text the document will print (core printed-text.ts: YAML escapes, markup, entities,
    // comments, invisible characters, full-width digits, a table row's cells).
    const numbers = validIdentityNumbersInDraft(draft);
    if (numbers.length === 0) continue;
    const at = draft.pointAt(numbers[0]!.start);
    const count = numbers.length === 1 ? 'ett personnummer' : `${numbers.length} personnummer`;
    out.push({ path, what: `innehåller ${count} (första på rad ${at.line}, kolumn ${at.column}: ${maskedIdentityNumber(numbers[0]!)})` });
  }
  return out;
}

/**
 * For a document made of several drafts (the kallelse, the protokoll): false, with each draft named,
 * when any holds a personnummer and --force is not given; with --force, true and each is named.
 * `document` is the definite noun ("kallelsen", "protokollet").
 */
export function guardPersonnummer(command: string, document: string, drafts: readonly { path: string; draft: Draft }[], force: boolean, io: CliIo): boolean {
  const found = personnummerFindings(drafts);
  for (const f of found) {
    io.stderr(
      force
        ? `arende ${command}: '${f.path}' ${f.what}; tas med ändå eftersom --force angavs. Numret följer med i ${document}.\n`
        : `arende ${command}: '${f.path}' ${f.what} och får inte komma med i ${document}, vad arende.config.json än säger. Ta bort numret, eller använd --force.\n`,
    );
  }
  if (found.length > 0 && !force) {
    io.stderr(`arende ${command}: ${document} skrevs inte.\n`);
    return false;
  }
  return true;
}
