import { open } from 'node:fs/promises';
import path from 'node:path';
import { DRAFT_KINDS, TEMPLATE_FILE_NAMES, draftFromTemplate, nearest, type DraftKind } from '@arende/core';
import { EXIT_OK, EXIT_USAGE, type Command } from '../io.js';
import { parseCommandArgs } from '../args.js';

export const newHelp = `Användning: arende new TYP [-o FIL]

Skapar ett nytt utkast från mallen för TYP: politikerinitiativ, medborgarförslag eller nämnduppdrag
(även utan å/ä/ö: medborgarforslag, namnduppdrag). Dagens datum fylls i.

  -o, --output FIL   filen att skriva (standard: TYP.md i den aktuella mappen).
                     En fil som redan finns skrivs aldrig över.
`;

const ASCII: Record<string, DraftKind> = {
  politikerinitiativ: 'politikerinitiativ',
  medborgarforslag: 'medborgarförslag',
  namnduppdrag: 'nämnduppdrag',
};

export function kindFromArg(arg: string): DraftKind | undefined {
  const a = arg.toLocaleLowerCase('sv');
  if ((DRAFT_KINDS as readonly string[]).includes(a)) return a as DraftKind;
  return ASCII[a];
}

export const newDraft: Command = async (args, io) => {
  const parsed = parseCommandArgs('new', args, { output: { type: 'string', short: 'o' } }, newHelp, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    io.stderr('arende new: ange en typ: politikerinitiativ, medborgarförslag eller nämnduppdrag.\n');
    return EXIT_USAGE;
  }
  const kind = kindFromArg(positionals[0]!);
  if (!kind) {
    const guess = nearest(positionals[0]!, [...DRAFT_KINDS]);
    io.stderr(`arende new: okänd typ '${positionals[0]}'${guess ? `, menade du '${guess}'?` : '; välj politikerinitiativ, medborgarförslag eller nämnduppdrag.'}\n`);
    return EXIT_USAGE;
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
    io.stderr(
      code === 'EEXIST'
        ? `arende new: '${path.relative(io.cwd, target)}' finns redan och skrivs inte över. Välj ett annat namn med -o.\n`
        : `arende new: kan inte skriva '${path.relative(io.cwd, target)}' (${code}).\n`,
    );
    return EXIT_USAGE;
  }
  io.stdout(`Skapade ${path.relative(io.cwd, target)} (${kind}). Kontrollera med: arende check ${path.relative(io.cwd, target)}\n`);
  return EXIT_OK;
};
