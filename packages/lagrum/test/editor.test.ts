import assert from 'node:assert/strict';
import { hoverCitation, completeCitation, parseCitationString } from '../src/index.js';

/** The cursor is marked with `|`, as in core's tests. */
function at(marked: string): [string, number] {
  const i = marked.indexOf('|');
  return [marked.slice(0, i) + marked.slice(i + 1), i];
}

describe('hoverCitation', () => {
  it('shows title, provision, status on the date, text and link', () => {
    const [text, offset] = at('lagrum:\n  - 2 kap. 6| § SoL');
    const h = hoverCitation(text, offset, '2025-01-15');
    assert.ok(h);
    assert.equal(text.slice(h.range.start, h.range.end), '2 kap. 6 § SoL');
    assert.match(h.markdown, /\*\*2 kap\. 6 § Socialtjänstlag \(2001:453\)\*\*/);
    assert.match(h.markdown, /Gällande 2025-01-15/);
    assert.match(h.markdown, /> Kommunen får även träffa överenskommelse/);
    assert.match(h.markdown, /\(https:\/\/www\.riksdagen\.se\/.*sfs-2001-453\)/);
  });
  it('says repealed and where it went on a later date', () => {
    const [text, offset] = at('Enligt 2 kap. 6 § social|tjänstlagen (2001:453) ska');
    const h = hoverCitation(text, offset, '2026-01-01')!;
    assert.match(h.markdown, /Upphävd 2026-01-01/);
    assert.match(h.markdown, /7 kap\. 3 § SoL/);
  });
  it('returns null away from citations', () => {
    const [text, offset] = at('Ingen hän|visning, KS § 58');
    assert.equal(hoverCitation(text, offset, '2026-01-01'), null);
  });
  it('hovers each paragraph of a list on its own', () => {
    const [text, offset] = at('6 och |7 §§ LSS');
    const h = hoverCitation(text, offset, '2026-01-01')!;
    assert.equal(h.citation.paragraf, '7');
  });
});

describe('completeCitation', () => {
  it('completes law names from a prefix', () => {
    const items = completeCitation('enligt soc', '2026-01-01');
    assert.ok(items.some((i) => i.label === 'socialtjänstlagen' && i.detail === 'Socialtjänstlag (2025:400)' && i.kind === 'law'));
    assert.ok(completeCitation('enligt soc', '2024-01-01').some((i) => i.detail === 'Socialtjänstlag (2001:453)'));
  });
  it('offers law names after a paragraph sign, at the start of an entry, and for a word under way: not after every space', () => {
    assert.ok(completeCitation('enligt 10 kap. 8 § ', '2026-01-01').some((i) => i.label === 'socialtjänstlagen'));
    assert.ok(completeCitation('6 och 7 §§ ', '2026-01-01').some((i) => i.label === 'LSS'));
    assert.ok(completeCitation('', '2026-01-01').length > 10);
    assert.deepEqual(completeCitation('Det här är ', '2026-01-01'), []);
    assert.deepEqual(completeCitation('Enligt 4 kap. 2', '2026-01-01'), []);
  });
  it('after "10 kap. 8 § " offers only the laws that have that provision, each name once, with its heading', () => {
    const items = completeCitation('enligt 10 kap. 8 § ', '2026-01-01');
    const labels = items.map((i) => i.label);
    assert.equal(labels.filter((l) => l.toLowerCase() === 'sol').length, 1, 'SoL and SOL are one name');
    assert.ok(!labels.includes('LSS'), 'LSS has no chapters');
    const sol = items.find((i) => i.label === 'SoL')!;
    assert.match(sol.detail, /^10 kap\. 8 §: .*individuell plan.*Socialtjänstlag \(2025:400\)$/);
    // A paragraph no law has: every law rather than nothing, still each name once.
    const none = completeCitation('enligt 99 kap. 1 § ', '2026-01-01').map((i) => i.label.toLowerCase());
    assert.ok(none.includes('sol') && none.includes('lss'));
    assert.equal(new Set(none).size, none.length);
    const lss = completeCitation('enligt 9 § ', '2026-01-01');
    assert.ok(lss.some((i) => i.label === 'LSS') && !lss.some((i) => i.label === 'SoL'));
  });
  it('offers the chapters of a law', () => {
    const items = completeCitation('SoL ', '2026-01-01');
    assert.equal(items.length, 35);
    assert.ok(items.every((i) => i.kind === 'chapter'));
    assert.equal(items[6]!.insertText, '7 kap. ');
  });
  it('offers paragraphs with the first words of their text', () => {
    const items = completeCitation('SoL 7 kap. ', '2026-01-01');
    const p3 = items.find((i) => i.label === '3 §')!;
    assert.equal(p3.kind, 'paragraph');
    assert.match(p3.documentation!, /^Kommunen får träffa en överenskommelse/);
  });
  it('offers paragraphs directly for a law without chapters', () => {
    const items = completeCitation('LSS ', '2026-01-01');
    assert.ok(items.some((i) => i.label === '9 §'));
    assert.ok(items.every((i) => i.kind === 'paragraph'));
  });
});

describe('parseCitationString (frontmatter lagrum entries)', () => {
  const valid = ['2 kap. 6 § SoL', '4 kap. 20 § kommunallagen (2017:725)', 'SoL 2:6', '9 § LSS', '6 och 7 §§ LSS', '2 kap. 6 § SoL, 9 § LSS', 'föräldrabalken'];
  for (const s of valid) it(`accepts ${JSON.stringify(s)}`, () => assert.equal(parseCitationString(s).ok, true));
  const invalid = ['se socialtjänstlagen om bistånd', 'KS § 58', 'bistånd', '2 kap. 6 § SoL om samverkan', ''];
  for (const s of invalid) {
    it(`rejects ${JSON.stringify(s)}`, () => {
      const r = parseCitationString(s);
      assert.equal(r.ok, false);
      if (!r.ok) assert.match(r.reason, /lagrum/);
    });
  }
  it('points at what it did not understand', () => {
    const r = parseCitationString('2 kap. 6 § SoL om samverkan');
    assert.ok(!r.ok && r.unparsed[0]!.text === 'om samverkan');
  });
});
