/** The manifest and the translations agree: no command or setting without its English and Swedish text. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const json = (file: string) => JSON.parse(readFileSync(path.join(here, file), 'utf8'));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [readFileSync(path.join(dir, e.name), 'utf8')] : [],
  );
}

describe('extension: manifest and translations', () => {
  it('every %key% in package.json has an English and a Swedish text', () => {
    const keys = [...JSON.stringify(json('package.json')).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    assert.ok(keys.length >= 4, 'the manifest uses nls keys');
    for (const nls of ['package.nls.json', 'package.nls.sv.json']) {
      const texts = json(nls);
      for (const k of keys) assert.ok(typeof texts[k] === 'string' && texts[k].length > 0, `${nls}: ${k}`);
      assert.deepEqual(Object.keys(texts).sort(), [...new Set(keys)].sort(), `${nls} has no stale keys`);
    }
  });

  it('every vscode.l10n.t text in the code has a Swedish translation, and none is stale', () => {
    const used = new Set(sources(path.join(here, 'src')).flatMap((s) => [...s.matchAll(/l10n\.t\(\s*(["'])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2]!.replace(/\\'/g, "'"))));
    const sv = json('l10n/bundle.l10n.sv.json');
    for (const text of used) assert.ok(typeof sv[text] === 'string', `no Swedish for: ${text}`);
    assert.deepEqual(Object.keys(sv).filter((k) => !used.has(k)), [], 'stale Swedish texts');
  });

  it('contributes the commands the extension registers', () => {
    const contributed = json('package.json').contributes.commands.map((c: { command: string }) => c.command).sort();
    const registered = sources(path.join(here, 'src')).flatMap((s) => [...s.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]!)).sort();
    assert.deepEqual(registered, contributed);
  });
});
