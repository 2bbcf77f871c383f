import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { applyFixes, checkText, type Diagnostic } from '../src/index.js';
import { assertOnlyInside } from './fix-assertions.js';

const HEAD = (datum: string) =>
  `---\ntyp: politikerinitiativ\nrubrik: Test\ndatum: ${datum}\nmottagare: Socialnämnden\navsändare:\n  - namn: Kim Exempel\n    parti: X\n---\n\n`;

/** Applies fixes round after round as `arende check --fix` does; checks every round's bytes on the way. */
export function fixRounds(text: string): { text: string; applied: Diagnostic[][] } {
  const rounds: Diagnostic[][] = [];
  for (let round = 0; round < 5; round++) {
    const { diagnostics } = checkText(text);
    const { text: next, applied } = applyFixes(text, diagnostics);
    if (applied.length === 0) break;
    assertOnlyInside(text, next, applied);
    for (const d of applied) assertCitationOnly(d);
    rounds.push(applied);
    text = next;
  }
  return { text, applied: rounds };
}

/** What a citation fix replaces is the written reference only: no prose word, no markup. */
function assertCitationOnly(d: Diagnostic): void {
  if (!d.ruleId.startsWith('citation-')) return;
  const actual = d.actual!;
  assert.doesNotMatch(actual, /ord\d+x|[\\*_`[\]<&]/, `${d.ruleId} would replace '${actual}'`);
  assert.ok(actual.length < 120 && actual.split('\n').length <= 8, `${d.ruleId} would replace '${actual}'`);
}

const fixedBody = (body: string, datum = '2024-03-18') => fixRounds(HEAD(datum) + body).text.slice(HEAD(datum).length);

describe('--fix replaces only the citation, wherever it is written', () => {
  const cases: [string, string, string][] = [
    ['a paragraph with &amp;', 'Enligt 10 kap 8 § SoL ska en plan &amp; upprättas.\n', 'Enligt 10 kap. 8 § SoL ska en plan &amp; upprättas.\n'],
    [
      'a paragraph with &nbsp; and escapes',
      'Enligt 10 kap 8 § SoL ska \\*en\\* plan&nbsp;upprättas.\n',
      'Enligt 10 kap. 8 § SoL ska \\*en\\* plan&nbsp;upprättas.\n',
    ],
    [
      'a list item wrapping over lines',
      '- socialnämnden ska\n  enligt 10 kap 8 § SoL göra en plan\n  och mer text här\n',
      '- socialnämnden ska\n  enligt 10 kap. 8 § SoL göra en plan\n  och mer text här\n',
    ],
    ['a citation broken over lines in a list item', '- enligt 2kap\n  6§ SoL ska\n', '- enligt 2 kap. 6 § SoL ska\n'],
    ['a block quote', '> citat som\n> enligt 10 kap 8 § SoL gör\n> något mer\n', '> citat som\n> enligt 10 kap. 8 § SoL gör\n> något mer\n'],
    [
      'a footnote',
      'Text.[^1]\n\n[^1]: En fotnot\n    enligt 10 kap 8 § SoL med\n    mer text\n',
      'Text.[^1]\n\n[^1]: En fotnot\n    enligt 10 kap. 8 § SoL med\n    mer text\n',
    ],
    [
      'CRLF line endings in a list',
      '- socialnämnden ska\r\n  enligt 10 kap 8 § SoL göra\r\n  en plan\r\n',
      '- socialnämnden ska\r\n  enligt 10 kap. 8 § SoL göra\r\n  en plan\r\n',
    ],
  ];
  for (const [what, body, expected] of cases) {
    it(`in ${what}`, () => assert.equal(fixedBody(body), expected));
  }

  it('does not rewrite a citation with markup, an escape or an entity inside it (it is still reported)', () => {
    for (const body of ['Enligt 10 kap *8* § SoL ska.\n', 'Enligt 10&nbsp;kap 8 § SoL ska.\n', 'Enligt 2kap 6\\§ SoL ska.\n']) {
      const text = HEAD('2024-03-18') + body;
      assert.equal(fixRounds(text).text, text, body);
    }
    const { diagnostics } = checkText(`${HEAD('2024-03-18')}Enligt 10 kap *8* § SoL ska.\n`);
    assert.ok(diagnostics.some((d) => d.ruleId === 'citation-form' && !d.expected));
  });

  it('a repealed provision is replaced by the new one inside a wrapped list item only at the citation', () => {
    // 2 kap. 6 § went whole to 7 kap. 3 § (one target: --fix writes it; several are only offered).
    const out = fixedBody('- kommunen får, enligt\n  2 kap. 6 § socialtjänstlagen (2001:453), ge\n  bistånd\n', '2026-03-02');
    assert.match(out, /^- kommunen får, enligt\n {2}7 kap\. 3 § SoL, ge\n {2}bistånd\n$/);
    assert.doesNotMatch(out, /2001:453/);
  });

  it('a rename that would duplicate a key is not offered, and the message says what to do', () => {
    const text = `${HEAD('2024-03-18').replace('avsändare:', 'avsandare:\n  - namn: Alex\navsändare:')}## Bakgrund\n\nText.\n`;
    const d = checkText(text).diagnostics.find((x) => x.ruleId === 'frontmatter-unknown-key')!;
    assert.equal(d.expected, undefined);
    assert.match(d.message, /'avsändare' finns redan/);
    const two = `${HEAD('2024-03-18').replace('avsändare:\n  - namn: Kim Exempel\n    parti: X', 'avsandare:\n  - namn: Alex\navsändre:\n  - namn: Kim')}Text.\n`;
    assert.ok(
      checkText(two)
        .diagnostics.filter((x) => x.ruleId === 'frontmatter-unknown-key')
        .every((x) => !x.expected),
    );
    const one = `${HEAD('2024-03-18').replace('avsändare:', '"avsandare":')}Text.\n`;
    assert.match(fixRounds(one).text, /\navsändare:\n/);
  });

  it('a key written as nothing (`: Kim`) is reported at its place, not as an internal error', () => {
    const text = `${HEAD('2024-03-18').replace('  - namn: Kim Exempel', '  - : Kim Exempel')}Text.\n`;
    const ds = checkText(text).diagnostics;
    assert.ok(!ds.some((d) => d.message.startsWith('Internt fel')), ds.map((d) => d.message).join('\n'));
    const d = ds.find((x) => x.ruleId === 'frontmatter-unknown-key')!;
    assert.match(d.message, /En nyckel saknas före ':' i avsändare 1/);
    assert.equal(d.range.start.line, 7);
  });

  it('skips a diagnostic whose text is no longer at its range (a stale list from an editor)', () => {
    const text = `${HEAD('2024-03-18')}Enligt 10 kap 8 § SoL ska.\n`;
    const { diagnostics } = checkText(text);
    const edited = text.replace('Enligt', 'Enl.');
    assert.equal(applyFixes(edited, diagnostics).applied.length, 0);
  });
});

