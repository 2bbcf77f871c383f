/**
 * `arende webb [-o FIL]`: writes the citizens' page as one self-contained file (arende.html, built by
 * `pnpm web:build` and shipped inside the packed CLI), for a kommun or an association to put on any web
 * host, or for anyone to send or open from disk.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT_OK, EXIT_USAGE, type Command } from '../io.js';
import { parseCommandArgs } from '../args.js';
import { COMMAND_TABLE } from '../command-table.js';

export const webbHelp = `Användning: arende webb [-o FIL]

Skriver medborgarsidan (där vem som helst kan skriva ett medborgarförslag och ladda ner det som
Word-fil) som en enda fil: sidan, dess kod och utseende i samma fil, utan något som hämtas från
nätet. Öppna filen i en webbläsare, skicka den med e-post eller lägg den på valfri webbserver.
Det man skriver på sidan stannar i webbläsaren.

  -o, --output FIL   filen att skriva (standard: arende.html i arbetsmappen)

Slutkod: 0 klar, 2 fel i kommandot eller filen går inte att skriva.
`;

/** Where arende.html is: beside the packed CLI's bundle (dist/web/), else in the repository's web/dist/. */
function singleFilePage(): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.resolve(here, '../web/arende.html'), path.resolve(here, '../../../../web/dist/arende.html')];
  return candidates.find((c) => existsSync(c));
}

export const webbCommand: Command = async (args, io) => {
  const parsed = parseCommandArgs('webb', args, COMMAND_TABLE.webb.flags, webbHelp, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length > 0) {
    io.stderr(`arende webb: tar inga sökvägar ('${positionals[0]}'); ange filen med -o.\n`);
    return EXIT_USAGE;
  }
  const source = singleFilePage();
  if (!source) {
    io.stderr("arende webb: sidan finns inte i den här installationen; bygg den med 'pnpm web:build' i ärendes källkod.\n");
    return EXIT_USAGE;
  }
  const output = values.output ?? 'arende.html';
  const { writeFileSafely, WriteError } = await import('@arende/docx/node');
  try {
    await writeFileSafely(path.resolve(io.cwd, output), readFileSync(source), { label: output, extension: '.html' });
  } catch (e) {
    if (e instanceof WriteError) {
      io.stderr(`arende webb: ${e.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
  io.stdout(`Skrev medborgarsidan till '${output}'. Öppna den i en webbläsare, eller lägg den på en webbserver.\n`);
  return EXIT_OK;
};
