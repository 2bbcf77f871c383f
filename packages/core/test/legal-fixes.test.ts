import assert from 'node:assert/strict';
import { applyFixes, checkText, fixesFor } from '../src/index.js';

/** A tjänsteskrivelse-like politikerinitiativ dated `datum` with `body`. */
function draft(datum: string, body: string, lagrum = '10 kap. 8 § socialtjänstlagen (2025:400)'): string {
  return `---
typ: politikerinitiativ
rubrik: Test
datum: ${datum}
mottagare: Socialnämnden
avsändare:
  - namn: Kim Exempel
lagrum:
  - ${lagrum}
---

${body}

## Vi föreslår därför att

- att nämnden gör något
`;
}

function fixed(text: string): string {
  const { draft: d, diagnostics } = checkText(text);
  return applyFixes(d.text, diagnostics).text;
}

describe('issue 21: --fix never writes a legal basis by guess', () => {
  it('"rätt till bistånd för sin försörjning enligt 4 kap. 1 § SoL" (2026) is not rewritten; the candidates are listed with headings', () => {
    const text = draft('2026-03-02', 'Den enskilde har rätt till bistånd för sin försörjning enligt 4 kap. 1 § SoL.');
    assert.equal(fixed(text), text, '--fix leaves a reference that went to five paragraphs alone');
    const d = checkText(text).diagnostics.find((x) => x.ruleId === 'citation-old-sol')!;
    assert.ok(d, 'citation-old-sol still warns');
    assert.equal(d.choose, true);
    assert.ok(d.expected!.includes('12 kap. 1 § socialtjänstlagen (2025:400)'), d.expected!.join(' | '));
    assert.match(d.message, /Möjliga: .*12 kap\. 1 § socialtjänstlagen \(2025:400\) \(Ekonomiskt bistånd/u);
    assert.match(d.message, /ändras inte av --fix/u);
    // The editor offers each as its own quick fix, none preferred.
    const fixes = fixesFor([d]);
    assert.equal(fixes.length, d.expected!.length);
    assert.ok(fixes.every((f) => !f.preferred));
  });

  it('"5 kap. 7 § socialtjänstlagen (2001:453)" is not turned into "8 kap. 10 och 11 §§"', () => {
    const text = draft('2026-03-02', 'Nämnden ska enligt 5 kap. 7 § socialtjänstlagen (2001:453) verka för detta.');
    const out = fixed(text);
    assert.doesNotMatch(out, /8 kap\. 10 och 11 §§/u);
    assert.equal(out, text);
    const d = checkText(text).diagnostics.find((x) => x.ruleId === 'citation-repealed')!;
    assert.deepEqual(d.expected, ['8 kap. 10 § SoL', '8 kap. 11 § SoL']);
    assert.equal(d.choose, true);
  });

  it('a whole, single-target correspondence is still written by --fix', () => {
    const text = draft('2026-03-02', 'Kommunen får enligt 2 kap. 6 § socialtjänstlagen (2001:453) göra detta.');
    assert.match(fixed(text), /enligt 7 kap\. 3 § SoL göra/u);
  });

  it('a partial single target is offered but not applied', () => {
    const text = draft('2026-03-02', 'Utredningen inleds enligt 11 kap. 1 § socialtjänstlagen (2001:453) utan dröjsmål.');
    assert.equal(fixed(text), text);
    const d = checkText(text).diagnostics.find((x) => x.ruleId === 'citation-repealed')!;
    assert.deepEqual(d.expected, ['14 kap. 2 § SoL']);
    assert.equal(d.choose, true);
  });
});

describe('issue 21: citation-form accepts the forms the statutes use', () => {
  const formProblems = (body: string) =>
    checkText(draft('2026-03-02', body))
      .diagnostics.filter((d) => d.ruleId === 'citation-form' || d.ruleId === 'citation-unknown-provision')
      .map((d) => `${d.ruleId}: ${d.message}`);
  for (const body of [
    'Rätt till insatser enligt 9 § 6 LSS.',
    'Så följer av 9 § 10 LSS.',
    'Det följer av 5 kap. 65–67 och 69 §§ KL.',
    'Det följer av 6:38 p. 4 KL.',
    'Det följer av KL 6:38 p. 4.',
    'Det följer av SoL 10:8.',
  ]) {
    it(`"${body}" gets no suggestion and no missing provision`, () => assert.deepEqual(formProblems(body), []));
  }
  it('"KL 6:38 p. 4" is 6 kap. 38 § punkt 4, not "6 kap. 38 p §"', () => {
    const c = checkText(draft('2026-03-02', 'Det följer av KL 6:38 p. 4.')).diagnostics.filter((d) => d.severity === 'error');
    assert.deepEqual(
      c.map((d) => d.ruleId),
      [],
    );
  });
  it('a wrongly written form still gets the standard form', () => {
    assert.match(formProblems('Enligt 2kap 6§ SoL gäller det.').join('\n'), /'2 kap\. 6 § SoL' i stället för '2kap 6§ SoL'/u);
    assert.match(formProblems('Enligt 9 § p 6 LSS gäller det.').join('\n'), /standardform/u);
  });
});