// ---- the property: generated and mutated drafts ----

const CITATIONS = [
  'SoL 10:8',
  '2kap 6§ SoL',
  '10 kap. 8 § SoL',
  'SoL 2:6',
  '2 kap. 7 § socialtjänstlagen (2001:453)',
  '4 kap 20 § KL',
  '5 kap. 7 § SoL',
  'LSS 9 §',
  '3 kap 5 § SoL',
  'SoL 5:7',
];
const DECORATIONS = [
  '&amp;',
  '&nbsp;',
  '&#167;',
  '\\*',
  '\\_',
  '*kursiv*',
  '**fet**',
  '`kod`',
  '[länk](https://exempel.se)',
  'https://exempel.se/a',
  '<br>',
  '§',
  '"citat"',
];

/** A token of prose: a numbered word (so every word can be counted afterwards), a citation or a decoration. */
const token = fc.oneof(
  { weight: 6, arbitrary: fc.constant('W') },
  { weight: 3, arbitrary: fc.constantFrom(...CITATIONS) },
  { weight: 2, arbitrary: fc.constantFrom(...DECORATIONS) },
);
const line = fc.array(token, { minLength: 1, maxLength: 14 });
const join = fc.array(fc.constantFrom(' ', ' ', ' ', 'WRAP', ' \t'), { minLength: 14, maxLength: 14 });
const container = fc.constantFrom(
  { first: '', next: '' },
  { first: '- ', next: '  ' },
  { first: '1. ', next: '   ' },
  { first: '> ', next: '> ' },
  { first: '> - ', next: '>   ' },
  { first: '[^n]: ', next: '    ' },
  { first: '- ', next: '' },
  { first: '> ', next: '' },
  { first: '  - ', next: '    ' },
);
const block = fc.record({ container, tokens: line, joins: join });
const draftArb = fc.record({
  datum: fc.constantFrom('2024-03-18', '2026-03-02'),
  crlf: fc.boolean(),
  blocks: fc.array(block, { minLength: 1, maxLength: 8 }),
});

