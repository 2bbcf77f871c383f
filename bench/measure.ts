/** Small timing helpers shared by the benchmark scripts. */
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
