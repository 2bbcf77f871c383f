import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { changedRange, checkText, fixUntilStable, parseConfig, ruleUrl, rules, RULE_DOCS_URL, type Diagnostic } from '../src/index.js';
import { RULE_SETTINGS } from '../src/config.js';
import { CONFIG_SCHEMA, configSchemaSource } from '../scripts/gen-config-schema.js';
import corePackage from '../package.json';

const recheck = (text: string) => ({ text, diagnostics: checkText(text).diagnostics });

describe('fixUntilStable (the loop check --fix and the extension’s Fix All share)', () => {
  it('fixes what a first round uncovers, and stops when nothing fixable is left', () => {
    // A fake rule: each "aa" becomes "a" (one fix per round at most), so "aaaa" needs three rounds.
    const fakeCheck = (text: string): Diagnostic[] => {
      const at = text.indexOf('aa');
      if (at < 0) return [];
      const point = (offset: number) => ({ line: 1, column: offset + 1, offset });
      return [
        {
          ruleId: 'x',
          source: 'arende',
          severity: 'warning',
          message: 'm',
          url: '',
          range: { start: point(at), end: point(at + 2) },
          actual: 'aa',
          expected: ['a'],
        },
      ];
    };
    const fixed = fixUntilStable('aaaa', fakeCheck('aaaa'), (t) => ({ text: t, diagnostics: fakeCheck(t) }));
    assert.equal(fixed.text, 'a');
    assert.equal(fixed.rounds, 3);
    assert.equal(fixed.applied.length, 3);
    assert.deepEqual(fixed.diagnostics, []);
  });

  it('stops after maxRounds when fixes never settle', () => {
    const point = { line: 1, column: 1, offset: 0 };
    const flip = (text: string): Diagnostic[] => [
      {
        ruleId: 'x',
        source: 'arende',
        severity: 'warning',
        message: 'm',
        url: '',
        range: { start: point, end: { ...point, offset: 1, column: 2 } },
        expected: [text[0] === 'a' ? 'b' : 'a'],
      },
    ];
    const fixed = fixUntilStable('a', flip('a'), (t) => ({ text: t, diagnostics: flip(t) }), 4);
    assert.equal(fixed.rounds, 4);
  });

  it('leaves a text without fixes as it is', () => {
    const text = '---\ntyp: politikerinitiativ\n---\n\nText.\n';
    const fixed = fixUntilStable(text, [], recheck);
    assert.equal(fixed.text, text);
    assert.equal(fixed.rounds, 0);
  });
});

describe('changedRange', () => {
  it('is the span between the common start and end', () => {
    assert.deepEqual(changedRange('abcXYdef', 'abcZdef'), { start: 3, end: 5, text: 'Z' });
    assert.deepEqual(changedRange('same', 'same'), { start: 4, end: 4, text: '' });
    assert.deepEqual(changedRange('aa', 'aaa'), { start: 2, end: 2, text: 'a' });
  });
});

describe('rule URLs', () => {
  it('are absolute and name this version, from one place', () => {
    assert.equal(RULE_DOCS_URL, `https://github.com/arende-se/arende/blob/v${corePackage.version}/packages/core/docs/rules.md`);
    assert.equal(ruleUrl('section-missing'), `${RULE_DOCS_URL}#section-missing`);
    for (const d of checkText('Text utan huvud.\n').diagnostics) assert.ok(d.url?.startsWith(`${RULE_DOCS_URL}#`), d.url);
  });
});

describe('the JSON Schema of arende.config.json', () => {
  it('is generated from the rule registry and the rule settings, and committed as it is now', () => {
    assert.equal(readFileSync(CONFIG_SCHEMA, 'utf8'), configSchemaSource(), 'run: pnpm generate');
    const schema = JSON.parse(configSchemaSource()) as { properties: { regler: { properties: Record<string, { enum: string[] }> } } };
    assert.deepEqual(Object.keys(schema.properties.regler.properties).sort(), rules.map((r) => r.id).sort());
    assert.deepEqual(schema.properties.regler.properties['recipient-wrong-body']!.enum, Object.keys(RULE_SETTINGS));
    // Every setting the schema offers is one parseConfig takes.
    for (const value of Object.keys(RULE_SETTINGS)) parseConfig(JSON.stringify({ regler: { 'section-missing': value }, mall: 'm.dotx', nästa_steg: false }));
  });
});
