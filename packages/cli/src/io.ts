import { todayInSweden } from '@arende/lagrum';

/**
 * What a command needs from the outside world. Commands take this instead of touching
 * process.* so that tests can run them in process and read what they print.
 */
export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colour in text reports (a terminal). */
  color?: boolean;
  /** Today's date as YYYY-MM-DD (a test can fix it). */
  today: () => string;
  /** A person at a terminal (stdin and stdout are TTYs): `arende new` without a kind may ask questions. */
  interactive?: boolean;
}

/** Exit codes: 0 no errors, 1 errors found (or export refused), 2 usage or unreadable input. */
export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

/**
 * The one place a usage error is said: "arende KOMMANDO: what is wrong and what to do" on stderr, and
 * the exit code for it (2). Every command reports a bad call through this.
 */
export function usageError(io: CliIo, command: string | undefined, message: string): number {
  io.stderr(`arende${command ? ` ${command}` : ''}: ${message}\n`);
  return EXIT_USAGE;
}

/** A command: parses its own arguments (after the command name) and returns the exit code. */
export type Command = (args: string[], io: CliIo) => Promise<number>;

export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
    interactive: process.stdin.isTTY === true && process.stdout.isTTY === true,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    today: () => todayInSweden(),
  };
}
