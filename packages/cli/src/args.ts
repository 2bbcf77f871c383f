import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT_OK, type CliIo, usageError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a command's arguments the same way for every command: `--help`/`-h` prints `help`, and a bad
 * flag gets a one-line Swedish reason. Returns the parsed values, or the exit code when it is done.
 */
export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O, help: string, io: CliIo) {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    return usageError(io, command, `${swedishArgError(e as Error)} Kör 'arende ${command} --help'.`);
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout(help);
    return EXIT_OK;
  }
  return parsed;
}

/** node:util parseArgs errors are English; say the same in Swedish. */
function swedishArgError(e: Error): string {
  const m = /Unknown option '([^']+)'/.exec(e.message);
  if (m) return `okänd flagga '${m[1]}'.`;
  const v = /Option '([^']+)' argument missing/.exec(e.message) ?? /Option '([^']*?)(?: <value>)?' argument missing/.exec(e.message);
  if (v) return `flaggan '${v[1]}' behöver ett värde.`;
  const p = /Unexpected argument '([^']+)'/.exec(e.message);
  if (p) return `oväntat argument '${p[1]}'.`;
  return 'felaktiga argument.';
}
