/** The `arende` command: dispatches to one module per command. */
import pkg from '../package.json';
import { EXIT_USAGE, EXIT_OK, type CliIo, type Command } from './io.js';
import { check } from './commands/check.js';
import { newDraft } from './commands/new.js';
import { listRules } from './commands/rules.js';

export const HELP = `arende ${pkg.version}: kontrollera och exportera politikerinitiativ, medborgarförslag och
redovisningar av nämnduppdrag.

Användning: arende KOMMANDO [flaggor]

Kommandon:
  check [--format text|json] SÖKVÄG…   kontrollera utkast (filer eller mappar)
  new TYP [-o FIL]                     skapa ett nytt utkast från en mall
  export UTKAST [-o FIL.docx]          exportera ett utkast till Word
  agenda --nämnd NAMN --datum ÅÅÅÅ-MM-DD SÖKVÄG… -o kallelse.docx
                                       sammanställ kallelse/föredragningslista
  cite [--datum ÅÅÅÅ-MM-DD] [--format text|json] TEXT…
                                       tolka och kontrollera lagrumshänvisningar
  regler                               lista reglerna och deras id

  --help, -h      visa denna hjälp (arende KOMMANDO --help för ett kommando)
  --version, -v   visa versionen
`;

/** Commands loaded on demand: export and agenda pull in the Word writer, which `check` never needs. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => check,
  new: async () => newDraft,
  regler: async () => listRules,
  rules: async () => listRules,
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
