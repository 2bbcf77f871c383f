/**
 * The fuzz harness (issue 8 §4), shared by `pnpm fuzz` (scripts/fuzz.ts, ≥ 20,000 cases) and the test
 * suite (test/fuzz.test.ts, 2,000 cases). A case is the bytes of a file: an example draft mutated as text
 * (hostile pieces inserted, spans deleted or doubled, lines swapped, cut short), an example with its bytes
 * flipped or re-encoded, or random bytes. Each case goes through what a user runs, in process: reading
 * (decodeDraft), check, --fix (round after round, as the CLI) and export, and must keep these properties:
 *
 * - no exception, and no rule failing inside the check ("Internt fel");
 * - every diagnostic's range lies inside the text, and its line/column agree with its offset;
 * - a fix changes only the bytes inside the applied fixes' ranges, and a citation fix replaces only the
 *   written reference (no markup, no prose beyond it);
 * - a file that is not UTF-8 gets exactly one diagnostic and no fix;
 * - every export is a zip (a sample is opened by python-docx afterwards: pythonDocxOpens).
 *
 * The shapes of issue 17 (fuzz-shapes.ts) add a property each: a hidden personnummer is refused, an NFD
 * draft reads as its NFC twin and is fixed in NFD, an image out of the folder is reported, and a draft of
 * thousands of blocks is answered (draft-limits past the line limit, else checked and exported).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { applyFixes, checkDraft, decodeDraft, fileText, parseDraft, type Diagnostic } from '../../packages/core/src/index.js';
import { MAX_LINES } from '../../packages/core/src/model/limits.js';
import { validIdentityNumbersInDraft } from '../../packages/core/src/printed-text.js';
import { assertOnlyInside } from '../../packages/core/test/fix-assertions.js';
import { exportDraft } from '../../packages/docx/src/index.js';
import { blocksCase, imageCase, nfdCase, personnummerCase, type ShapeKind } from './fuzz-shapes.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXAMPLES: { name: string; text: string }[] = readdirSync(path.join(root, 'examples'))
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .sort()
  .map((name) => ({ name, text: readFileSync(path.join(root, 'examples', name), 'utf8') }));

const CITATIONS = [
  'SoL 10:8',
  '2kap 6§ SoL',
  '10 kap. 8 § SoL',
  '2 kap. 7 § socialtjänstlagen (2001:453)',
  '4 kap 20 § KL',
  '9 § 4 LSS',
  '5 kap. 8 a § SoL',
  '6 och 7 §§ SoL',
  '4–6 §§ samma lag',
  '16 kap. 4 § HSL',
];
/** Pieces a hostile or careless writer (or a word processor) puts into a draft. */
const PIECES = [
  ...CITATIONS,
  '\u0000',
  '\ufeff',
  '\u2028',
  '\u00a0',
  '\u200b',
  '\u202e',
  'e\u0301',
  '🙂',
  '\ud800',
  '\r',
  '\r\n',
  '\t',
  '\n',
  '\n\n',
  '---\n',
  '\n---\n',
  '...\n',
  ': ',
  ':',
  '- ',
  '* ',
  '1. ',
  '> ',
  '>>>>> ',
  '#',
  '## ',
  '# ',
  '```\n',
  '~~~',
  '    ',
  '|',
  '| a | b |\n|---|---|\n| 1 | 2 |\n',
  '[^1]',
  '[^1]: fotnot\n',
  '[x]: #\n',
  '[x]',
  '<!-- arende-disable -->',
  '<!-- arende-disable-next-line citation-form -->',
  '<div>',
  '</div>',
  '<br>',
  '&amp;',
  '&nbsp;',
  '&#0;',
  '&#x110000;',
  '&#167;',
  '&bogus;',
  '\\',
  '\\*',
  '*',
  '**',
  '_',
  '`',
  '[',
  '](',
  ')',
  '![bild](bild.png)',
  '![](https://exempel.se/a.png)',
  '[länk](javascript:alert(1))',
  'https://exempel.se/a?b=c',
  'www.exempel.se',
  '<https://x.se>',
  '811218-9876',
  '19811218–9876',
  '070-123 45 67',
  'kim@exempel.se',
  'Storgatan 1, 123 45 Sjövik',
  '{',
  '}',
  '[a, b]',
  '{a: 1}',
  '&a ',
  '*a',
  '!!binary ',
  '!!str ',
  '? ',
  '|\n  ',
  '>-\n  ',
  '"',
  "'",
  '%YAML 1.2\n',
  '@',
  '`x`',
  'typ: ',
  'typ: politikerinitiativ\n',
  'typ: okänd\n',
  'avsändare:\n  - namn: ',
  'lagrum:\n  - ',
  'datum: 2026-02-30\n',
  'punkt: -1\n',
  'rubrik: [1, 2]\n',
  '## Vi föreslår därför att\n\n- ',
  '## Förslag till beslut\n\n1. ',
  '## Bakgrund\n\n',
  '<w:p>',
  ']]>',
  '<?xml',
  '\u001f',
  '\u007f',
];
const pieces = fc.constantFrom(...PIECES);

