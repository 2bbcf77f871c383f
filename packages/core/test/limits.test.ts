/**
 * Issue 8 §3: input beyond ärende's limits (nesting, brackets, table size, file size) is not parsed as
 * Markdown; one positioned draft-limits error names the limit, whatever the config says. Real drafts
 * (examples/) pass every limit.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDraft, checkText, limitProblem, MAX_PROBLEMS_PER_RULE, parseDraft } from '../src/index.js';
import { MAX_LAZY_LINES, MAX_LAZY_LINES_TEXT, MAX_LINES, MAX_LINES_TEXT, MAX_TABLE_CELLS, MAX_TABLE_CELLS_TEXT } from '../src/model/limits.js';

const FM = '---\ntyp: politikerinitiativ\nrubrik: Prov\ndatum: 2026-03-02\nmottagare: SN\navsändare:\n  - namn: Kim\n    parti: X\n---\n\n';
const EXAMPLES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../examples');

describe('input limits', () => {
  it('writes the table-cell limit as Swedish formats it', () => {
    assert.equal(MAX_TABLE_CELLS_TEXT, MAX_TABLE_CELLS.toLocaleString('sv-SE'));
    assert.equal(MAX_LINES_TEXT, MAX_LINES.toLocaleString('sv-SE'));
    assert.equal(MAX_LAZY_LINES_TEXT, MAX_LAZY_LINES.toLocaleString('sv-SE'));
  });

  for (const [what, body, line, words] of [
    ['a list 2,000 levels deep (4 KB)', `${'- '.repeat(2000)}x\n`, 11, /fler än 100 nivåer/],
    ['an ordered list 2,000 levels deep', `${'1. '.repeat(2000)}x\n`, 11, /fler än 100 nivåer/],
    ['block quotes 10,000 deep', `Text.\n\n${'>'.repeat(10_000)} x\n`, 13, /fler än 100 nivåer/],
    ['a list nested by indentation, 300 levels', Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'), 111, /fler än 100 nivåer/],
    ['images nested 3,000 deep (12 KB)', `Se ${'!['.repeat(3000)}x${'](y)'.repeat(3000)}\n`, 11, /fler än 32 hakparenteser/],
    [
      'a table 3,000 columns wide (pads to 9 million cells)',
      `|${'a|'.repeat(3000)}\n|${'-|'.repeat(3000)}\n${'x\n'.repeat(3000)}`,
      12,
      /3000 kolumner.*högst 63/,
    ],
    ['220,000 hard line breaks (880 KB; the parser took 9–10 s and 900 MB)', 'a  \n'.repeat(220_000), 10_001, /fler än 10\s000 rader \(den här är rad 10001\)/],
    ['160,000 thematic breaks', '---\n\n'.repeat(160_000), 10_001, /fler än 10\s000 rader/],
    ['a code block of 250,000 empty lines', `\`\`\`\n${'\n'.repeat(250_000)}\`\`\`\n`, 10_001, /fler än 10\s000 rader/],
    // micromark hands each lazy line to the open container again: 9,500 took 14–17 s under load (issue 17).
    [
      'a list item with 1,500 lazy continuation lines of hard breaks',
      `Text.\n\n- början\n${'rad  \n'.repeat(1500)}`,
      13,
      /fortsätter på fler än 1\s000 rader utan tom rad/,
    ],
    ['a quote with 1,500 lazy lines of citations', `> början\n${'enligt 6 kap. 38 § KL\n'.repeat(1500)}`, 11, /Listpunkten eller citatet/],
    ['a table of more than 100,000 cells', `|${'a|'.repeat(60)}\n|${'-|'.repeat(60)}\n${'x\n'.repeat(2000)}`, 12, /fler än 100\s000 celler/],
  ] as const) {
    it(`${what}: one draft-limits error at line ${line}, even with the rule set to off`, () => {
      const text = FM + body;
      const draft = parseDraft(text, { incremental: false });
      assert.equal(draft.tree.children.length, 0, 'the body is not parsed');
      const d = checkDraft(draft, { config: { rules: { 'draft-limits': 'off' } } });
      assert.deepEqual(
        d.map((x) => [x.ruleId, x.severity, x.range.start.line]),
        [['draft-limits', 'error', line]],
      );
      assert.match(d[0]!.message, words);
    });
  }

  it('a draft larger than 1 MB is refused, naming its size and the limit', () => {
    const problem = limitProblem(FM + 'Text. '.repeat(1_000_000));
    assert.equal(problem?.limit, 'size');
    assert.match(problem!.message, /Utkastet är 5,7 MB; ärende läser utkast upp till 1 MB/);
  });

  it('lazy lines up to the limit, indented lines and lists broken by blank lines are read', () => {
    for (const body of [
      `- början\n${'rad\n'.repeat(MAX_LAZY_LINES)}`,
      `- början\n${'  rad\n'.repeat(3000)}`,
      `${'- punkt\nrad\n\n'.repeat(1500)}`,
      `${'rad\n'.repeat(5000)}`,
    ]) {
      assert.equal(limitProblem(FM + body), undefined, body.slice(0, 20));
    }
  });

  it('every example draft is within every limit', () => {
    for (const f of readdirSync(EXAMPLES).filter((f) => f.endsWith('.md'))) {
      assert.equal(limitProblem(readFileSync(path.join(EXAMPLES, f), 'utf8')), undefined, f);
    }
  });

  it(`lists at most ${MAX_PROBLEMS_PER_RULE} problems of one rule, then says how many more there are`, () => {
    const text = `${FM}${Array.from({ length: 500 }, (_, i) => `http://a.se/${i}`).join(' ')}\n\n## Förslag\n\n- att pröva\n`;
    const links = checkText(text).diagnostics.filter((d) => d.ruleId === 'link-text-unclear');
    assert.equal(links.length, MAX_PROBLEMS_PER_RULE + 1);
    assert.match(links.at(-1)!.message, /^Ytterligare 300 problem av samma slag \(link-text-unclear\)/);
  });
});
