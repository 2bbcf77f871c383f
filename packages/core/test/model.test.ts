import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Link, Nodes, Paragraph } from 'mdast';
import type { Node } from 'unist';
import { clearParseCache, parseDraft, checkText } from '../src/index.js';
import { parseBody, parseMarkdown, processor } from '../src/model/body.js';
import { linkBareUrls } from '../src/model/gfm-lite.js';
import { politikerinitiativ, VALID_NAMNDUPPDRAG } from './helpers.js';

/** The tree without `position`, for comparing structure. */
function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) if (k !== 'position') out[k] = strip(v);
  return out;
}

function positions(node: Partial<Node> & { children?: Node[] }, out: string[] = []): string[] {
  if (node.position)
    out.push(
      `${node.type}@${node.position.start.line}:${node.position.start.column}/${node.position.start.offset}-${node.position.end.line}:${node.position.end.column}/${node.position.end.offset}`,
    );
  for (const c of node.children ?? []) positions(c, out);
  return out;
}

describe('draft model', () => {
  it('reads kind, metadata, sections, att-satser, senders and lagrum with ranges', () => {
    const d = parseDraft(VALID_NAMNDUPPDRAG);
    assert.equal(d.kind, 'nämnduppdrag');
    assert.equal(d.metadata.diarienummer, 'SN 2026/41');
    assert.deepEqual(d.metadata.uppdrag, { beslut: 'SN 2026-01-15 § 7', datum: '2026-01-15', diarienummer: undefined });
    assert.deepEqual(
      d.sections.map((s) => s.heading),
      ['Förslag till beslut', 'Sammanfattning', 'Beskrivning av ärendet', 'Ekonomiska konsekvenser', 'Barnets bästa'],
    );
    assert.equal(d.proposal?.heading, 'Förslag till beslut');
    assert.deepEqual(
      d.attSatser.map((a) => a.text),
      ['Redovisningen godkänns.'],
    );
    assert.equal(d.attSatser[0]!.range.start.line, 19);
    assert.deepEqual(d.senders, [{ namn: 'Robin Test', roll: 'förvaltningschef' }]);
    assert.equal(d.lagrum[0]!.text, '10 kap. 8 § socialtjänstlagen (2025:400)');
    const r = d.lagrum[0]!.range;
    assert.equal(d.text.slice(r.start.offset, r.end.offset), '10 kap. 8 § socialtjänstlagen (2025:400)');
    assert.deepEqual([r.start.line, r.start.column], [14, 5]);
  });

  it('accepts a BOM and CRLF, and positions stay those an editor shows', () => {
    const lf = politikerinitiativ();
    const crlf = `\ufeff${lf.replace(/\n/g, '\r\n')}`;
    const a = parseDraft(lf);
    const b = parseDraft(crlf);
    assert.equal(b.hadBom, true);
    assert.equal(b.kind, 'politikerinitiativ');
    const lines = (d: typeof a) => positions(d.tree).map((p) => p.replace(/\/\d+/g, ''));
    assert.deepEqual(lines(b), lines(a));
    assert.deepEqual(
      b.attSatser.map((x) => [x.text, x.range.start.line, x.range.start.column]),
      a.attSatser.map((x) => [x.text, x.range.start.line, x.range.start.column]),
    );
    const key = b.rangeOf(['avsändare', 0, 'parti'])!;
    assert.equal(b.text.slice(key.start.offset, key.end.offset), 'Exempelpartiet');
    // Only the note that the draft is dated after the statute data (citation-data-date), at the same place as in LF.
    const notes = (t: string) => checkText(t).diagnostics.map((d) => [d.ruleId, d.range.start.line, d.range.start.column]);
    assert.deepEqual(notes(crlf), [['citation-data-date', 4, 8]]);
    assert.deepEqual(notes(crlf), notes(lf));
    // A problem in a CRLF file is reported on the same line and column as in the LF file.
    const bad = (t: string) =>
      checkText(t.replace('datum: 2026-03-02', 'datum: 2026-02-30')).diagnostics.map(
        (x) => `${x.range.start.line}:${x.range.start.column}-${x.range.end.line}:${x.range.end.column}`,
      );
    assert.deepEqual(bad(crlf), bad(lf));
  });

  it('footnotes and link references resolve across sections', () => {
    const d = parseDraft(
      politikerinitiativ({
        body: 'Text[^a] och [länk][ref].\n\n## Vi föreslår därför att\n\n- att göra[^a]\n\n## Noter\n\n[^a]: Fotnoten.\n\n[ref]: https://example.se\n',
      }),
    );
    const types: string[] = [];
    const walk = (n: Nodes) => {
      types.push(n.type);
      if ('children' in n) n.children.forEach(walk);
    };
    walk(d.tree);
    assert.equal(types.filter((t) => t === 'footnoteReference').length, 2);
    assert.equal(types.filter((t) => t === 'linkReference').length, 1);
    assert.equal(types.filter((t) => t === 'footnoteDefinition').length, 1, 'stub definitions are dropped');
  });

  it('the chunked parse gives the same tree and positions as one remark-parse of the whole body', () => {
    const block = fc.constantFrom(
      'Ett stycke med *kursiv* och **fet** text.',
      '## Rubrik',
      '# Titel',
      '### Underrubrik',
      '- punkt ett\n- punkt två',
      '1. första\n2. andra',
      '| a | b |\n|---|---|\n| 1 | 2 |',
      '```\n## inte en rubrik\n```',
      '> citat\n## rubrik efter citat',
      'Fotnot[^1] här.',
      '[^1]: Definitionen.',
      'En [länk][x].',
      '[x]: https://example.se',
      '<!-- arende-disable-next-line -->',
      'Rad ett\r\nrad två',
      'Se https://example.se/sida, och www.exempel.se.',
      '~~struken~~ och - [x] klar',
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), fc.constantFrom('\n\n', '\n', '\r\n\r\n'), (blocks, sep) => {
        const body = `${blocks.join(sep)}\n`;
        clearParseCache();
        const chunked = parseBody(body, 0, 1);
        const reference = processor.parse(body);
        linkBareUrls(reference);
        assert.deepEqual(strip(chunked.children), strip(reference.children));
        assert.deepEqual(positions({ children: chunked.children }), positions({ children: reference.children }));
      }),
      { numRuns: 300 },
    );
  });

  it('the parser with only the GFM constructs a text can hold gives the tree of the parser with all four', () => {
    // Texts made of the characters that start or end GFM constructs (pipes, colons and dashes of tables,
    // tildes, footnote and task brackets) beside ordinary Markdown: wherever parseMarkdown leaves an
    // extension out, the full parser must find nothing of it either.
    const piece = fc.constantFrom(
      '|',
      ':',
      '-',
      '--',
      ':-',
      '-:',
      '~',
      '~~',
      '[',
      ']',
      '[^',
      '^',
      'x',
      'X',
      ' ',
      '\t',
      '\n',
      '\n\n',
      'a',
      'ord',
      '*',
      '> ',
      '# ',
      '1. ',
      '- ',
      '`',
      '[ ]',
      '[x]',
      ']:',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(parseMarkdown(text), processor.parse(text), JSON.stringify(text));
      }),
      { numRuns: 2000 },
    );
    const root = new URL('../../../', import.meta.url);
    for (const dir of ['examples', 'templates']) {
      for (const name of readdirSync(new URL(`${dir}/`, root)).filter((n) => n.endsWith('.md'))) {
        const text = readFileSync(new URL(`${dir}/${name}`, root), 'utf8');
        assert.deepEqual(parseMarkdown(text), processor.parse(text), `${dir}/${name}`);
      }
    }
  });

  it('a one-off parse (no cache) gives the same model as the incremental one', () => {
    const text = `\ufeff${politikerinitiativ({ body: 'Text[^1] https://example.se.\r\n\r\n## Förslag\r\n\r\n- att göra\r\n\r\n[^1]: Not.\r\n' })}`;
    const a = parseDraft(text);
    const b = parseDraft(text, { incremental: false });
    assert.deepEqual(b.tree, a.tree);
    assert.deepEqual(b.attSatser, a.attSatser);
    assert.deepEqual(
      b.sections.map((s) => [s.heading, s.range]),
      a.sections.map((s) => [s.heading, s.range]),
    );
  });

  it('an edit re-parses only the section it touched (same tree objects come from the cache)', () => {
    const sections = Array.from({ length: 20 }, (_, i) => `## Avsnitt ${i}\n\nText i avsnitt ${i}.\n`).join('\n');
    const text = politikerinitiativ({ body: `Bakgrund.\n\n${sections}\n## Förslag\n\n- att göra\n` });
    clearParseCache();
    const first = parseDraft(text);
    const edited = parseDraft(text.replace('Text i avsnitt 7.', 'Text i avsnitt 7, ändrad.'));
    // Positions after the edit moved by the inserted characters, structure elsewhere unchanged.
    assert.equal(edited.sections.length, first.sections.length);
    const delta = ', ändrad'.length;
    assert.equal(edited.sections[20]!.range.start.offset, first.sections[20]!.range.start.offset + delta);
    assert.deepEqual(strip(edited.sections[3]), strip(first.sections[3]));
  });

  it('bare URLs become links with exact positions; tables and footnotes are GFM', () => {
    const d = parseDraft(
      politikerinitiativ({
        body: 'Läs https://example.se/rapport.pdf, gärna.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nText[^1].\n\n[^1]: Not.\n\n## Förslag\n\n- att läsa\n',
      }),
    );
    const para = d.tree.children[0] as Paragraph;
    const link = para.children[1] as Link;
    assert.equal(link.type, 'link');
    assert.equal(link.url, 'https://example.se/rapport.pdf');
    assert.equal(d.text.slice(link.position!.start.offset, link.position!.end.offset), 'https://example.se/rapport.pdf');
    assert.deepEqual(d.tree.children.map((c) => c.type).slice(0, 4), ['paragraph', 'table', 'paragraph', 'footnoteDefinition']);
  });

  it('never throws on arbitrary text, and ranges stay inside it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.boolean(), (s, fenced) => {
        const text = fenced ? `---\n${s}\n---\n${s}` : s;
        const { draft, diagnostics } = checkText(text);
        for (const d of diagnostics) {
          assert.ok(d.range.start.offset >= 0 && d.range.end.offset <= draft.text.length);
          assert.ok(d.range.start.offset <= d.range.end.offset);
        }
      }),
      { numRuns: 300 },
    );
  });
});
