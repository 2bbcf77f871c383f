import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { documentSymbols, foldingLines, parseDraft, type OutlineSymbol } from '../src/index.js';

const read = (name: string) => readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8');

describe('the outline of a draft (Outline, breadcrumbs, Go to Symbol, folding)', () => {
  it('a politikerinitiativ: the header with its keys, the sections, the att-satser under the proposal', () => {
    const text = read('politikerinitiativ-sip-samordning.md');
    const symbols = documentSymbols(parseDraft(text));
    const header = symbols[0]!;
    assert.equal(header.name, 'Huvud');
    assert.deepEqual(
      header.children.map((k) => k.name),
      ['typ', 'rubrik', 'datum', 'mottagare', 'kommun', 'diarienummer', 'avsändare', 'lagrum'],
    );
    assert.equal(header.children.find((k) => k.name === 'datum')!.detail, '2026-02-10');
    const sections = symbols.slice(1);
    assert.deepEqual(
      sections.map((s) => s.name),
      [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]),
    );
    const proposal = sections.find((s) => s.children.length > 0)!;
    assert.equal(proposal.name, 'Vi föreslår därför att');
    assert.equal(proposal.children.length, 4);
    assert.ok(proposal.children.every((c) => c.kind === 'att-sats'));
    // The heading is what a pick selects, on its own line.
    const line = text.split('\n').indexOf('## Vi föreslår därför att') + 1;
    assert.equal(proposal.selectionRange.start.line, line);
  });

  it("a meeting file: each ärende under 'ärenden' with the § it gets in the protokoll", () => {
    const text = read('sammantrade-socialnamnden-2026-04-22.md');
    const header = documentSymbols(parseDraft(text))[0]!;
    const ärenden = header.children.find((k) => k.name === 'ärenden')!;
    const names = ärenden.children.map((c: OutlineSymbol) => c.name);
    const first = Number(/^paragrafer_från: (\d+)$/m.exec(text)![1]);
    assert.equal(names.length, 3);
    assert.match(names[0]!, new RegExp(`^§ ${first} `));
    assert.match(names[2]!, new RegExp(`^§ ${first + 2} `));
  });

  it('folds the header as a whole and each key whose value spans lines', () => {
    const text = read('politikerinitiativ-sip-samordning.md');
    const folds = foldingLines(parseDraft(text));
    const lines = text.split('\n');
    const closing = lines.indexOf('---', 1) + 1;
    assert.deepEqual(folds[0], { start: 1, end: closing });
    const avs = lines.indexOf('avsändare:') + 1;
    const lagrum = lines.indexOf('lagrum:') + 1;
    assert.ok(
      folds.some((f) => f.start === avs && f.end === lagrum - 1),
      JSON.stringify(folds),
    );
  });
});
