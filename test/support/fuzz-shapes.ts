/**
 * Generators for the shapes of issue 17, added to the fuzz harness (fuzz.ts): each makes a case whose
 * kind says which property it must keep, so that a case kept by `pnpm fuzz` replays with its property.
 *
 * - `personnummer`: a valid personnummer (or samordningsnummer) hidden from the source by one to three of
 *   the forms the printed text sees through (YAML escapes in a header value, emphasis or tags inside the
 *   number, entities, comments, invisible characters, full-width or mathematical digits, a table row
 *   split, inline code), in a paragraph, list item, quote, heading, table cell or link text of an example.
 *   The guard must find it: a `personal-data` error, and the number among those export, agenda and
 *   protokoll refuse (validIdentityNumbersInDraft).
 * - `nfd`: an example, perhaps mutated, with its letters decomposed (NFD, as macOS and PDFs give them).
 *   It must be read as its NFC twin (the same problems, at the same text), and --fix must write NFD.
 * - `image`: an image (inline, by reference, with angle brackets, %-escaped) whose path leaves the draft's
 *   folder (../, absolute, file:, a drive letter, a UNC path). `image-outside-folder` must report it.
 * - `blocks`: an example with hundreds of one shape appended (thematic breaks, hard breaks, empty code
 *   lines, list items, table rows, quotes, headings, citations), sometimes past the line limit. It must be
 *   answered: a `draft-limits` error past the limit, else a check and an export without a crash.
 */
import fc from 'fast-check';

/** YYMMDD + NNN + the Luhn digit over those nine: a number the guard must refuse. */
function personnummer(yy: number, mm: number, dd: number, nnn: number): string {
  const nine = `${String(yy % 100).padStart(2, '0')}${String(mm).padStart(2, '0')}${String(dd).padStart(2, '0')}${String(nnn).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return nine + String((10 - (sum % 10)) % 10);
}

export interface HiddenNumber {
  /** The ten digits (YYMMDDNNNC). */
  digits: string;
  /** The century for the 12-digit form ('19' or '20'), or '' for the 10-digit form. */
  century: string;
}

const hiddenNumber: fc.Arbitrary<HiddenNumber> = fc
  .record({
    year: fc.integer({ min: 1930, max: 2012 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    samordning: fc.boolean(),
    nnn: fc.integer({ min: 0, max: 999 }),
    long: fc.boolean(),
  })
  .map(({ year, month, day, samordning, nnn, long }) => ({
    digits: personnummer(year, month, samordning && !long ? day + 60 : day, nnn),
    century: long ? String(year).slice(0, 2) : '',
  }));

/** A way to hide digits inside inline Markdown: it rewrites the number's characters, one or more at a time. */
type InlineHiding =
  | { how: 'emphasis'; marker: '**' | '*' | '_' | '***' | '__'; from: number; to: number }
  | { how: 'entity'; at: number; hex: boolean }
  | { how: 'comment'; at: number; text: string }
  | { how: 'tag'; tag: 'b' | 'i' | 'span' | 'em' | 'sup'; from: number; to: number }
  | { how: 'invisible'; at: number; char: string }
  | { how: 'wide'; which: 'full-width' | 'math-bold' | 'math-sans'; from: number; to: number };

const INVISIBLE = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u202a', '\u202c', '\u202e', '\u2066', '\u2069', '\u200e', '\u200f'];

const position = fc.integer({ min: 1, max: 11 });
const inlineHiding: fc.Arbitrary<InlineHiding> = fc.oneof(
  fc
    .record({ marker: fc.constantFrom('**' as const, '*' as const, '_' as const, '***' as const, '__' as const), a: position, b: position })
    .map(({ marker, a, b }) => ({ how: 'emphasis' as const, marker, from: Math.min(a, b) - 1, to: Math.max(a, b) })),
  fc.record({ at: position, hex: fc.boolean() }).map(({ at, hex }) => ({ how: 'entity' as const, at: at - 1, hex })),
  fc.record({ at: position, text: fc.constantFrom('', ' x ', '-- -', 'personnummer') }).map(({ at, text }) => ({ how: 'comment' as const, at, text })),
  fc
    .record({ tag: fc.constantFrom('b' as const, 'i' as const, 'span' as const, 'em' as const, 'sup' as const), a: position, b: position })
    .map(({ tag, a, b }) => ({ how: 'tag' as const, tag, from: Math.min(a, b) - 1, to: Math.max(a, b) })),
  fc.record({ at: position, char: fc.constantFrom(...INVISIBLE) }).map(({ at, char }) => ({ how: 'invisible' as const, at, char })),
  fc
    .record({ which: fc.constantFrom('full-width' as const, 'math-bold' as const, 'math-sans' as const), a: position, b: position })
    .map(({ which, a, b }) => ({ how: 'wide' as const, which, from: Math.min(a, b) - 1, to: Math.max(a, b) })),
);

const WIDE_ZERO = { 'full-width': 0xff10, 'math-bold': 0x1d7ce, 'math-sans': 0x1d7e2 } as const;

/**
 * The number as written, with the hidings applied. Each character is a cell that holds what is written
 * for it; wrappers go around a run of cells. Emphasis is applied last and once, and only where CommonMark
 * reads it as emphasis: a `*` run between two digits, or at the number's edge, opens and closes; next to
 * the hyphen, an entity, a tag or a comment it would be printed as a star (the number is then broken in
 * print too, and no longer the guard's business). `_` never opens inside a word, so it is not used.
 */
export function hideInline(n: HiddenNumber, hidings: readonly InlineHiding[]): string {
  const chars = [...`${n.century}${n.digits.slice(0, 6)}-${n.digits.slice(6)}`];
  const cells = chars.map((c) => ({ before: '', text: c, after: '' }));
  const last = cells.length - 1;
  const clamp = (i: number) => Math.max(0, Math.min(last, i));
  const span = (h: { from: number; to: number }) => {
    const from = clamp(h.from);
    return [from, clamp(Math.max(h.to, from + 1) - 1)] as const;
  };
  for (const h of hidings) {
    switch (h.how) {
      case 'tag': {
        const [from, to] = span(h);
        cells[from]!.before = `<${h.tag}>${cells[from]!.before}`;
        cells[to]!.after += `</${h.tag}>`;
        break;
      }
      case 'entity': {
        const cell = cells[clamp(h.at)]!;
        if (/^[0-9]$/.test(cell.text)) cell.text = h.hex ? `&#x${cell.text.charCodeAt(0).toString(16)};` : `&#${cell.text.charCodeAt(0)};`;
        break;
      }
      case 'comment':
        cells[clamp(h.at)]!.before += `<!--${h.text}-->`;
        break;
      case 'invisible':
        cells[clamp(h.at)]!.before += h.char;
        break;
      case 'wide':
        for (let i = span(h)[0]; i <= span(h)[1]; i++) {
          const cell = cells[i]!;
          if (/^[0-9]$/.test(cell.text)) cell.text = String.fromCodePoint(WIDE_ZERO[h.which] + Number(cell.text));
        }
        break;
      case 'emphasis':
        break;
    }
  }
  const emphasis = hidings.find((h) => h.how === 'emphasis');
  if (emphasis && !emphasis.marker.startsWith('_')) {
    const [from, to] = span(emphasis);
    const digit = (i: number) => /^\p{Nd}$/u.test(cells[i]?.text ?? '');
    const bare = (i: number) => cells[i]!.before === '' && cells[i]!.after === '';
    const opens = digit(from) && bare(from) && (from === 0 || (digit(from - 1) && bare(from - 1)));
    const closes = digit(to) && bare(to) && (to === last || (digit(to + 1) && bare(to + 1)));
    if (opens && closes) {
      cells[from]!.before = emphasis.marker;
      cells[to]!.after = emphasis.marker;
    }
  }
  return cells.map((c) => c.before + c.text + c.after).join('');
}

