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
  it('every %key% in package.json has its text in English (package.nls.json) and Swedish (package.nls.sv.json)', () => {
    const keys = [...JSON.stringify(json('package.json')).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    assert.ok(keys.length >= 4, 'the manifest uses nls keys');
    // VS Code picks the titles by its display language: English by default, Swedish for a Swedish one.
    const en = json('package.nls.json');
    const sv = json('package.nls.sv.json');
    for (const texts of [en, sv]) {
      for (const k of keys) assert.ok(typeof texts[k] === 'string' && texts[k].length > 0, k);
      assert.deepEqual(Object.keys(texts).sort(), [...new Set(keys)].sort(), 'no stale keys');
    }
    assert.equal(en['command.exportDocx'], 'Export to Word');
    assert.equal(sv['command.exportDocx'], 'Exportera till Word');
    assert.equal(sv['command.exportPdf'], 'Exportera till PDF');
    // A description in one language per file, not both run together.
    for (const k of keys) assert.doesNotMatch(sv[k], / \/ [A-Z]/, `${k} is Swedish only`);
  });

  it('the walkthrough: four steps, each with its own Markdown and a link that runs a command, in both languages', () => {
    const [walkthrough] = json('package.json').contributes.walkthroughs;
    assert.equal(walkthrough.steps.length, 4);
    for (const nls of [json('package.nls.json'), json('package.nls.sv.json')]) {
      for (const step of walkthrough.steps) {
        assert.ok(readFileSync(path.join(here, step.media.markdown), 'utf8').startsWith('# '), step.media.markdown);
        const description = nls[step.description.slice(1, -1)];
        assert.match(description, /\(command:[\w.]+\)/, step.id);
      }
    }
  });

  it("arende.checkDelay's default is the one the checker uses", async () => {
    const { CHECK_DELAY_MS } = await import('../src/check-budget.js');
    assert.equal(json('package.json').contributes.configuration.properties['arende.checkDelay'].default, CHECK_DELAY_MS);
  });

  it('drafts in Restricted Mode: Swedish letters and § are not boxed as unusual characters', () => {
    const allowed = json('package.json').contributes.configurationDefaults['[markdown]']['editor.unicodeHighlight.allowedCharacters'];
    for (const ch of 'åäöÅÄÖ§–') assert.equal(allowed[ch], true, ch);
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
