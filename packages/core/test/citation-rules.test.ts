import assert from 'node:assert/strict';
import { citeText, lookupProvision } from '@arende/lagrum';
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
  // citation-data-date (the once-per-draft note on the data's age) has its own tests below.
  return checkText(text)
    .diagnostics.filter((d) => d.ruleId.startsWith(prefix) && d.ruleId !== 'citation-data-date')
    .map((d) => ({
      rule: d.ruleId,
      severity: d.severity,
      at: `${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column}`,
      message: d.message,
      expected: d.expected,
    }));
}

describe('citation rules', () => {
  it('a valid citation of the law in force gives nothing', () => {
    assert.deepEqual(problems(draft('2026-03-02', ['10 kap. 8 § socialtjänstlagen (2025:400)'], 'Enligt 10 kap. 8 § SoL och 9 § LSS.')), []);
    assert.deepEqual(problems(draft('2024-03-02', ['2 kap. 7 § socialtjänstlagen (2001:453)'], 'Enligt 2 kap. 7 § SoL.')), []);
  });

  it('citation-repealed: old SoL after 2025-07-01, with the new provisions to choose between', () => {
    const [p, ...rest] = problems(draft('2026-03-02', ['2 kap. 7 § socialtjänstlagen (2001:453)']));
    assert.equal(rest.length, 0);
    assert.equal(p!.rule, 'citation-repealed');
    assert.equal(p!.severity, 'error', 'the stated legal basis (lagrum:) rests on a repealed provision');
    assert.equal(p!.at, '10:5-10:44');
    assert.match(p!.message, /upphävd på handlingens datum \(2026-03-02\)\. Den motsvaras bara delvis av 10 kap\. 8 och 9 §§ SoL/);
    // Two new paragraphs: each is offered (issue 21), none applied by --fix.
    assert.deepEqual(p!.expected, ['10 kap. 8 § SoL', '10 kap. 9 § SoL']);
  });

  it('citation-repealed says "delvis" when the new provision only partly corresponds', () => {
    const [p] = problems(draft('2026-03-02', ['4 kap. 1 § socialtjänstlagen (2001:453)']));
    assert.equal(p!.rule, 'citation-repealed');
    assert.match(p!.message, /bara delvis/);
  });

  it('citation-unknown-provision: "SoL" means the new law after 2025-07-01, and the old paragraph is suggested', () => {
    const [p] = problems(draft('2026-03-02', ['2 kap. 6 § SoL']));
    assert.equal(p!.rule, 'citation-unknown-provision');
    assert.equal(p!.severity, 'warning', 'missing from an incomplete registry: never blocks export');
    assert.match(p!.message, /2 kap\. 6 § socialtjänstlagen \(2001:453\)/);
    assert.deepEqual(p!.expected, ['7 kap. 3 § socialtjänstlagen (2025:400)'], 'the new law named with its year');
  });

  it('citation-unknown-provision: a chapter that does not exist is an error even where the registry is incomplete', () => {
    const [p] = problems(draft('2026-03-02', ['99 kap. 1 § SoL']));
    assert.deepEqual([p!.rule, p!.severity], ['citation-unknown-provision', 'error']);
    assert.match(p!.message, /har inget 99 kap\./);
    const [lss] = problems(draft('2026-03-02', ['88 § LSS']));
    assert.deepEqual([lss!.rule, lss!.severity], ['citation-unknown-provision', 'error']);
  });

  describe('citation-unknown-provision: stycke and punkt', () => {
    // Counts from the registry, which the lagrum tests check against the statute source (selex/).
    const kl420 = lookupProvision('2017:725', '4', '20')!.structure!;
    const lss9 = lookupProvision('1993:387', null, '9')!.structure!;
    const lss9a = lookupProvision('1993:387', null, '9 a')!.structure!;
    const ord = ['första', 'andra', 'tredje', 'fjärde', 'femte', 'sjätte'];
    const unknown = (text: string) => problems(text, 'citation-unknown-provision');

    it('a stycke the paragraph does not have: a warning at the citation', () => {
      assert.ok(kl420.stycken < 5);
      const ps = unknown(draft('2026-03-02', ['4 kap. 20 § femte stycket kommunallagen (2017:725)']));
      assert.equal(ps.length, 1);
      assert.deepEqual([ps[0]!.rule, ps[0]!.severity, ps[0]!.at], ['citation-unknown-provision', 'warning', '10:5-10:55']);
      assert.match(
        ps[0]!.message,
        /^4 kap\. 20 § kommunallagen \(2017:725\) har bara (ett stycke|\S+ stycken); 'femte stycket' finns inte\. Kontrollera hänvisningen\.$/,
      );
      assert.equal(ps[0]!.expected, undefined);
    });

    it('a punkt beyond the list, in the body: the warning covers that citation only', () => {
      const body = `Enligt 9 § ${lss9.punkter[0]} LSS gäller insatsen, men 9 § ${lss9.punkter[0]! + 4} LSS finns inte.`;
      const text = draft('2026-03-02', ['9 § lagen (1993:387) om stöd och service till vissa funktionshindrade'], body);
      const ps = unknown(text);
      assert.equal(ps.length, 1);
      assert.equal(ps[0]!.severity, 'warning');
      assert.equal(ps[0]!.message, `9 § LSS har bara ${lss9.punkter[0]} punkter; punkt ${lss9.punkter[0]! + 4} finns inte. Kontrollera hänvisningen.`);
      const d = checkText(text).diagnostics.find((x) => x.ruleId === 'citation-unknown-provision')!;
      assert.equal(text.slice(d.range.start.offset, d.range.end.offset), `9 § ${lss9.punkter[0]! + 4} LSS`);
    });

    it('in a list, only the paragraph that lacks the point is marked, at its own part', () => {
      const p = lss9a.punkter[0]! + 1;
      assert.ok(p <= lss9.punkter[0]!, 'the point exists in 9 § but not in 9 a §');
      const text = draft('2026-03-02', ['9 § lagen (1993:387) om stöd och service till vissa funktionshindrade'], `Enligt 9 och 9 a §§ ${p} LSS.`);
      const ps = unknown(text);
      assert.equal(ps.length, 1);
      const d = checkText(text).diagnostics.find((x) => x.ruleId === 'citation-unknown-provision')!;
      assert.equal(text.slice(d.range.start.offset, d.range.end.offset), `9 a §§ ${p} LSS`);
      assert.match(ps[0]!.message, new RegExp(`^9 a § LSS har bara ${lss9a.punkter[0]} punkter i första stycket; punkt ${p} finns inte där\\.`));
    });

    it('a punkt in a stycke without points', () => {
      const kl522 = lookupProvision('2017:725', '5', '22')!.structure!;
      assert.equal(kl522.punkter[1], 0);
      const [p, ...rest] = unknown(draft('2026-03-02', ['5 kap. 22 § andra stycket 3 kommunallagen (2017:725)']));
      assert.equal(rest.length, 0);
      assert.equal(p!.severity, 'warning');
      assert.match(p!.message, /^Andra stycket i 5 kap\. 22 § kommunallagen \(2017:725\) har inga numrerade punkter; punkt 3 finns inte\./);
    });

    it('existing stycken and points give nothing; a stycke the data cannot show is said (info, issue 21)', () => {
      assert.deepEqual(
        unknown(
          draft(
            '2026-03-02',
            [
              `4 kap. 20 § ${ord[kl420.stycken - 1]} stycket kommunallagen (2017:725)`,
              '5 kap. 22 § första stycket 3 kommunallagen (2017:725)',
              `9 § punkt ${lss9.punkter[0]} lagen (1993:387) om stöd och service till vissa funktionshindrade`,
              '10 kap. 8 § femte stycket 3 socialtjänstlagen (2025:400)',
            ],
            `Enligt 9 § ${lss9.punkter[0]} LSS och 16 kap. 4 § sjätte stycket HSL.`,
          ),
        ).map((p) => [p.rule, p.severity, p.message]),
        [
          [
            'citation-unknown-provision',
            'info',
            "Källdatan visar inte styckena i 10 kap. 8 § socialtjänstlagen (2025:400), så 'femte stycket' kan inte kontrolleras; läs paragrafen hos Riksdagen.",
          ],
          [
            'citation-unknown-provision',
            'info',
            "Källdatan visar inte styckena i 16 kap. 4 § HSL, så 'sjätte stycket' kan inte kontrolleras; läs paragrafen hos Riksdagen.",
          ],
        ],
      );
    });
  });

  it('citation-not-in-force: new SoL in a draft dated before 2025-07-01', () => {
    const [p] = problems(draft('2024-03-02', ['10 kap. 8 § socialtjänstlagen (2025:400)']));
    assert.equal(p!.rule, 'citation-not-in-force');
  });

  it('citation-unparsed and citation-unknown-law on lagrum entries', () => {
    const unparsed = problems(draft('2026-03-02', ['socialtjänstens ansvar']));
    assert.deepEqual(
      unparsed.map((p) => [p.rule, p.at]),
      [['citation-unparsed', '10:5-10:27']],
    );
    const noLaw = problems(draft('2026-03-02', ['6 §']));
    assert.deepEqual(
      noLaw.map((p) => [p.rule, p.severity]),
      [['citation-unknown-law', 'warning']],
    );
  });

  it('citation-form: informal forms get the standard form as fix (lagrum: with SFS number)', () => {
    const ps = problems(draft('2026-03-02', ['SoL 10:8'], 'Enligt 10 kap 8 § SoL ska en plan upprättas.'));
    assert.deepEqual(
      ps.map((p) => [p.rule, p.severity, p.at, p.expected![0]]),
      [
        ['citation-form', 'info', '10:5-10:13', '10 kap. 8 § socialtjänstlagen (2025:400)'],
        ['citation-form', 'info', '13:8-13:22', '10 kap. 8 § SoL'],
      ],
    );
  });

  it('no mechanical fix that would drop or misplace a stycke, punkt or sentence the writer named', () => {
    // Repealed with a stycke: the new law numbers its stycken differently, so the message names the new
    // provisions but nothing is rewritten.
    const [repealed] = problems(draft('2026-03-02', ['2 kap. 7 § andra stycket socialtjänstlagen (2001:453)']));
    assert.equal(repealed!.rule, 'citation-repealed');
    assert.match(repealed!.message, /10 kap\. 8 och 9 §§ SoL/);
    assert.equal(repealed!.expected, undefined);
    // Law-first with "första meningen" or "sista stycket": the standard form would lose those words.
    const body = 'Enligt SoL 10 kap. 8 § första stycket första meningen och SoL 10 kap. 9 § sista stycket ska planen upprättas.';
    assert.deepEqual(
      problems(draft('2026-03-02', ['10 kap. 8 § socialtjänstlagen (2025:400)'], body)).filter((p) => p.rule === 'citation-form'),
      [],
    );
    // Without such words the law-first form still gets its fix.
    const plain = problems(draft('2026-03-02', ['10 kap. 8 § socialtjänstlagen (2025:400)'], 'Enligt SoL 10 kap. 8 § ska planen upprättas.'));
    assert.equal(plain.find((p) => p.rule === 'citation-form')?.expected?.[0], '10 kap. 8 § SoL');
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
    // The accessibility law is cited as a whole: the statute data the registry is built from has no
    // text of it, so it cannot resolve; every other basis must.
    // Språklagen, the basis of the klarspråk rules, likewise.
    const outsideRegistry = new Set(['lagen (2018:1937) om tillgänglighet till digital offentlig service', '11 § språklagen (2009:600)']);
    for (const p of provisions) {
      if (outsideRegistry.has(p)) continue;
      const [c, ...more] = citeText(p, '2026-11-23');
      assert.equal(more.length, 0, p);
      assert.equal(c!.status, 'gällande', `${p}: ${c!.message}`);
      assert.equal(c!.structureProblem, null, `${p}: ${c!.structureProblem?.message}`);
      assert.ok(c!.lydelse, `${p} has its text in the registry`);
    }
  });
});