/** A header value (the rubrik) in YAML that decodes to text with the number: escapes, a folded scalar. */
export function hideInYaml(n: HiddenNumber, how: 'unicode' | 'hex' | 'folded' | 'single' | 'escaped-hyphen', at: number): string {
  const written = `${n.century}${n.digits.slice(0, 6)}-${n.digits.slice(6)}`;
  const i = Math.max(0, Math.min(written.length - 1, at));
  const ch = written[i]!;
  const code = ch.charCodeAt(0).toString(16).padStart(2, '0');
  switch (how) {
    case 'unicode':
      return `"Om ${written.slice(0, i)}\\u00${code}${written.slice(i + 1)}"`;
    case 'hex':
      return `"Om ${written.slice(0, i)}\\x${code}${written.slice(i + 1)}"`;
    case 'escaped-hyphen':
      return `"Om ${written.replace('-', '\\u002d')}"`;
    case 'single':
      return `'Om ${written}'`;
    case 'folded': {
      // Folded: the line break inside the number is read as a space only between words; break after the hyphen.
      const dash = written.indexOf('-');
      return `>-\n  Om ${written.slice(0, dash + 1)}\n  ${written.slice(dash + 1)}`;
    }
  }
}

/** Where in an example's body the number goes: the text around it, before and after. */
const CONTEXTS: readonly [string, string][] = [
  ['Sökande ', ' har ansökt.'],
  ['- Sökande ', ' har ansökt.'],
  ['> Sökande ', ' har ansökt.'],
  ['### Sökande ', ''],
  ['| Namn | Uppgift |\n|---|---|\n| Sökande | ', ' |'],
  ['Se [sökande ', '](https://example.se).'],
  ['1. Sökande ', ''],
  ['Sökande, ', '.'],
];

export type ShapeKind = 'personnummer' | 'nfd' | 'image' | 'blocks';

/** The example with `paragraph` appended to its body as a block of its own. */
function appendBlock(text: string, paragraph: string): string {
  return `${text.replace(/\n*$/, '')}\n\n${paragraph}\n`;
}

