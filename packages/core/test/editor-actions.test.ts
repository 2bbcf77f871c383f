import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkDraft, hoverAt, mergeMisspeltKeys, parseDraft, silenceEdits, type Diagnostic } from '../src/index.js';

const example = readFileSync(new URL('../../../examples/politikerinitiativ-sip-samordning.md', import.meta.url), 'utf8');

function apply(text: string, edit: { range: { start: { offset: number }; end: { offset: number } }; newText: string }): string {
  return text.slice(0, edit.range.start.offset) + edit.newText + text.slice(edit.range.end.offset);
}

const ids = (text: string) => checkDraft(parseDraft(text)).map((d) => d.ruleId);

describe('silenceEdits: "Ignorera här" and "Ignorera i filen"', () => {
  it('silences a header problem on the closing --- with a YAML comment line above it, and nothing else', () => {
    const text = example.replace(/\nlagrum:\n( {2}- .*\n)+/, '\n');
    const draft = parseDraft(text);
    const d = checkDraft(draft).find((x) => x.ruleId === 'frontmatter-required')!;
    assert.ok(d, 'the missing lagrum is a problem');
    const { here } = silenceEdits(draft, d);
    const after = apply(text, here!);
    assert.match(after, /\n# arende-disable-next-line frontmatter-required\n---\n/);
    assert.ok(!ids(after).includes('frontmatter-required'));
    assert.equal(ids(after).length, ids(text).length - 1, 'only that problem went');
  });

  it('silences a misspelt nested key with a comment at its indentation', () => {
    const text = example.replace(/\n( +)parti:/, '\n$1partti:');
    const draft = parseDraft(text);
    const d = checkDraft(draft).find((x) => x.ruleId === 'frontmatter-unknown-key')!;
    assert.ok(d);
    const after = apply(text, silenceEdits(draft, d).here!);
    assert.match(after, /\n {4}# arende-disable-next-line frontmatter-unknown-key\n {4}partti:/);
    assert.ok(!ids(after).includes('frontmatter-unknown-key'));
  });

  it('in the body: a line of its own above a block, at the end of the line inside a paragraph', () => {
    const text = example.replace(/(## [^\n]+\n\n)/, '$1Enligt HSL 16 kap. 4 § ska det finnas en plan.\nOch enligt HSL 16 kap. 4 § igen.\n\n');
    const draft = parseDraft(text);
    const forms = checkDraft(draft).filter((x) => x.ruleId === 'citation-form');
    assert.ok(forms.length >= 2, `two citation-form problems: ${forms.length}`);
    const first = silenceEdits(draft, forms[0]!).here!;
    assert.equal(first.newText, '<!-- arende-disable-next-line citation-form -->\n');
    const second = silenceEdits(draft, forms[1]!).here!;
    assert.equal(second.newText, ' <!-- arende-disable-line citation-form -->');
    const after = apply(apply(text, second), first);
    assert.equal(ids(after).filter((i) => i === 'citation-form').length, forms.length - 2);
  });

  it('"Ignorera i filen" writes one comment at the top of the body that silences the header too, and adds ids to it', () => {
    const text = example.replace(/\nlagrum:\n( {2}- .*\n)+/, '\n').replace('avsändare:', 'avsandare:');
    let draft = parseDraft(text);
    const required = checkDraft(draft).find((x) => x.ruleId === 'frontmatter-required')!;
    let after = apply(text, silenceEdits(draft, required).file);
    assert.match(after, /\n---\n<!-- arende-disable frontmatter-required -->\n/);
    assert.ok(!ids(after).includes('frontmatter-required'));
    draft = parseDraft(after);
    const unknown = checkDraft(draft).find((x) => x.ruleId === 'frontmatter-unknown-key') as Diagnostic;
    after = apply(after, silenceEdits(draft, unknown).file);
    assert.match(after, /\n---\n<!-- arende-disable frontmatter-required frontmatter-unknown-key -->\n/);
    assert.deepEqual(
      ids(after).filter((i) => i.startsWith('frontmatter-')),
      [],
    );
  });

  it('offers no "here" on the opening --- (a comment above it would end the header)', () => {
    const draft = parseDraft(example);
    const d = { ruleId: 'x', range: draft.frontmatter!.openingRange };
    assert.equal(silenceEdits(draft, d).here, undefined);
  });
});

describe('the editor says each thing once', () => {
  it('a misspelt key is one problem: the rename, with the error severity and the lagrum of the missing key', () => {
    const text = example.replace('avsändare:', 'avsandare:');
    const all = checkDraft(parseDraft(text));
    assert.equal(all.filter((d) => /avs[aä]ndare/.test(d.message)).length, 2, 'arende check keeps both');
    const shown = mergeMisspeltKeys(all);
    const about = shown.filter((d) => /avs[aä]ndare/.test(d.message));
    assert.equal(about.length, 1);
    assert.equal(about[0]!.ruleId, 'frontmatter-unknown-key');
    assert.equal(about[0]!.severity, 'error');
    assert.deepEqual(about[0]!.expected, ['avsändare']);
    assert.match(about[0]!.message, /menade du 'avsändare'\? Nyckeln 'avsändare' saknas/);
    assert.doesNotMatch(about[0]!.message, /Lägg till/);
    assert.ok(about[0]!.lagrum, 'what the missing key rests on');
    assert.equal(shown.length, all.length - 1);
  });

  it('the hover on an old SoL number leaves out the note when the problem is shown in the same hover', () => {
    const text = example.replace(/(## [^\n]+\n\n)/, '$1Nämnden ska inleda utredning enligt 11 kap. 1 § SoL utan dröjsmål.\n\n');
    const draft = parseDraft(text);
    const offset = text.indexOf('11 kap. 1 § SoL') + 3;
    const problem = checkDraft(draft).find((d) => d.ruleId === 'citation-old-sol');
    assert.ok(problem, 'the rule fires');
    const alone = hoverAt(draft, offset)!.markdown;
    assert.match(alone, /\*\*Obs!\*\*/);
    const beside = hoverAt(draft, offset, { shownProblems: [problem] })!.markdown;
    assert.doesNotMatch(beside, /Obs!/);
    assert.match(beside, /11 kap\. 1 §/);
    assert.ok(beside.length < alone.length - 200);
  });
});
