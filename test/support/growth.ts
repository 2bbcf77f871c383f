/**
 * Scaling checks for hostile inputs: run the same work on an input and on one `factor` times larger and
 * compare the CPU time each took. Linear work grows about `factor` times, quadratic work `factor²` times;
 * the test fails only when growth passes `limit` (by default halfway, on a log scale, between the two), so
 * a busy machine does not fail it but a quadratic algorithm does. Never an absolute time.
 */
import assert from 'node:assert/strict';

/** CPU milliseconds (user + system) of this process while `work` runs: other processes do not count. */
function cpuMs(work: () => unknown): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The least of `runs` timings: noise only ever adds time. */
function bestOf(runs: number, work: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, cpuMs(work));
  return best;
}

export interface GrowthOptions {
  /** How much larger the second input is (default 8). */
  factor?: number;
  /** Largest accepted ratio of the two times (default factor^1.5: 22.6 for 8×). */
  limit?: number;
  runs?: number;
}

/**
 * Asserts that `work(make(n))` grows less than quadratically from `n` to `factor·n`. `n` should be large
 * enough for the small run to take a few milliseconds (below that, timer and JIT noise dominate: the small
 * run is given at least 5 ms of weight).
 */
export function assertSubquadratic<T>(
  what: string,
  make: (n: number) => T,
  work: (input: T) => unknown,
  n: number,
  options: GrowthOptions = {},
): { small: number; large: number; ratio: number } {
  const factor = options.factor ?? 8;
  const limit = options.limit ?? factor ** 1.5;
  const runs = options.runs ?? 3;
  const smallInput = make(n);
  const largeInput = make(n * factor);
  work(smallInput); // warm up the JIT and any lazy loading before timing
  const small = bestOf(runs, () => work(smallInput));
  const large = bestOf(runs, () => work(largeInput));
  const ratio = large / Math.max(small, 5);
  assert.ok(
    ratio <= limit,
    `${what}: ${factor}× the input took ${ratio.toFixed(1)}× the time (${small.toFixed(1)} ms → ${large.toFixed(1)} ms); ` +
      `more than ${limit.toFixed(1)}× means it grows faster than linearly`,
  );
  return { small, large, ratio };
}