export function personnummerCase(examples: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const inBody = fc
    .tuple(examples, hiddenNumber, fc.array(inlineHiding, { minLength: 1, maxLength: 3 }), fc.constantFrom(...CONTEXTS))
    .map(([text, n, hidings, [before, after]]) => appendBlock(text, `${before}${hideInline(n, hidings)}${after}`));
  const inCode = fc.tuple(examples, hiddenNumber, fc.integer({ min: 1, max: 10 })).map(([text, n, at]) => {
    const written = `${n.digits.slice(0, 6)}-${n.digits.slice(6)}`;
    return appendBlock(text, `Sökande \`${written.slice(0, at)}\`${written.slice(at)} har ansökt.`);
  });
  const inTable = fc
    .tuple(examples, hiddenNumber)
    .map(([text, n]) => appendBlock(text, `| Född | Nr |\n|---|---|\n| ${n.century}${n.digits.slice(0, 6)} | ${n.digits.slice(6)} |`));
  const inHeader = fc
    .tuple(
      examples.filter((t) => /^rubrik: .*$/m.test(t)),
      hiddenNumber,
      fc.constantFrom('unicode' as const, 'hex' as const, 'folded' as const, 'single' as const, 'escaped-hyphen' as const),
      fc.integer({ min: 0, max: 12 }),
    )
    .map(([text, n, how, at]) => text.replace(/^rubrik: .*$/m, () => `rubrik: ${hideInYaml(n, how, at)}`));
  return fc.oneof({ weight: 6, arbitrary: inBody }, { weight: 1, arbitrary: inCode }, { weight: 1, arbitrary: inTable }, { weight: 2, arbitrary: inHeader });
}

const OUTSIDE_PREFIXES = [
  '../',
  '../../',
  './../',
  'bilder/../../',
  'a/b/../../../',
  '..\\',
  'bilder\\..\\..\\',
  '%2e%2e/',
  '.%2e/',
  '/',
  '/etc/',
  '/tmp/',
  '~/',
  '\\\\server\\share\\',
  'C:\\Users\\',
  'c:/',
  'file:///etc/',
  'file:///',
  'file:',
  'FILE://localhost/tmp/',
];

export function imageCase(examples: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(
      examples,
      fc.constantFrom(...OUTSIDE_PREFIXES),
      fc.constantFrom('karta.png', 'bild.jpg', 'a b.gif', 'logga.svg', 'passwd', 'bild.PNG'),
      fc.constantFrom('inline', 'angle', 'reference', 'titled', 'in-link', 'in-list'),
    )
    .map(([text, prefix, name, form]) => {
      // A backslash escapes punctuation in a Markdown address ("\\." is "."): doubled, it is the path's own.
      const url = (prefix + name).replace(/\\/g, '\\\\');
      const plain = /[ ()<>]/.test(url) ? `<${url}>` : url;
      const image =
        form === 'inline'
          ? `![Karta](${plain})`
          : form === 'angle'
            ? `![Karta](<${url}>)`
            : form === 'reference'
              ? `![Karta][karta]\n\n[karta]: <${url}>`
              : form === 'titled'
                ? `![Karta](<${url}> "Karta")`
                : form === 'in-link'
                  ? `[![Karta](<${url}>)](https://example.se)`
                  : `- ![Karta](<${url}>)`;
      return appendBlock(text, image);
    });
}

/** One line of a shape, repeated: the shapes that once overflowed the stack or took seconds (issue 17 §4). */
const BLOCK_SHAPES: readonly string[] = [
  '***\n',
  '---\n\n',
  'rad  \n',
  'rad\\\n',
  '\n',
  '- punkt\n',
  '1. punkt\n',
  '> citat\n',
  '| a | b |\n',
  '#### Rubrik\n',
  'Enligt 4 kap. 20 § kommunallagen (2017:725).\n',
  '[x]: https://example.se\n',
  '<div></div>\n',
];

export function blocksCase(examples: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(
      examples,
      fc.constantFrom(...BLOCK_SHAPES),
      // Mostly hundreds of lines, sometimes past the 10,000-line limit (refused before the Markdown is read).
      // Not near the limit: a list item of thousands of lazy lines takes seconds in micromark (docs/RELIABILITY.md),
      // which the bench measures; here it would make a 20,000-case run last hours.
      fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 50, max: 1500 }) }, { weight: 1, arbitrary: fc.integer({ min: 10_001, max: 12_000 }) }),
      fc.constantFrom('plain', 'code', 'list', 'table'),
    )
    .map(([text, shape, times, around]) => {
      const body = shape.repeat(times);
      const block =
        around === 'code' ? `\`\`\`\n${body}\`\`\`` : around === 'list' ? `- början\n${body}` : around === 'table' ? `| a | b |\n|---|---|\n${body}` : body;
      return appendBlock(text, block);
    });
}

/** An example (perhaps already mutated) with its letters decomposed. */
export function nfdCase(texts: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return texts.map((t) => t.normalize('NFD'));
}
