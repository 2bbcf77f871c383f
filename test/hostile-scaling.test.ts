/**
 * Hostile inputs that once took quadratic time (issue 8 §3): each is run on an input and on one eight times
 * larger, and must grow less than quadratically. See test/support/growth.ts and docs/RELIABILITY.md.
 */
import assert from 'node:assert/strict';
import { findCitations } from '../packages/lagrum/src/index.js';
import { checkDraft, checkText, findContactDetails, parseDraft } from '../packages/core/src/index.js';
import { MAX_LINES } from '../packages/core/src/model/limits.js';
import { exportDraft } from '../packages/docx/src/index.js';
import { processor } from '../packages/core/src/model/body.js';
import { linkBareUrls } from '../packages/core/src/model/gfm-lite.js';
import { assertSubquadratic } from './support/growth.js';

/** "1, 2, 3, …" of about `bytes` characters: a long run of numbers with no "§" after it. */
const numberRun = (bytes: number, sep = ', ') => {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const s = String((i % 999) + 1);
    parts.push(s);
    length += s.length + sep.length;
  }
  return parts.join(sep);
};

describe('hostile input: the citation scanner grows linearly', () => {
  it('a long comma-separated run of numbers (was 15 s for 80 KB)', () => {
    assertSubquadratic('findCitations on "1, 2, 3, …"', (n) => numberRun(n), findCitations, 20_000);
  });
  it('a long "och"-separated run of numbers', () => {
    assertSubquadratic('findCitations on "1 och 2 och 3 …"', (n) => numberRun(n, ' och '), findCitations, 20_000);
  });
  it('a run of numbers after a chapter ("1 kap. 1, 2, 3, …")', () => {
    assertSubquadratic('findCitations on "1 kap. 1, 2, …"', (n) => `1 kap. ${numberRun(n)}`, findCitations, 20_000);
  });
  it('a run of numbers after a paragraph ("9 § 1, 2, 3, …")', () => {
    assertSubquadratic('findCitations on "9 § 1, 2, …"', (n) => `9 § ${numberRun(n)}`, findCitations, 20_000);
  });
  it('still reads a long list of paragraphs whole (40 numbers)', () => {
    const list = Array.from({ length: 40 }, (_, i) => String(2 * i + 1));
    const found = findCitations(`enligt ${list.slice(0, -1).join(', ')} och ${list.at(-1)} §§ SoL`);
    assert.deepEqual(
      found.map((c) => c.paragraf),
      list,
    );
    assert.ok(found.every((c) => c.law?.name === 'SoL'));
  });
});

const MEDBORGARFORSLAG =
  '---\ntyp: medborgarförslag\nrubrik: Prov\ndatum: 2026-03-02\nmottagare: Kommunfullmäktige\nkommun: Sjöviks kommun\navsändare:\n  - namn: Kim Prov\n    adress: Gatan 1\n---\n\n';

describe('hostile input: contact details and citations grow linearly', () => {
  for (const [what, unit] of [
    ['letters without an @ (was 30 s for 160 KB)', 'a'],
    ['dotted letters', 'a.'],
    ['an @ in every pair', 'a@'],
  ] as const) {
    it(`the e-mail pattern on ${what}`, () => {
      assertSubquadratic(`findContactDetails on "${unit}…"`, (n) => unit.repeat(n / unit.length), findContactDetails, 40_000);
    });
  }
  it('a long domain after one @', () => {
    assertSubquadratic('findContactDetails on "a@a-a-…"', (n) => `a@${'a-'.repeat(n / 2)}`, findContactDetails, 40_000);
  });
  it("a medborgarförslag's whole check on 20 KB → 160 KB of letters", () => {
    assertSubquadratic(
      'checkText',
      (n) => `${MEDBORGARFORSLAG}${'a'.repeat(n)}\n`,
      (t) => checkText(t),
      20_000,
      { runs: 2 },
    );
  });
  it('a draft with thousands of citations (each is resolved once, its sentence read near it)', () => {
    const cite = (n: number) => `${MEDBORGARFORSLAG}${'Enligt 2 kap. 1 § SoL ska det gälla. '.repeat(n / 38)}\n`;
    assertSubquadratic('checkText with citations', cite, (t) => checkText(t), 20_000, { runs: 2 });
  });
  it('70,000 bare addresses in one paragraph are links, without overflowing the stack', () => {
    // Below the parser, since a 1.2 MB draft is now refused by the size limit before it is parsed.
    const urls = Array.from({ length: 70_000 }, (_, i) => `http://a.se/${i}`).join(' ');
    const tree = processor.parse(urls) as Parameters<typeof linkBareUrls>[0];
    linkBareUrls(tree);
    const paragraph = tree.children[0] as { children: { type: string }[] };
    assert.equal(paragraph.children.filter((c) => c.type === 'link').length, 70_000);
  });
});

describe('hostile block shapes just under the line limit: check accepts, export writes (issue 17)', () => {
  const FM = '---\ntyp: motion\nrubrik: Prov\ndatum: 2026-03-02\nmottagare: Kommunfullmäktige\navsändare:\n  - namn: Kim Prov\n    parti: X\n---\n\nText.\n\n';
  const lines = MAX_LINES - 40;
  for (const [what, body] of [
    ['hard line breaks', 'a  \n'.repeat(lines)],
    ['backslash hard breaks', 'a\\\n'.repeat(lines)],
    ['thematic breaks', '***\n'.repeat(lines)],
    ['a fenced code block of empty lines', `\`\`\`\n${'\n'.repeat(lines)}\`\`\`\n`],
    ['indented code with empty lines', `    x\n${'    \n'.repeat(lines)}`],
    ['list items', '- x\n'.repeat(lines)],
    ['a long fenced code block (260 KB on few lines)', `\`\`\`\n${`${'x'.repeat(2600)}\n`.repeat(100)}\`\`\`\n`],
  ] as const) {
    it(what, () => {
      const draft = parseDraft(FM + body, { incremental: false });
      const problems = checkDraft(draft);
      assert.deepEqual(
        problems.filter((d) => d.ruleId === 'draft-limits' || d.message.startsWith('Internt fel')).map((d) => d.message),
        [],
      );
      const docx = exportDraft(draft);
      assert.ok(docx[0] === 0x50 && docx[1] === 0x4b, 'a zip');
    });
  }
});