describe('joinCitations', () => {
  it('groups by law and chapter and compresses runs', () => {
    assert.equal(
      joinCitations(['6 kap. 1 § SoL', '6 kap. 4 § SoL', '6 kap. 2 § SoL', '6 kap. 3 § SoL', '10 kap. 1 § SoL']),
      '6 kap. 1–4 §§ och 10 kap. 1 § SoL',
    );
    assert.equal(joinCitations(['10 kap. 8 § SoL', '10 kap. 9 § SoL']), '10 kap. 8 och 9 §§ SoL');
    assert.equal(joinCitations(['7 kap. 3 § SoL']), '7 kap. 3 § SoL');
    assert.equal(joinCitations(['5 § LSS', '5 a § LSS', '9 § LSS']), '5, 5 a och 9 §§ LSS');
  });
});

describe('issue 10: old SoL numbers, amended provisions, severity honesty', () => {
  const body = (datum: string, text: string, lagrum: string[] = ['10 kap. 8 § socialtjänstlagen (2025:400)']) => draft(datum, lagrum, text);

  for (const [text, oldRef] of [
    ['Den enskilde har rätt till bistånd enligt 4 kap. 1 § SoL.', '4 kap. 1 §'],
    ['Orosanmälan enligt 14 kap. 1 § SoL ska göras genast.', '14 kap. 1 §'],
    ['Nämnden ska inleda utredning enligt 11 kap. 1 § SoL.', '11 kap. 1 §'],
    ['Vid åtgärder som rör barn ska barnets bästa särskilt beaktas, 1 kap. 2 § SoL.', '1 kap. 2 §'],
  ] as const) {
    it(`citation-old-sol: "${text}" (2026) fits the old law: a warning at the citation`, () => {
      const ps = problems(body('2026-03-02', text), 'citation-old-sol');
      assert.equal(ps.length, 1, JSON.stringify(problems(body('2026-03-02', text))));
      const p = ps[0]!;
      assert.equal(p.severity, 'warning');
      assert.match(p.message, new RegExp(`passar bättre ${oldRef.replace(/\./g, '\\.')} socialtjänstlagen \\(2001:453\\)`));
      assert.match(p.message, /Den 1 juli 2025 ersattes socialtjänstlagen \(2001:453\) av socialtjänstlagen \(2025:400\)/);
      assert.ok(
        p.expected?.every((e) => e.endsWith('socialtjänstlagen (2025:400)')),
        'the fix names the new law with its year',
      );
      const at = text.indexOf(oldRef);
      assert.equal(p.at.split('-')[0], `13:${at + 1}`);
    });
  }

  it('citation-old-sol says nothing when the words fit the new paragraph, or before 2025-07-01', () => {
    assert.deepEqual(problems(body('2026-03-02', 'Kommunen har det yttersta ansvaret enligt 4 kap. 1 § SoL.'), 'citation-old-sol'), []);
    assert.deepEqual(
      problems(
        body('2025-03-02', 'Den enskilde har rätt till bistånd enligt 4 kap. 1 § SoL.', ['2 kap. 7 § socialtjänstlagen (2001:453)']),
        'citation-old-sol',
      ),
      [],
    );
    assert.deepEqual(
      problems(body('2026-03-02', 'Den enskilde har rätt till bistånd enligt 4 kap. 1 § socialtjänstlagen (2025:400).'), 'citation-old-sol'),
      [],
    );
  });

  it('citation-old-sol checks a lagrum: entry against the rubrik and text', () => {
    const text = draft('2026-03-02', ['4 kap. 1 § SoL'], 'Förslaget gäller rätten till bistånd för försörjning och livsföring i övrigt.');
    const [p] = problems(text, 'citation-old-sol');
    assert.ok(p, 'reported');
    assert.equal(p!.at.split(':')[0], '10');
  });

  it('recovery of aid (old 9 kap. 1 §): the old law still governs aid granted before 2025-07-01; no switch offered', () => {
    const [p] = problems(draft('2026-03-02', ['9 kap. 1 § socialtjänstlagen (2001:453)']), 'citation-repealed');
    assert.ok(p);
    assert.match(p!.message, /gäller fortfarande för återkrav av ekonomiskt bistånd som beviljats före ikraftträdandet 2025-07-01/);
    assert.match(p!.message, /punkt 5 a i övergångsbestämmelserna till socialtjänstlagen \(2025:400\)/);
    assert.equal(p!.expected, undefined);
    assert.equal(p!.severity, 'warning');
    const [q] = problems(body('2026-03-02', 'Återkrav av ekonomiskt bistånd enligt 9 kap. 1 § SoL.'), 'citation-old-sol');
    assert.match(q!.message, /gäller ärendet sådant, skriv 9 kap\. 1 § socialtjänstlagen \(2001:453\)/);
    assert.equal(q!.expected, undefined);
  });

  it('severity: a repealed provision in lagrum: is an error, in the text a warning', () => {
    const [inList] = problems(draft('2026-03-02', ['2 kap. 7 § socialtjänstlagen (2001:453)']), 'citation-repealed');
    assert.equal(inList!.severity, 'error');
    const [inText] = problems(body('2026-03-02', 'Enligt 2 kap. 7 § socialtjänstlagen (2001:453) ska en plan upprättas.'), 'citation-repealed');
    assert.equal(inText!.severity, 'warning');
  });

  it('severity: a paragraph missing from an incomplete registry never blocks export', () => {
    const [p] = problems(draft('2026-03-02', ['2 kap. 6 § SoL']), 'citation-unknown-provision');
    assert.equal(p!.severity, 'warning');
    const [q] = problems(draft('2026-03-02', ['40 kap. 1 § SoL']), 'citation-unknown-provision');
    assert.equal(q!.severity, 'error', 'a chapter the law does not have is certain');
  });

  it('amended is not repealed: 1 kap. 7 § OSL in a draft dated 2026-06-15 gives no problem', () => {
    assert.deepEqual(problems(draft('2026-06-15', ['1 kap. 7 § OSL'])), []);
  });
});

