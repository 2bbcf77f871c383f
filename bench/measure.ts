/** Small timing helpers shared by the benchmark scripts. */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export function timeIt(runs: number, fn: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Prints one floor line: PASS/FAIL, the value and the floor. Returns whether it passed. */
export function report(name: string, value: number, floor: number, unit = 'ms'): boolean {
  const pass = value <= floor;
  const v = unit === 'ms' ? `${value.toFixed(1)} ms` : `${value.toFixed(2)}${unit}`;
  const f = unit === 'ms' ? `${floor} ms` : `${floor}${unit}`;
  console.log(`${pass ? 'PASS' : 'FAIL'}  ${name}: ${v} (floor ≤ ${f})`);
  return pass;
}

/**
 * The environment of every timed child process: this one without NODE_EXTRA_CA_CERTS. Node reads and
 * parses every certificate in that file when it starts, before a line of the program runs: 35–40 ms per
 * process on the development machines, whose network proxy sets it (a bare `node -e 0` takes 60 ms with
 * it, 25 ms without). A user's terminal seldom has it, and it would make every Node tool look that much
 * slower next to pandoc. The export bench prints its ratio with the variable as well, for comparison.
 */
export function processEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

/** The line that says what processEnv() dropped (printed once by each bench that times processes). */
export function processEnvNote(): string {
  return process.env.NODE_EXTRA_CA_CERTS
    ? 'Processerna mäts utan NODE_EXTRA_CA_CERTS (maskinens proxycertifikat, som Node läser vid varje start).'
    : 'NODE_EXTRA_CA_CERTS är inte satt: processerna mäts i maskinens egen miljö.';
}

/**
 * Runs one process and returns its wall time in ms, in the environment of processEnv() unless told
 * otherwise. It must exit 0, or, with `anyExit`, at least exit (a checker finding problems exits 1).
 */
export function timeProcess(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; anyExit?: boolean }): number {
  const t0 = performance.now();
  // A checker's report on 200 drafts is over spawnSync's default 1 MB of output (ENOBUFS): allow far more.
  const r = spawnSync(command, args, { cwd: options.cwd, encoding: 'utf8', env: options.env ?? processEnv(), maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.error || r.status === null || (!options.anyExit && r.status !== 0)) {
    throw new Error(`${command} ${args.join(' ')} misslyckades (exit ${r.status}): ${r.error?.message ?? r.stderr}`);
  }
  return ms;
}
