import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkText, ConfigError, parseConfig, rules } from '../src/index.js';
import { findConfigFile } from '../src/node.js';
import { messagesOf, politikerinitiativ } from './helpers.js';

const ids = rules.map((r) => r.id);
const unknownKey = politikerinitiativ().replace('avsändare:', 'avsandare:');

describe('configuration', () => {
  it('reads Swedish and English settings', () => {
    const c = parseConfig('{"regler": {"frontmatter-unknown-key": "fel", "title-mismatch": "av", "att-sats-missing": "warning"}}', 'x', ids);
    assert.deepEqual(c.rules, { 'frontmatter-unknown-key': 'error', 'title-mismatch': 'off', 'att-sats-missing': 'warning' });
  });

  it('says in Swedish what is wrong with a bad config', () => {
    assert.throws(
      () => parseConfig('{', 'arende.config.json'),
      (e: Error) => e instanceof ConfigError && /inte giltig JSON/.test(e.message),
    );
    assert.throws(() => parseConfig('{"regler": {"finns-inte": "fel"}}', 'c', ids), /okänd regel 'finns-inte'/);
    assert.throws(() => parseConfig('{"regler": {"title-mismatch": "röd"}}', 'c', ids), /"fel", "varning", "info" eller "av"/);
    assert.throws(() => parseConfig('{"rule": {}}', 'c', ids), /okänd nyckel 'rule'/);
  });

  it('says the same in English for an editor set to English', () => {
    for (const text of [
      '{',
      '[]',
      '{"x": 1}',
      '{"regler": []}',
      '{"regler": {"ingen-regel": "fel"}}',
      '{"regler": {"title-mismatch": "kanske"}}',
      '{"mall": 3}',
    ]) {
      assert.throws(
        () => parseConfig(text, 'arende.config.json', ids),
        (e: Error) =>
          e instanceof ConfigError &&
          e.messageEn !== e.message &&
          e.messageEn.startsWith('arende.config.json: ') &&
          !/ ska | okänd | finns|skriv /.test(e.messageEn),
        text,
      );
    }
  });

  it('changes a severity or turns a rule off', () => {
    const errorConfig = parseConfig('{"regler": {"frontmatter-unknown-key": "fel"}}');
    const offConfig = parseConfig('{"regler": {"frontmatter-unknown-key": "av"}}');
    assert.equal(checkText(unknownKey).diagnostics.find((d) => d.ruleId === 'frontmatter-unknown-key')?.severity, 'warning');
    assert.equal(checkText(unknownKey, { config: errorConfig }).diagnostics.find((d) => d.ruleId === 'frontmatter-unknown-key')?.severity, 'error');
    assert.equal(messagesOf(unknownKey, 'frontmatter-unknown-key', offConfig).length, 0);
  });

  it('finds arende.config.json in a folder above', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'arende-'));
    mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
    writeFileSync(path.join(root, 'arende.config.json'), '{}');
    assert.equal(findConfigFile(path.join(root, 'a', 'b')), path.join(root, 'arende.config.json'));
  });
});

describe('silencing one place', () => {
  const body = 'Bakgrund.\n\n<!-- arende-disable-next-line title-mismatch -->\n# Annan titel\n\n## Förslag\n\n- att göra\n';
  it('an HTML comment silences the next line, for the named rule only', () => {
    assert.deepEqual(messagesOf(politikerinitiativ({ body }), 'title-mismatch'), []);
    const other = body.replace('title-mismatch', 'att-sats-missing');
    assert.equal(messagesOf(politikerinitiativ({ body: other }), 'title-mismatch').length, 1);
  });

  it('disable … enable silences a stretch', () => {
    const b = 'Bakgrund.\n\n<!-- arende-disable title-mismatch -->\n\n# A\n\n<!-- arende-enable title-mismatch -->\n\n# B\n\n## Förslag\n\n- att göra\n';
    const msgs = messagesOf(politikerinitiativ({ body: b }), 'title-mismatch');
    assert.equal(msgs.length, 1);
    assert.match(msgs[0]!, /Rubriken 'B'/);
  });

  it('a YAML comment silences a frontmatter line', () => {
    const text = unknownKey.replace('avsandare:', 'avsandare: # arende-disable-line frontmatter-unknown-key');
    assert.deepEqual(messagesOf(text, 'frontmatter-unknown-key'), []);
  });
});