describe('hover on an old SoL number (issue 10)', () => {
  it('says the words fit the repealed law', async () => {
    const { hoverAt, parseDraft } = await import('../src/index.js');
    const text = draft('2026-03-02', ['10 kap. 8 § socialtjänstlagen (2025:400)'], 'Den enskilde har rätt till bistånd enligt 4 kap. 1 § SoL.');
    const h = hoverAt(parseDraft(text), text.indexOf('4 kap. 1 §') + 2)!;
    assert.match(h.markdown, /\*\*Obs!\*\* .*passar bättre 4 kap\. 1 § socialtjänstlagen \(2001:453\)/);
  });
});

describe('citation-data-date: a draft dated after the statute data says so once', () => {
  const after = (text: string) => checkText(text).diagnostics.filter((d) => d.ruleId === 'citation-data-date');
  it('one info per draft, at its datum, naming each law and the data date', () => {
    const found = after(
      draft('2031-04-01', ['6 kap. 38 § KL', '11 kap. 1 § socialtjänstlagen (2025:400)'], 'Enligt 4 kap. 1 § KL och 6 kap. 34 § KL gäller detta.'),
    );
    assert.equal(found.length, 1);
    const [d] = found;
    assert.equal(d!.severity, 'info');
    assert.deepEqual([d!.range.start.line, d!.range.start.column, d!.range.end.column], [4, 8, 18], "at the datum's value");
    assert.match(d!.message, /Handlingen är daterad 2031-04-01, men lagtexten som ärende kontrollerar mot är från \d{4}-\d\d-\d\d för /);
    assert.match(d!.message, /kommunallagen \(2017:725\)/);
    assert.match(d!.message, /socialtjänstlagen \(2025:400\)/);
    assert.equal(d!.message.match(/kommunallagen/g)?.length, 1, 'each law named once');
    assert.match(d!.messageEn!, /The paper is dated 2031-04-01/);
  });
  it('nothing for a draft dated before the data, or with no citations', () => {
    assert.deepEqual(after(draft('2025-09-01', ['6 kap. 38 § KL'])), []);
    assert.deepEqual(after(draft('2031-04-01', [], 'Ingen hänvisning här.').replace('lagrum:\n\n', '')), []);
  });
  it('nothing for a draft without datum (read on today, which says nothing about the paper)', () => {
    assert.deepEqual(after(draft('2031-04-01', ['6 kap. 38 § KL']).replace('datum: 2031-04-01\n', '')), []);
  });
});