type Mutation =
  | { op: 'insert'; at: number; piece: string; times: number }
  | { op: 'delete'; at: number; length: number }
  | { op: 'double'; at: number; length: number }
  | { op: 'swap-lines'; a: number; b: number }
  | { op: 'cut'; at: number };

/** A place in the text, as a fraction of its length: mostly anywhere (fast-check's bias towards 0 would
 * break the opening `---` in most cases), sometimes at the edges. */
const unit = fc.oneof(
  { weight: 9, arbitrary: fc.noBias(fc.integer({ min: 0, max: 2 ** 30 - 1 })).map((n) => n / 2 ** 30) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }) },
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('insert' as const),
      at: unit,
      piece: pieces,
      times: fc.oneof({ weight: 9, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 60 }) }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: unit, length: fc.integer({ min: 1, max: 200 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('double' as const), at: unit, length: fc.integer({ min: 1, max: 400 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('swap-lines' as const), a: unit, b: unit }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('cut' as const), at: unit }) },
);

function mutate(text: string, m: Mutation): string {
  const at = (u: number) => Math.floor(u * (text.length + 1));
  switch (m.op) {
    case 'insert': {
      const i = at(m.at);
      return text.slice(0, i) + m.piece.repeat(m.times) + text.slice(i);
    }
    case 'delete': {
      const i = at(m.at);
      return text.slice(0, i) + text.slice(i + m.length);
    }
    case 'double': {
      const i = at(m.at);
      return text.slice(0, i + m.length) + text.slice(i, i + m.length) + text.slice(i + m.length);
    }
    case 'swap-lines': {
      const lines = text.split('\n');
      const a = Math.floor(m.a * lines.length);
      const b = Math.floor(m.b * lines.length);
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
    case 'cut':
      return text.slice(0, at(m.at));
  }
}

export interface FuzzCase {
  /** How the case was made (for the report and a failure's reproduction). */
  kind: 'text' | 'bytes' | 'encoding' | 'random' | ShapeKind;
  bytes: Uint8Array;
}

const encoder = new TextEncoder();
const example = fc.nat(EXAMPLES.length - 1).map((i) => EXAMPLES[i]!.text);
const mutated = fc.tuple(example, fc.array(mutation, { minLength: 1, maxLength: 10 })).map(([text, ms]) => ms.reduce(mutate, text));
const shape = (kind: ShapeKind, texts: fc.Arbitrary<string>) => texts.map((text) => ({ kind, bytes: encoder.encode(text) }));

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.oneof(
  { weight: 14, arbitrary: mutated.map((text) => ({ kind: 'text' as const, bytes: encoder.encode(text) })) },
  { weight: 2, arbitrary: shape('personnummer', personnummerCase(example)) },
  { weight: 1, arbitrary: shape('nfd', nfdCase(fc.oneof(example, mutated))) },
  { weight: 1, arbitrary: shape('image', imageCase(example)) },
  { weight: 1, arbitrary: shape('blocks', blocksCase(example)) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(example, fc.array(fc.tuple(unit, fc.integer({ min: 0, max: 255 }), fc.boolean()), { minLength: 1, maxLength: 8 }))
      .map(([text, flips]) => {
        const bytes = [...encoder.encode(text)];
        for (const [u, b, insert] of flips) {
          const i = Math.floor(u * bytes.length);
          if (insert) bytes.splice(i, 0, b);
          else bytes[i] = b;
        }
        return { kind: 'bytes' as const, bytes: new Uint8Array(bytes) };
      }),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(example, fc.constantFrom('latin1', 'utf16le', 'utf16le-bom', 'utf16be', 'utf8-bom', 'cr', 'crlf')).map(([text, enc]) => {
      const bytes =
        enc === 'latin1'
          ? Buffer.from(text, 'latin1')
          : enc === 'utf16le'
            ? Buffer.from(text, 'utf16le')
            : enc === 'utf16le-bom'
              ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
              : enc === 'utf16be'
                ? Buffer.from(text, 'utf16le').swap16()
                : enc === 'utf8-bom'
                  ? Buffer.from(`\ufeff${text}`)
                  : Buffer.from(text.replace(/\n/g, enc === 'cr' ? '\r' : '\r\n'));
      return { kind: 'encoding' as const, bytes: new Uint8Array(bytes) };
    }),
  },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 3000 }).map((bytes) => ({ kind: 'random' as const, bytes })) },
);

