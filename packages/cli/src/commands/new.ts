import { open } from 'node:fs/promises';
import path from 'node:path';
import { DRAFT_KINDS, KINDS, TEMPLATE_FILE_NAMES, draftFromTemplate, kindFromArg, kindNamesText, nearest } from '@arende/core';
import { EXIT_OK, type Command, usageError } from '../io.js';
import { parseCommandArgs } from '../args.js';
import { COMMAND_TABLE } from '../command-table.js';

/** The kinds whose ascii spelling differs from their name ("medborgarforslag, namnduppdrag"). */
const ASCII_SPELLINGS = KINDS.filter((k) => k.ascii !== k.name).map((k) => k.ascii);

export const newHelp = `Användning: arende new [TYP] [-o FIL]

Utan TYP, i en terminal: frågar efter typ, kommun, nämnd, rubrik och avsändare, en fråga i taget,
och skriver ett utkast med svaren ifyllda (filnamnet efter rubriken).

Med TYP: skapar ett nytt utkast från mallen för TYP: ${kindNamesText('eller')}${
  ASCII_SPELLINGS.length
    ? `
(även utan å/ä/ö: ${ASCII_SPELLINGS.join(', ')})`
    : ''
}. Dagens datum fylls i.

${KINDS.map((k) => `  ${k.name.padEnd(20)} ${k.description.sv}`).join('\n')}

  -o, --output FIL   filen att skriva (standard: TYP.md i den aktuella mappen).
                     En fil som redan finns skrivs aldrig över.
`;

export const newDraft: Command = async (args, io) => {
  const parsed = parseCommandArgs('new', args, COMMAND_TABLE.new.flags, newHelp, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  // A person at a terminal gets questions; piped or in CI, a kind is needed as before.
  if (positionals.length === 0 && io.interactive) return (await import('./new-guided.js')).guidedNew(io, values.output);
  if (positionals.length !== 1) {
    return usageError(io, 'new', `ange en typ: ${kindNamesText('eller')}.`);
  }
  const kind = kindFromArg(positionals[0]!)?.name;
  if (!kind) {
    const guess = nearest(positionals[0]!, [...DRAFT_KINDS]);
    return usageError(io, 'new', `okänd typ '${positionals[0]}'${guess ? `, menade du '${guess}'?` : `; välj ${kindNamesText('eller')}.`}`);
  }
  const target = path.resolve(io.cwd, values.output ?? TEMPLATE_FILE_NAMES[kind]);
  const text = draftFromTemplate(kind, io.today());
  try {
    // 'wx' fails if the file exists: a new draft must never replace someone's text.
    const handle = await open(target, 'wx');
    await handle.writeFile(text, 'utf8');
    await handle.close();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return usageError(
      io,
      'new',
      code === 'EEXIST'
        ? `'${path.relative(io.cwd, target)}' finns redan och skrivs inte över. Välj ett annat namn med -o.`
        : `kan inte skriva '${path.relative(io.cwd, target)}' (${code}).`,
    );
  }
  io.stdout(`Skapade ${path.relative(io.cwd, target)} (${kind}). Kontrollera med: arende check ${path.relative(io.cwd, target)}\n`);
  return EXIT_OK;
};
