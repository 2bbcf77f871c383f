/**
 * Frontmatter that is valid YAML but no plain data (issue 8 §3): reported at the key or reference by
 * frontmatter-yaml, never as an internal error at 1:1; and values of the wrong type never reach the model.
 */
import assert from 'node:assert/strict';
import { checkText, parseDraft } from '../src/index.js';

const draft = (frontmatter: string) => `---\n${frontmatter}\n---\n\nText.\n\n## Förslag\n\n- att pröva\n`;

/** Every diagnostic as [rule, line:column, the text it marks]. */
function problems(text: string): [string, string, string][] {
  return checkText(text).diagnostics.map((d) => [
    d.ruleId,
    `${d.range.start.line}:${d.range.start.column}`,
    text.slice(d.range.start.offset, d.range.end.offset),
  ]);
}

describe('frontmatter that cannot become data', () => {
  for (const [what, frontmatter, marked] of [
    ['a key that is a list', 'typ: politikerinitiativ\n? [a, b]\n: c', '[a, b]'],
    ['a key that is a mapping', 'typ: politikerinitiativ\n{a: 1}: c', '{a: 1}'],
    ['a reference to an anchor that does not exist', 'typ: politikerinitiativ\nrubrik: *a', '*a'],
  ] as const) {
    it(`${what}: one frontmatter-yaml error at it, no internal error`, () => {
      const found = problems(draft(frontmatter));
      assert.deepEqual(
        found.map(([rule, , text]) => [rule, text]),
        [['frontmatter-yaml', marked]],
      );
      assert.ok(!found.some(([, at]) => at === '1:1'));
    });
  }

  it('an alias bomb: reported at the key whose value explodes, and read as empty data', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [i, name] of [...'bcdefgh'].entries()) {
      const prev = 'abcdefg'[i]!;
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const text = draft(`typ: politikerinitiativ\n${levels.join('\n')}`);
    const found = problems(text);
    assert.equal(found.length, 1);
    assert.equal(found[0]![0], 'frontmatter-yaml');
    assert.equal(found[0]![2], 'c', 'the first key whose references hold references');
    assert.match(checkText(text).diagnostics[0]!.message, /fler än 100 värden/);
    assert.deepEqual(parseDraft(text).metadata.raw, {});
  });

  it('parti as a list and roll as a number are not given to the exporter as text', () => {
    const d = parseDraft(draft('typ: politikerinitiativ\navsändare:\n  - namn: Kim\n    parti: [A, B]\n    roll: 5'));
    assert.deepEqual(d.metadata.avsändare, [{ namn: 'Kim' }]);
  });
});