export interface Outcome {
  diagnostics: number;
  fixesApplied: number;
  /** The export (undefined when the file is not UTF-8, which is never exported). */
  docx?: Uint8Array;
  encodingProblem: boolean;
}

function assertRangesInside(text: string, diagnostics: readonly Diagnostic[], pointAt: (o: number) => { line: number; column: number }): void {
  for (const d of diagnostics) {
    const { start, end } = d.range;
    assert.ok(
      start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length,
      `${d.ruleId}: range ${start.offset}-${end.offset} outside the text (${text.length})`,
    );
    for (const p of [start, end]) {
      const q = pointAt(p.offset);
      assert.deepEqual([p.line, p.column], [q.line, q.column], `${d.ruleId}: line/column ${p.line}:${p.column} is not offset ${p.offset}`);
    }
    assert.ok(!d.message.startsWith('Internt fel'), `${d.ruleId} failed inside the check: ${d.message}`);
  }
}

/** Only the bytes inside the applied fixes' ranges changed (fix-assertions.ts), and citation fixes replace only a reference. */
export function assertFixedOnlyInside(before: string, after: string, applied: readonly Diagnostic[]): void {
  assertOnlyInside(before, after, applied);
  for (const d of applied) {
    if (!d.ruleId.startsWith('citation-')) continue;
    // A citation fix replaces the written reference: never markup, an entity or a whole line of prose.
    assert.doesNotMatch(d.actual!, /[*_`[\]<&\\]/, `${d.ruleId} would replace ${JSON.stringify(d.actual)}`);
    assert.ok(d.actual!.length <= 160, `${d.ruleId} would replace ${d.actual!.length} characters`);
  }
}

/** The property a shape of issue 17 must keep, on the first check of the file as read. */
function assertShapeProperty(kind: FuzzCase['kind'], text: string, draft: ReturnType<typeof parseDraft>, diagnostics: readonly Diagnostic[]): void {
  const has = (ruleId: string) => diagnostics.some((d) => d.ruleId === ruleId && d.severity === 'error');
  const lines = text.split(/\r\n|\r|\n/).length;
  switch (kind) {
    case 'personnummer':
      if (draft.limit) return;
      assert.ok(has('personal-data'), 'a hidden personnummer passed check');
      assert.ok(validIdentityNumbersInDraft(draft).length > 0, 'a hidden personnummer is not among those export refuses');
      return;
    case 'image':
      assert.ok(has('image-outside-folder'), 'an image outside the folder was not reported');
      return;
    case 'blocks':
      if (lines > MAX_LINES + 1) assert.ok(has('draft-limits'), `${lines} lines and no draft-limits`);
      return;
    case 'nfd': {
      // Read as its NFC twin: the same problems, at the same text.
      // Ranges count in each draft's own text as read (a byte-order mark is not part of it).
      const twinDraft = parseDraft(text.normalize('NFC'), { incremental: false });
      const twin = checkDraft(twinDraft);
      const twinText = fileText(twinDraft);
      const own = fileText(draft);
      const key = (d: Diagnostic, from: string) =>
        `${d.ruleId}|${d.severity}|${d.message}|${from.slice(d.range.start.offset, d.range.end.offset).normalize('NFC')}`;
      assert.deepEqual(
        diagnostics.map((d) => key(d, own)).sort(),
        twin.map((d) => key(d, twinText)).sort(),
        'the NFD draft is read otherwise than its NFC twin',
      );
      return;
    }
  }
}

/** One case through read, check, --fix and export; throws (an AssertionError or the crash) on a broken property. */
export function runCase(c: FuzzCase): Outcome {
  const decoded = decodeDraft(c.bytes);
  if (decoded.problem) {
    const draft = parseDraft(decoded.text, { incremental: false });
    assertRangesInside(draft.text, [decoded.problem], draft.pointAt);
    assert.match(decoded.problem.message, /UTF-8/);
    return { diagnostics: 1, fixesApplied: 0, encodingProblem: true };
  }
  let draft = parseDraft(decoded.text, { incremental: false });
  let diagnostics = checkDraft(draft);
  // Diagnostics are in the file's own positions (its text as written, which may be NFD: issue 17).
  const pointsOf = (d: typeof draft) => d.source?.pointAt ?? d.pointAt;
  assertRangesInside(fileText(draft), diagnostics, pointsOf(draft));
  assertShapeProperty(c.kind, decoded.text, draft, diagnostics);
  const count = diagnostics.length;
  let text = fileText(draft);
  let fixesApplied = 0;
  for (let round = 0; round < 5; round++) {
    const { text: next, applied } = applyFixes(text, diagnostics);
    if (applied.length === 0) break;
    assertFixedOnlyInside(text, next, applied);
    fixesApplied += applied.length;
    draft = parseDraft(next, { incremental: false });
    text = fileText(draft);
    diagnostics = checkDraft(draft);
    assertRangesInside(text, diagnostics, pointsOf(draft));
  }
  // An NFD draft is fixed in its own form: no fix writes a composed letter into it.
  if (c.kind === 'nfd') assert.equal(text, text.normalize('NFD'), 'a fix wrote NFC into an NFD draft');
  const docx = exportDraft(parseDraft(decoded.text, { incremental: false }));
  assert.ok(docx.length > 100 && docx[0] === 0x50 && docx[1] === 0x4b, 'the export is not a zip');
  return { diagnostics: count, fixesApplied, docx, encodingProblem: false };
}

/**
 * Opens every .docx in `dir` with python-docx in one process (paragraphs, tables, core properties);
 * returns the files it could not open, with the reason.
 */
export function pythonDocxOpens(dir: string): { opened: number; failures: { file: string; error: string }[] } {
  const script = [
    'import sys, os, json, docx',
    'd = sys.argv[1]; bad = []; n = 0',
    'for f in sorted(os.listdir(d)):',
    "    if not f.endswith('.docx'): continue",
    '    try:',
    '        doc = docx.Document(os.path.join(d, f)); n += 1',
    '        _ = [p.text for p in doc.paragraphs]; _ = [c.text for t in doc.tables for r in t.rows for c in r.cells]; _ = doc.core_properties.title',
    '    except Exception as e:',
    "        bad.append({'file': f, 'error': repr(e)[:300]})",
    "print(json.dumps({'opened': n, 'failures': bad}))",
  ].join('\n');
  const r = spawnSync('/usr/bin/python3', ['-c', script, dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`python-docx did not run: ${r.stderr || r.error}`);
  return JSON.parse(r.stdout);
}

/** Keeps a case's bytes for reproduction (`pnpm fuzz --replay FILE`). */
export function saveCase(dir: string, name: string, c: FuzzCase): string {
  const file = path.join(dir, `${name}.${c.kind}.bin`);
  writeFileSync(file, c.bytes);
  return file;
}

/**
 * One case through the CLI itself, in process, on a file in `dir`: `arende check --fix` then
 * `arende export --force`. No exception, a documented exit code, a file that is not UTF-8 left byte for
 * byte, and a fixed file that is exactly the library's fix (runCase) with its byte-order mark kept.
 */
export async function runCliCase(c: FuzzCase, dir: string): Promise<{ fixed: boolean; exported: boolean }> {
  const { run } = await import('../../packages/cli/src/main.js');
  const file = path.join(dir, 'utkast.md');
  writeFileSync(file, c.bytes);
  const io = { cwd: dir, stdout: () => undefined, stderr: () => undefined, today: () => '2026-03-02', color: false };
  const check = await run(['check', '--fix', 'utkast.md'], io);
  assert.ok([0, 1, 2].includes(check), `check --fix exited ${check}`);
  const after = new Uint8Array(readFileSync(file));
  const decoded = decodeDraft(c.bytes);
  const changed = Buffer.compare(Buffer.from(after), Buffer.from(c.bytes)) !== 0;
  if (decoded.problem) assert.ok(!changed, 'a file that is not UTF-8 was rewritten');
  if (changed) {
    let draft = parseDraft(decoded.text, { incremental: false });
    let text = fileText(draft);
    for (let round = 0; round < 5; round++) {
      const { text: next, applied } = applyFixes(text, checkDraft(draft));
      if (applied.length === 0) break;
      draft = parseDraft(next, { incremental: false });
      text = fileText(draft);
    }
    assert.equal(
      new TextDecoder('utf-8', { ignoreBOM: true }).decode(after),
      (draft.hadBom || decoded.text.startsWith('\ufeff') ? '\ufeff' : '') + text,
      'check --fix wrote something else than the fixes',
    );
  }
  const exp = await run(['export', '--force', 'utkast.md'], io);
  assert.ok([0, 1, 2].includes(exp), `export exited ${exp}`);
  return { fixed: changed, exported: exp === 0 };
}
