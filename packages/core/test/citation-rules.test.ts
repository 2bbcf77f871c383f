import assert from 'node:assert/strict';
import { citeText } from '@arende/lagrum';
import { checkText, rules, SCHEMA_FILES } from '../src/index.js';
import { joinCitations } from '../src/join-citations.js';

/** A politikerinitiativ dated `datum` with these `lagrum` lines and body. */
function draft(datum: string, lagrum: string[], body = 'Bakgrund.'): string {
  return `---
typ: politikerinitiativ
rubrik: Test
datum: ${datum}
mottagare: Socialnämnden
avsändare:
  - namn: Kim Exempel
    parti: Exempelpartiet
lagrum:
${lagrum.map((l) => `  - ${l}`).join('\n')}
---

${body}

## Vi föreslår därför att

- att nämnden gör något
`;
}

function problems(text: string, prefix = 'citation-') {
  return checkText(text)
    .diagnostics.filter((d) => d.ruleId.startsWith(prefix))
    .map((d) => ({ rule: d.ruleId, severity: d.severity, at: `${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column}`, message: d.message, expected: d.expected }));
}

describe('citation rules', () => {
  it('a valid citation of the law in force gives nothing', () => {
    assert.deepEqual(problems(draft('2026-03-02', ['10 kap. 8 § socialtjänstlagen (2025:400)'], 'Enligt 10 kap. 8 § SoL och 9 § LSS.')), []);
    assert.deepEqual(problems(draft('2024-03-02', ['2 kap. 7 § socialtjänstlagen (2001:453)'], 'Enligt 2 kap. 7 § SoL.')), []);
  });

  it('citation-repealed: old SoL after 2025-07-01, with the new provisions as fix', () => {
    const [p, ...rest] = problems(draft('2026-03-02', ['2 kap. 7 § socialtjänstlagen (2001:453)']));
    assert.equal(rest.length, 0);
    assert.equal(p!.rule, 'citation-repealed');
    assert.equal(p!.severity, 'warning');
    assert.equal(p!.at, '10:5-10:44');
    assert.match(p!.message, /upphävd på handlingens datum \(2026-03-02\)\. Den motsvaras av 10 kap\. 8 och 9 §§ SoL\./);
    assert.equal(p!.expected![0], '10 kap. 8 och 9 §§ SoL');
  });

  it('citation-repealed says "delvis" when the new provision only partly corresponds', () => {
    const [p] = problems(draft('2026-03-02', ['4 kap. 1 § socialtjänstlagen (2001:453)']));
    assert.equal(p!.rule, 'citation-repealed');
    assert.match(p!.message, /bara delvis/);
  });

  it('citation-unknown-provision: "SoL" means the new law after 2025-07-01, and the old paragraph is suggested', () => {
    const [p] = problems(draft('2026-03-02', ['2 kap. 6 § SoL']));
    assert.equal(p!.rule, 'citation-unknown-provision');
    assert.equal(p!.severity, 'error');
    assert.match(p!.message, /2 kap\. 6 § socialtjänstlagen \(2001:453\)/);
    assert.deepEqual(p!.expected, ['7 kap. 3 § SoL']);
  });

  it('citation-unknown-provision: a chapter that does not exist is an error even where the registry is incomplete', () => {
    const [p] = problems(draft('2026-03-02', ['99 kap. 1 § SoL']));
    assert.deepEqual([p!.rule, p!.severity], ['citation-unknown-provision', 'error']);
    assert.match(p!.message, /har inget 99 kap\./);
    const [lss] = problems(draft('2026-03-02', ['88 § LSS']));
    assert.deepEqual([lss!.rule, lss!.severity], ['citation-unknown-provision', 'error']);
  });

  it('citation-not-in-force: new SoL in a draft dated before 2025-07-01', () => {
    const [p] = problems(draft('2024-03-02', ['10 kap. 8 § socialtjänstlagen (2025:400)']));
    assert.equal(p!.rule, 'citation-not-in-force');
  });

  it('citation-unparsed and citation-unknown-law on lagrum entries', () => {
    const unparsed = problems(draft('2026-03-02', ['socialtjänstens ansvar']));
    assert.deepEqual(unparsed.map((p) => [p.rule, p.at]), [['citation-unparsed', '10:5-10:27']]);
    const noLaw = problems(draft('2026-03-02', ['6 §']));
    assert.deepEqual(noLaw.map((p) => [p.rule, p.severity]), [['citation-unknown-law', 'warning']]);
  });

  it('citation-form: informal forms get the standard form as fix (lagrum: with SFS number)', () => {
    const ps = problems(draft('2026-03-02', ['SoL 10:8'], 'Enligt SoL 10:8 ska en plan upprättas.'));
    assert.deepEqual(
      ps.map((p) => [p.rule, p.severity, p.at, p.expected![0]]),
      [
        ['citation-form', 'info', '10:5-10:13', '10 kap. 8 § socialtjänstlagen (2025:400)'],
        ['citation-form', 'info', '13:8-13:16', '10 kap. 8 § SoL'],
      ],
    );
  });

  it('body citations are found through emphasis and positioned in the source', () => {
    const text = draft('2026-03-02', ['10 kap. 8 § SoL'], 'Enligt **2 kap. 7 § socialtjänstlagen (2001:453)** ska en plan göras.');
    const [p] = problems(text);
    assert.equal(p!.rule, 'citation-repealed');
    const d = checkText(text).diagnostics.find((x) => x.ruleId === 'citation-repealed')!;
    assert.equal(text.slice(d.range.start.offset, d.range.end.offset), '2 kap. 7 § socialtjänstlagen (2001:453)');
  });

  it('minute references are not citations', () => {
    assert.deepEqual(problems(draft('2026-03-02', ['10 kap. 8 § SoL'], 'Beslutet fattades i KS § 58 och protokoll § 14, se § 31.')), []);
  });
});

describe('legal basis of the rules and schemas', () => {
  it('every provision a rule or schema requirement rests on resolves as in force today', () => {
    const provisions = new Set<string>();
    for (const r of rules) if (r.lagrum) provisions.add(r.lagrum);
    const walk = (node: unknown) => {
      if (!node || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node)) {
        if (k === 'x-lagrum' && typeof v === 'string') provisions.add(v);
        else walk(v);
      }
    };
    walk(SCHEMA_FILES);
    assert.ok(provisions.size >= 2, [...provisions].join(', '));
    for (const p of provisions) {
      const [c, ...more] = citeText(p, '2026-11-23');
      assert.equal(more.length, 0, p);
      assert.equal(c!.status, 'gällande', `${p}: ${c!.message}`);
      assert.ok(c!.lydelse, `${p} has its text in the registry`);
    }
  });
});

describe('joinCitations', () => {
  it('groups by law and chapter and compresses runs', () => {
    assert.equal(joinCitations(['6 kap. 1 § SoL', '6 kap. 4 § SoL', '6 kap. 2 § SoL', '6 kap. 3 § SoL', '10 kap. 1 § SoL']), '6 kap. 1–4 §§ och 10 kap. 1 § SoL');
    assert.equal(joinCitations(['10 kap. 8 § SoL', '10 kap. 9 § SoL']), '10 kap. 8 och 9 §§ SoL');
    assert.equal(joinCitations(['7 kap. 3 § SoL']), '7 kap. 3 § SoL');
    assert.equal(joinCitations(['5 § LSS', '5 a § LSS', '9 § LSS']), '5, 5 a och 9 §§ LSS');
  });
});
