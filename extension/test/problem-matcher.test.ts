/**
 * The problem matchers `$arende`, `$arende-varning` and `$arende-info` read `arende check`'s text output
 * into the same problems its JSON output lists: run here on the CLI's real output, the way VS Code
 * applies a matcher (a file line, then looping over the problem lines under it).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { arende } from '../../packages/cli/test/helpers.js';

const here = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const manifest = JSON.parse(readFileSync(path.join(here, 'package.json'), 'utf8'));
const example = readFileSync(path.join(here, '../examples/politikerinitiativ-sip-samordning.md'), 'utf8');

interface Matcher {
  name: string;
  severity: string;
  pattern: { regexp: string; file?: number; line?: number; column?: number; endLine?: number; endColumn?: number; code?: number; message?: number }[];
}

function matched(output: string): { file: string; line: number; column: number; severity: string; code: string }[] {
  const out: { file: string; line: number; column: number; severity: string; code: string }[] = [];
  for (const m of manifest.contributes.problemMatchers as Matcher[]) {
    const [fileLine, problemLine] = m.pattern;
    let file: string | undefined;
    for (const line of output.split('\n')) {
      const f = new RegExp(fileLine!.regexp).exec(line);
      if (f) {
        file = f[fileLine!.file!];
        continue;
      }
      const p = new RegExp(problemLine!.regexp).exec(line);
      if (p && file)
        out.push({ file, line: Number(p[problemLine!.line!]), column: Number(p[problemLine!.column!]), severity: m.severity, code: p[problemLine!.code!]! });
    }
  }
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.code.localeCompare(b.code));
}

describe('the $arende problem matchers on arende check text output', () => {
  it('find every problem the JSON output lists: file, line, column, severity and rule id', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'arende-matcher-'));
    writeFileSync(path.join(dir, 'a.md'), example.replace('avsändare:', 'avsandare:').replace(/^lagrum:\n( {2}- .*\n)+/m, ''));
    writeFileSync(path.join(dir, 'b.md'), example);
    const text = await arende(['check', '.'], dir);
    const json = await arende(['check', '--format', 'json', '.'], dir);
    const expected = (JSON.parse(json.stdout) as { path: string; messages: { line: number; column: number; fatal: boolean | null; ruleId: string }[] }[])
      .flatMap((f) =>
        f.messages.map((m) => ({
          file: f.path,
          line: m.line,
          column: m.column,
          // vfile's JSON: fatal true is an error, false a warning, null (or absent) an info.
          severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
          code: m.ruleId,
        })),
      )
      .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.code.localeCompare(b.code));
    assert.ok(expected.length >= 3, `the drafts have problems: ${json.stdout}`);
    assert.ok(new Set(expected.map((e) => e.severity)).size === 3, 'an error, a warning and an info among them');
    assert.deepEqual(matched(text.stdout), expected);
  });

  it('are named as the README and the task provider use them', () => {
    assert.deepEqual(
      (manifest.contributes.problemMatchers as Matcher[]).map((m) => m.name),
      ['arende', 'arende-varning', 'arende-info'],
    );
    const tasks = readFileSync(path.join(here, 'src/tasks.ts'), 'utf8');
    assert.match(tasks, /\['\$arende', '\$arende-varning', '\$arende-info'\]/);
  });
});
