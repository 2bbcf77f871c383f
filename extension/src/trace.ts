/**
 * An opt-in trace of where a keystroke's time goes in the extension host (issue 24: keystroke → problems).
 * Off unless the environment variable ARENDE_TRACE names a file: then each step (the change event, the
 * pause ending, the check's start and end, the diagnostics and the status bar set, every provider VS Code
 * asks while the writer types) is appended to it as one line, `<epoch ms> <event> <detail>`, in wall-clock
 * milliseconds so that bench/keystroke.ts can line it up with the keydown it took in the page. A probe also
 * notes each time the extension host's thread was blocked for more than LAG_MS (by us or by another
 * extension in the same host). No vscode here, and nothing runs when the variable is unset.
 */
import { appendFileSync } from 'node:fs';

const file = process.env.ARENDE_TRACE || undefined;
/** A blocked thread this long (ms) is noted. */
const LAG_MS = 8;
const lines: string[] = [];
let flushPending = false;

export const tracing = file !== undefined;

const now = (): number => performance.timeOrigin + performance.now();

/** Notes one step (nothing when tracing is off). Written out in batches, off the keystroke's path. */
export function trace(event: string, detail = ''): void {
  if (!file) return;
  lines.push(`${now().toFixed(2)} ${event}${detail ? ` ${detail}` : ''}`);
  if (flushPending) return;
  flushPending = true;
  setTimeout(flush, 500);
}

/** Runs `work`, noting its start and end: `<event>` and `<event>.end` with the ms it took. */
export function traced<T>(event: string, detail: string, work: () => T): T {
  if (!file) return work();
  const started = now();
  trace(event, detail);
  try {
    return work();
  } finally {
    trace(`${event}.end`, `${(now() - started).toFixed(2)}ms`);
  }
}

function flush(): void {
  flushPending = false;
  if (!file || lines.length === 0) return;
  appendFileSync(file, `${lines.join('\n')}\n`);
  lines.length = 0;
}

/** Starts the probe for a blocked extension-host thread; returns its stop. */
export function startLagProbe(): () => void {
  if (!file) return () => undefined;
  let last = now();
  const probe = setInterval(() => {
    const t = now();
    // The interval is 2 ms: anything much later means the thread was busy in between.
    if (t - last > LAG_MS) lines.push(`${last.toFixed(2)} blocked ${(t - last).toFixed(2)}ms`);
    last = t;
  }, 2);
  probe.unref();
  return () => {
    clearInterval(probe);
    flush();
  };
}
