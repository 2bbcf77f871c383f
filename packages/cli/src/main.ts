/** The `arende` command: dispatches to one module per command. */
// The table of kinds alone (not all of core): `--help` and `--version` stay fast.
import { KINDS, swedishList } from '@arende/core/kinds';
import pkg from '../package.json';
import { commandByName, generalHelp, type CommandName } from './command-table.js';
import { EXIT_USAGE, EXIT_OK, usageError, type CliIo, type Command } from './io.js';

const HELP = generalHelp(
  `arende ${pkg.version}: kontrollera och exportera ${swedishList(
    KINDS.map((k) => k.label.sv.toLocaleLowerCase('sv')),
    'och',
  )}.`,
);

/**
 * The module that runs each command of the table, loaded on demand: `--help` and `--version` load no
 * command, `check` never the Word writer. Only the dispatcher imports the commands.
 */
const COMMAND_MODULES: Readonly<Record<CommandName, () => Promise<Command>>> = {
  check: async () => (await import('./commands/check.js')).check,
  new: async () => (await import('./commands/new.js')).newDraft,
  export: async () => (await import('./commands/export.js')).exportCommand,
  agenda: async () => (await import('./commands/agenda.js')).agendaCommand,
  protokoll: async () => (await import('./commands/protokoll.js')).protokollCommand,
  ändringar: async () => (await import('./commands/andringar.js')).ändringarCommand,
  frister: async () => (await import('./commands/frister.js')).fristerCommand,
  publicera: async () => (await import('./commands/publicera.js')).publiceraCommand,
  cite: async () => (await import('./commands/cite.js')).citeCommand,
  webb: async () => (await import('./commands/webb.js')).webbCommand,
  läsbarhet: async () => (await import('./commands/lasbarhet.js')).lasbarhetCommand,
  regler: async () => (await import('./commands/rules.js')).listRules,
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
  const spec = commandByName(command);
  if (!spec) return usageError(io, undefined, `okänt kommando '${command}'. Kör 'arende --help' för en lista.`);
  return (await COMMAND_MODULES[spec.name as CommandName]())(rest, io);
}
