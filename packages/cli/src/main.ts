/** The `arende` command: dispatches to one module per command. */
// The table of kinds alone (not all of core): `--help` and `--version` stay fast.
import { KINDS, swedishList } from '@arende/core/kinds';
import pkg from '../package.json';
import { commandByName, generalHelp } from './command-table.js';
import { EXIT_USAGE, EXIT_OK, usageError, type CliIo } from './io.js';

export const HELP = generalHelp(
  `arende ${pkg.version}: kontrollera och exportera ${swedishList(
    KINDS.map((k) => k.label.sv.toLocaleLowerCase('sv')),
    'och',
  )}.`,
);

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
  return (await spec.load())(rest, io);
}
