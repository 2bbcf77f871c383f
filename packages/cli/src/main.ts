/** The `arende` command: dispatches to one module per command. */
// The table of kinds alone (not all of core): `--help` and `--version` stay fast.
import { KINDS, swedishList } from '@arende/core/kinds';
import pkg from '../package.json';
import { EXIT_USAGE, EXIT_OK, type CliIo, type Command } from './io.js';

export const HELP = `arende ${pkg.version}: kontrollera och exportera ${swedishList(
  KINDS.map((k) => k.label.sv.toLocaleLowerCase('sv')),
  'och',
)}.

Användning: arende KOMMANDO [flaggor]

Kommandon:
  check [--format text|json] SÖKVÄG…   kontrollera utkast (filer eller mappar)
  new [TYP] [-o FIL]                   skapa ett nytt utkast (utan TYP: svara på frågor)
  export UTKAST [-o FIL.docx]          exportera ett utkast till Word
  agenda --nämnd NAMN --datum ÅÅÅÅ-MM-DD SÖKVÄG… -o kallelse.docx
                                       sammanställ kallelse/föredragningslista
  cite [--datum ÅÅÅÅ-MM-DD] [--format text|json] TEXT…
                                       tolka och kontrollera lagrumshänvisningar
  regler                               lista reglerna och deras id

  --help, -h      visa denna hjälp (arende KOMMANDO --help för ett kommando)
  --version, -v   visa versionen
`;

/**
 * Commands loaded on demand: `--help` and `--version` load nothing, `check` never loads the Word writer
 * that export and agenda pull in.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./commands/check.js')).check,
  new: async () => (await import('./commands/new.js')).newDraft,
  regler: async () => (await import('./commands/rules.js')).listRules,
  rules: async () => (await import('./commands/rules.js')).listRules,
  export: async () => (await import('./commands/export.js')).exportCommand,
  agenda: async () => (await import('./commands/agenda.js')).agendaCommand,
  cite: async () => (await import('./commands/cite.js')).citeCommand,
};

export async function run(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(HELP);
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${pkg.version}\n`);
    return EXIT_OK;
  }
  const load = COMMANDS[command];
  if (!load) {
    io.stderr(`arende: okänt kommando '${command}'. Kör 'arende --help' för en lista.\n`);
    return EXIT_USAGE;
  }
  return (await load())(rest, io);
}