interface Built {
  text: string;
  words: string[];
}

function build(d: { datum: string; crlf: boolean; blocks: { container: { first: string; next: string }; tokens: string[]; joins: string[] }[] }): Built {
  let n = 0;
  let footnote = 0;
  const words: string[] = [];
  const blocks = d.blocks.map((b) => {
    const label = b.container.first.includes('[^n]') ? String(++footnote) : '';
    let out = b.container.first.replace('[^n]', `[^${label}]`);
    b.tokens.forEach((t, i) => {
      // Citations may be broken over lines too (between their words).
      const parts = t === 'W' ? [`ord${++n}x`] : t.split(' ');
      if (t === 'W') words.push(parts[0]!);
      if (i > 0) out += b.joins[i - 1] === 'WRAP' ? `\n${b.container.next}` : b.joins[i - 1];
      out += parts.map((p, k) => (k > 0 ? (b.joins[(i + k) % b.joins.length] === 'WRAP' ? `\n${b.container.next}` : ' ') : '') + p).join('');
    });
    return out + (label ? `\n\nSe fotnot.[^${label}]` : '');
  });
  const body = `${blocks.join('\n\n')}\n`;
  const text = HEAD(d.datum) + body;
  return { text: d.crlf ? text.replace(/\n/g, '\r\n') : text, words };
}

/** Counts of what a fix must never remove: the numbered words and the characters of markup and entities. */
function survivors(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/ord\d+x|&[a-z#0-9]+;|[\\*_`[\]<&]/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

export function assertNothingLost(before: string, after: string): void {
  const a = survivors(before);
  const b = survivors(after);
  for (const [k, v] of a) assert.equal(b.get(k) ?? 0, v, `'${k}' occurred ${v} times before --fix and ${b.get(k) ?? 0} after`);
}

const EXAMPLES = new URL('../../../examples/', import.meta.url);
const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((f) => readFileSync(new URL(f, EXAMPLES), 'utf8'));

describe('--fix property: only the bytes inside the applied fixes change', function () {
  this.timeout(120_000);

  it('generated drafts (citations in paragraphs, lists, quotes, footnotes; wraps, entities, escapes, CRLF)', () => {
    let fixed = 0;
    fc.assert(
      fc.property(draftArb, (d) => {
        const { text, words } = build(d);
        const out = fixRounds(text);
        if (out.applied.length) fixed++;
        assertNothingLost(text, out.text);
        for (const w of words) assert.ok(out.text.includes(w), `${w} lost`);
      }),
      { numRuns: 300, seed: 8 },
    );
    assert.ok(fixed > 100, `only ${fixed} of 300 generated drafts had a fix applied`);
  });

  it('examples with citations and markup inserted at random places', () => {
    fc.assert(
      fc.property(
        fc.nat(examples.length - 1),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...CITATIONS, ...DECORATIONS, '\n', '\n  ', '\n> ', ' ord1x ')), {
          minLength: 1,
          maxLength: 12,
        }),
        (which, inserts) => {
          let text = examples[which]!;
          for (const [at, piece] of inserts) {
            const i = Math.floor(at * text.length);
            text = text.slice(0, i) + piece + text.slice(i);
          }
          const out = fixRounds(text);
          assertNothingLost(text, out.text);
        },
      ),
      { numRuns: 200, seed: 8 },
    );
  });
});
