import assert from 'node:assert/strict';
import { applyFixes, checkText, completeAt, DRAFT_KINDS, fixesFor, hoverAt, parseDraft } from '../src/index.js';
import { politikerinitiativ } from './helpers.js';

/** Parses a text with the cursor marked by `|`; returns the draft and the cursor offset. */
function at(marked: string) {
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0, 'mark the cursor with |');
  return { draft: parseDraft(marked.slice(0, offset) + marked.slice(offset + 1)), offset };
}

describe('editor features as plain data', () => {
  it('hover on a lagrum entry shows the provision, its status on the draft date and its text', () => {
    const { draft, offset } = at(politikerinitiativ().replace('10 kap. 1 §', '10 kap. 1| §'));
    const h = hoverAt(draft, offset)!;
    assert.ok(h);
    assert.match(h.markdown, /10 kap\. 1 § Socialtjänstlag \(2025:400\)/);
    assert.match(h.markdown, /Gällande 2026-03-02/);
    assert.match(h.markdown, /^> /m);
    assert.equal(draft.text.slice(h.range.start.offset, h.range.end.offset), '10 kap. 1 § socialtjänstlagen (2025:400)');
  });

  it('hover on a body citation uses the draft date: old SoL before 2025-07-01', () => {
    const text = politikerinitiativ({ body: 'Enligt 2 kap. 6| § SoL gäller det.\n\n## Förslag\n\n- att göra\n' }).replace('2026-03-02', '2024-03-02');
    const { draft, offset } = at(text);
    assert.match(hoverAt(draft, offset)!.markdown, /Socialtjänstlag \(2001:453\)/);
  });

  it('hover on a frontmatter key shows its schema description and legal basis', () => {
    const { draft, offset } = at(politikerinitiativ().replace('mottagare:', 'motta|gare:'));
    const h = hoverAt(draft, offset)!;
    assert.match(h.markdown, /\*\*Mottagare\*\*/);
    assert.match(h.markdown, /4 kap\. 20 § kommunallagen \(2017:725\)/);
  });

  it('hover on a key inside a list item: the shared definition with the kind’s own words', () => {
    const namn = at(politikerinitiativ().replace('  - namn:', '  - na|mn:'));
    assert.match(hoverAt(namn.draft, namn.offset)!.markdown, /^\*\*Namn\*\* \(`avsändare\.namn`\)/);
    const parti = at(politikerinitiativ().replace('    parti:', '    pa|rti:'));
    const h = hoverAt(parti.draft, parti.offset)!.markdown;
    assert.match(h, /^\*\*Parti\*\* \(`avsändare\.parti`\)/, 'the title from the shared definition');
    assert.match(h, /4 kap\. 20 § kommunallagen/, 'the description the politikerinitiativ gives it');
  });

  it('completes missing frontmatter keys, and kinds after typ:', () => {
    const { draft, offset } = at(politikerinitiativ().replace('mottagare: Socialnämnden\n', 'mottagare: Socialnämnden\nkom|\n'));
    const labels = completeAt(draft, offset).items.map((i) => i.label);
    assert.deepEqual(labels, ['kommun']);
    const typ = at(politikerinitiativ().replace('typ: politikerinitiativ', 'typ: |'));
    assert.deepEqual(
      completeAt(typ.draft, typ.offset).items.map((i) => i.label),
      [...DRAFT_KINDS],
    );
  });

  it('completes keys inside a list item or a mapping: a sender, an ärende of a meeting file, uppdrag', () => {
    const labels = (marked: string) => {
      const { draft, offset } = at(marked);
      return completeAt(draft, offset).items.map((i) => i.label);
    };
    // A sender's keys the sender does not have yet (namn is there).
    const sender = labels(politikerinitiativ().replace(/^avsändare:\n {2}- namn: (.*)\n(?: {4}.*\n)*/m, 'avsändare:\n  - namn: $1\n    |\n'));
    assert.ok(sender.includes('parti') && sender.includes('roll'), sender.join(', '));
    assert.ok(!sender.includes('namn') && !sender.includes('rubrik'), 'neither the key present nor top-level keys');
    // An ärende of a meeting file, below a list of handlingar: beslut is there, the rest is offered.
    const meeting = `---
typ: sammanträde
nämnd: Socialnämnden
kommun: Sjöviks kommun
datum: 2026-04-22
ärenden:
  - handlingar:
      - a.md
    beslut: enligt förslag
    |
---
`;
    const item = labels(meeting);
    for (const k of ['yrkanden', 'reservationer', 'beslutsgång', 'omröstning']) assert.ok(item.includes(k), `${k} in ${item.join(', ')}`);
    assert.ok(!item.includes('beslut') && !item.includes('handlingar') && !item.includes('nämnd'));
    // A new list item starts empty: every key of an ärende.
    assert.ok(labels(meeting.replace('    |\n', '  - |\n')).includes('beslut'));
    // Inside a mapping inside a list item, with the typed letters as a prefix.
    assert.deepEqual(labels(meeting.replace('    |\n', '    omröstning:\n      ja: 4\n      n|\n')), ['nej', 'nej_avser']);
    // A mapping at the top: uppdrag's keys.
    const uppdrag = labels(`---\ntyp: nämnduppdrag\nuppdrag:\n  |\n---\n`);
    assert.ok(uppdrag.includes('beslut') && uppdrag.includes('datum'), uppdrag.join(', '));
    // While a key is half typed the YAML does not parse: the typ line still says which keys belong, and keys
    // written are not offered again.
    const top = labels(`---\ntyp: nämnduppdrag\nrubrik: R\nupp|\n---\n`);
    assert.deepEqual(top, ['uppdrag']);
    assert.ok(!labels(`---\ntyp: nämnduppdrag\nrubrik: R\nr|\n---\n`).includes('rubrik'));
    // Inside a block scalar nothing is offered.
    assert.deepEqual(labels(`---\ntyp: politikerinitiativ\nrubrik: >\n  Lång\n  r|\n---\n`), []);
  });

  it('completes proposal headings after ## and laws in the body', () => {
    const { draft, offset } = at(politikerinitiativ({ body: 'Text.\n\n## Vi f|\n' }));
    assert.deepEqual(
      completeAt(draft, offset).items.map((i) => i.label),
      ['Vi föreslår därför att', 'Vi föreslår att'],
    );
    const law = at(politikerinitiativ({ body: 'Enligt SoL 10 kap. |\n' }));
    const items = completeAt(law.draft, law.offset).items;
    assert.ok(
      items.some((i) => i.kind === 'paragraph' && i.label === '8 §'),
      JSON.stringify(items.slice(0, 3)),
    );
  });

  it('fixes come from diagnostics with expected values; the first is preferred', () => {
    const text = politikerinitiativ().replace('avsändare:', 'avsandare:');
    const fixes = fixesFor(checkText(text).diagnostics);
    assert.deepEqual(
      fixes.map((f) => [f.title, f.newText, f.preferred, text.slice(f.range.start.offset, f.range.end.offset)]),
      [["Byt namn till 'avsändare'", 'avsändare', true, 'avsandare']],
    );
  });

  it('a repealed paragraph taken over by several: each single choice names its heading', () => {
    const text = politikerinitiativ().replace(/^lagrum:\n(?: {2}- .*\n)+/m, 'lagrum:\n  - 4 kap. 1 § socialtjänstlagen (2001:453)\n');
    const fixes = fixesFor(checkText(text).diagnostics.filter((d) => d.ruleId === 'citation-repealed'));
    assert.ok(fixes.length >= 3, JSON.stringify(fixes.map((f) => f.title)));
    const single = fixes.filter((f) => /^\d+ kap\. \d+ § SoL$/.test(f.newText));
    assert.ok(single.length >= 2);
    const withHeading = single.filter((f) => / – \S/.test(f.title));
    assert.ok(withHeading.length >= single.length - 1, JSON.stringify(single.map((f) => f.title)));
    assert.match(single.find((f) => f.newText === '12 kap. 1 § SoL')!.title, /^Ersätt med '12 kap\. 1 § SoL' – .*[Bb]istånd/);
  });
});

describe('applyFixes', () => {
  it('applies the preferred replacement of each fixable diagnostic, from the end', () => {
    const text = politikerinitiativ().replace('avsändare:', 'avsandare:').replace('mottagare:', 'mottagre:');
    const { draft, diagnostics } = checkText(text);
    const { text: fixed, applied } = applyFixes(draft.text, diagnostics);
    assert.deepEqual(applied.map((d) => d.expected![0]).sort(), ['avsändare', 'mottagare']);
    assert.equal(fixed, politikerinitiativ());
  });

  it('leaves a fix that overlaps one already applied for the next round', () => {
    const d = (start: number, end: number, to: string) => ({
      ruleId: 'x',
      source: 'arende' as const,
      severity: 'warning' as const,
      message: 'm',
      url: 'u',
      expected: [to],
      range: { start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } },
    });
    const { text, applied } = applyFixes('abcdef', [d(0, 3, 'X'), d(2, 5, 'Y'), d(5, 6, 'Z')]);
    assert.equal(text, 'abYZ');
    assert.equal(applied.length, 2);
  });
});
