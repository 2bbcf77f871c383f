import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const traceModule = path.join(here, '../src/trace.ts');

/** Runs `code` in a Node of its own (trace.ts reads ARENDE_TRACE when loaded) and returns the trace file's lines. */
function traceOf(code: string, env: Record<string, string>): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'arende-trace-'));
  try {
    const file = path.join(dir, 'trace.log');
    // The extension is CommonJS: its module comes as the default export of a dynamic import.
    const script = `const m = await import(${JSON.stringify(traceModule)}); const t = m.default ?? m; ${code}`;
    execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      env: { ...process.env, ...env, ...(env.ARENDE_TRACE === '' ? {} : { ARENDE_TRACE: file }) },
      stdio: 'pipe',
    });
    try {
      return readFileSync(file, 'utf8').split('\n').filter(Boolean);
    } catch {
      return [];
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('extension: the opt-in keystroke trace (ARENDE_TRACE)', () => {
  it('writes each step as "<epoch ms> <event> <detail>", a traced step with its end and duration', () => {
    const lines = traceOf("t.trace('change', 'v2 1'); const r = t.traced('check', 'v2', () => 42); if (r !== 42) process.exit(3);", { ARENDE_TRACE: 'file' });
    assert.equal(lines.length, 3, lines.join('\n'));
    const [change, check, end] = lines.map((l) => l.split(' '));
    assert.deepEqual(change!.slice(1), ['change', 'v2', '1']);
    assert.deepEqual(check!.slice(1), ['check', 'v2']);
    assert.equal(end![1], 'check.end');
    assert.match(end![2]!, /^\d+\.\d\dms$/);
    // Wall-clock milliseconds, so that the bench can line them up with the page's keydown.
    const t = Number(change![0]);
    assert.ok(Math.abs(t - Date.now()) < 60_000, `${t} is not an epoch time in ms`);
    assert.ok(Number(check![0]) >= t);
  });

  it('writes nothing, and still runs the work, when the variable is unset', () => {
    const lines = traceOf("t.trace('change'); if (t.traced('check', '', () => 7) !== 7 || t.tracing) process.exit(3);", { ARENDE_TRACE: '' });
    assert.deepEqual(lines, []);
  });
});
