/** The manifest and the texts agree: every command and setting has its text, every Swedish message its English. */
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
  it('every %key% in package.json has its text in package.nls.json, and the commands are Swedish', () => {
    const keys = [...JSON.stringify(json('package.json')).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    assert.ok(keys.length >= 4, 'the manifest uses nls keys');
    const texts = json('package.nls.json');
    for (const k of keys) assert.ok(typeof texts[k] === 'string' && texts[k].length > 0, k);
    assert.deepEqual(Object.keys(texts).sort(), [...new Set(keys)].sort(), 'no stale keys');
    assert.equal(texts['command.exportDocx'], 'Exportera till Word');
    assert.equal(texts['command.exportPdf'], 'Exportera till PDF');
  });

  it("every text the code shows (t('…')) has an English version in l10n/en.json, and none is stale", () => {
    const used = new Set(sources(path.join(here, 'src')).flatMap((s) => [...s.matchAll(/\bt\(\s*'((?:\\'|[^'])*)'/g)].map((m) => m[1]!.replace(/\\'/g, "'"))));
    assert.ok(used.size >= 10, `found the texts (${used.size})`);
    const en = json('l10n/en.json');
    for (const text of used) assert.ok(typeof en[text] === 'string' && en[text] !== text, `no English for: ${text}`);
    assert.deepEqual(
      Object.keys(en).filter((k) => !used.has(k)),
      [],
      'stale English texts',
    );
  });

  it('no text bypasses texts.ts (vscode.l10n would show English to every Swedish user)', () => {
    for (const s of sources(path.join(here, 'src'))) assert.doesNotMatch(s, /l10n\.t\(/);
  });

  it('contributes the commands the extension registers', () => {
    const contributed = json('package.json')
      .contributes.commands.map((c: { command: string }) => c.command)
      .sort();
    const registered = sources(path.join(here, 'src'))
      .flatMap((s) => [...s.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]!))
      .sort();
    assert.deepEqual(registered, contributed);
  });
});
