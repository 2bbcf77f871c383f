import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { applyFixes, checkDraft, checkText, parseConfig, parseDraft, rules, type HandlingLoader } from '../src/index.js';
import { rulesMarkdown } from '../scripts/rule-docs.js';
import { politikerinitiativ, useRealSpeller, VALID_MEDBORGARFORSLAG, VALID_NAMNDUPPDRAG } from './helpers.js';

const rulesDir = new URL('../src/rules/', import.meta.url);

/** Drafts that together break every rule (each rule must fire on at least one of them). */
const BROKEN = [
  '',
  // Beyond an input limit (draft-limits): block quotes nested deeper than ärende reads.
  politikerinitiativ({ body: `${'>'.repeat(101)} Ett citat.\n` }),
  politikerinitiativ({
    body: 'Bakgrund [här](https://a.se/x), markerat i rött.\n\n![](https://example.se/k.png)\n\n![Karta](../k.png)\n\n#### Djup\n\n| 1 | 2 |\n|---|---|\n| 3 | 4 |\n\n## Förslag\n\n- att utreda\n',
  }),
  'Text utan huvud.\n',
  '---\ntyp: politikerinitiativ\n',
  politikerinitiativ({ frontmatter: 'typ: politikerinitativ\nrubrik: A\nrubrik: B' }),
  politikerinitiativ({ frontmatter: 'typ: politikerinitiativ\ndatum: 2026-13-01\navsandare: Kim\nlagrum: []' }),
  politikerinitiativ({ body: '# Annan titel\n\n## Förslag\n\nInget.\n' }),
  VALID_NAMNDUPPDRAG.replace('## Barnets bästa', '## Annat').replace('diarienummer: SN 2026/41', 'diarienummer: KS § 3'),
  VALID_MEDBORGARFORSLAG.replace('kommun: Sjöviks kommun\n', '')
    .replace('e-post:', 'mejl:')
    .replace('mottagare: Kommunfullmäktige', 'mottagare: Socialnämnden'),
  // An ersättare who does not say she serves, an initiative to fullmäktige (recipient-wrong-body).
  politikerinitiativ({
    frontmatter: 'typ: politikerinitiativ\nrubrik: A\ndatum: 2026-03-02\nmottagare: Kommunfullmäktige\navsändare:\n  - namn: Kim\n    roll: ersättare',
  }),
  `${VALID_MEDBORGARFORSLAG}\nJag (811218-9876) nås på 070-123 45 67.\n`,
  VALID_MEDBORGARFORSLAG.replace('kommun: Sjöviks kommun', 'kommun: Lindesberg'),
  VALID_MEDBORGARFORSLAG.replace('namn: ', 'namn: Förnamn Efternamn\n    roll: ').replace(/^rubrik: .*$/m, 'rubrik: Rubrik – skriv vad förslaget handlar om'),
  politikerinitiativ({
    frontmatter:
      'typ: politikerinitiativ\nrubrik: A\ndatum: 2026-03-02\nmottagare: SN\navsändare:\n  - namn: Kim\n    parti: X\nlagrum:\n  - socialtjänstens ansvar\n  - 6 §\n  - 2 kap. 6 § SoL\n  - 2 kap. 7 § socialtjänstlagen (2001:453)\n  - SoL 10:8\n  - 2 kap. 3 § skollagen (2010:800)',
  }),
  politikerinitiativ({
    frontmatter:
      'typ: politikerinitiativ\nrubrik: A\ndatum: 2026-03-02\nmottagare: SN\navsändare:\n  - namn: Kim\n    parti: X\nlagrum:\n  - 11 kap. 1 § socialtjänstlagen (2025:400)',
    body: '# A\n\nDen enskilde har rätt till bistånd enligt 4 kap. 1 § SoL.\n\n## Förslag till beslut\n\n- att nämnden gör något\n',
  }),
  // Klarspråk: a hard section with a long sentence, stiff words, an unexplained and a dotted abbreviation.
  politikerinitiativ({
    body: `## Bakgrund\n\n${'Undertecknad konstaterar att belysningssituationen beträffande gångvägsförbindelsen mellan järnvägsstationen och vårdcentralsbyggnaden under vinterhalvårsperioden upplevs som otillfredsställande av betydande delar av lokalbefolkningen, vilket medför otrygghetsupplevelser och begränsningar avseende kvällstida förflyttningsmöjligheter för äldre personer, för personer med funktionsnedsättning och för övriga invånare som saknar bil. '.repeat(2)}Den som inkommer med en SIP skall erhålla svar p.g.a. lagen och socialnämdens beslut.\n\n## Förslag\n\n- att utreda\n`,
  }),
  politikerinitiativ({
    frontmatter:
      'typ: politikerinitiativ\nrubrik: A\ndatum: 2024-03-02\nmottagare: SN\navsändare:\n  - namn: Kim\n    parti: X\nlagrum:\n  - 10 kap. 8 § socialtjänstlagen (2025:400)',
  }),
];

/** Meeting files with the files they name (the meeting rules read the handlingar). */
const INITIATIV = politikerinitiativ({
  frontmatter:
    'typ: politikerinitiativ\nrubrik: A\ndatum: 2026-03-02\nmottagare: Kulturnämnden\nkommun: Grannby kommun\ndiarienummer: SN 2026/1\navsändare:\n  - namn: Kim\n    parti: X\nlagrum:\n  - 10 kap. 1 § socialtjänstlagen (2025:400)',
});
const TJÄNSTESKRIVELSE = VALID_NAMNDUPPDRAG.replace('diarienummer: SN 2026/41', 'diarienummer: SN 2026/2');
const MOTION =
  '---\ntyp: motion\nrubrik: En motion\ndatum: 2026-02-01\nmottagare: Kommunfullmäktige\nkommun: Sjöviks kommun\navsändare:\n  - namn: Kim Exempel\n---\n\nSkäl.\n';
const FILES: Record<string, string> = { 'i.md': INITIATIV, 't.md': TJÄNSTESKRIVELSE, 'm.md': MOTION };
const folder: HandlingLoader = (rel) => (rel in FILES ? { exists: true, text: FILES[rel]!, path: rel } : { exists: false });
const BROKEN_MEETINGS = [
  '---\ntyp: sammanträde\nnämnd: Socialnämnden\nkommun: Sjöviks kommun\ndatum: 2026-04-22\njustering:\n  datum: 2026-06-01\närenden:\n  - handlingar: [i.md, t.md, saknas.md]\n  - handlingar: [i.md]\n    beslut: enligt förslag\n---\n',
  '---\ntyp: sammanträde\nnämnd: Socialnämnden\nkommun: Sjöviks kommun\ndatum: 2026-04-22\närenden:\n  - rubrik: Brukarråd\n    beslut: [Ett brukarråd inrättas.]\n    yrkanden:\n      - {namn: Robin Exempel, text: Avslag.}\n    omröstning:\n      ja: 2\n      nej: 0\n      avstår: 0\n      ja_avser: förslaget\n      nej_avser: avslag\n      röster:\n        - {namn: Kim Exempel, röst: ja}\n        - {namn: Robin Exempel, röst: kanske}\n---\n',
  // Yrkanden as data: every yrkande rule (issue 20).
  '---\ntyp: sammanträde\nnämnd: Socialnämnden\nkommun: Sjöviks kommun\ndatum: 2026-04-22\nnärvarande:\n  beslutande: [Robin Exempel, Kim Exempel]\närenden:\n  - rubrik: Brukarråd\n    förslag: [Ett råd inrättas., Rådet träffas fyra gånger om året.]\n    beslut: enligt förslag\n    beslutsgång: Ordföranden ställer förslagen mot varandra.\n    yrkanden:\n      - {id: Y1, namn: Robin Exempel, typ: ändring, att_sats: 3, ersätt: a, med: b}\n      - {id: Y1, namn: Kim Exempel, typ: ändring, att_sats: 2, ersätt: fem, med: sex, instämmer: [Alex Okänd]}\n      - {id: Y3, namn: Kim Exempel, typ: ändring, att_sats: 2, ersätt: fyra, med: sex, utfall: bifall}\n      - {id: Y4, namn: Kim Exempel, typ: ändring, att_sats: 2, ny_lydelse: Varje månad., utfall: bifall}\n      - {id: Y5, namn: Kim Exempel, typ: återremiss, utfall: bifall}\n---\n',
  // A motion "delegated" to a nämnd, a jävig member who voted, a reservation by a non-serving ersättare, a late anslag.
  '---\ntyp: sammanträde\nnämnd: Socialnämnden\nkommun: Sjöviks kommun\ndatum: 2026-04-22\nnärvarande:\n  beslutande: [Kim Exempel, Robin Exempel]\n  ersättare: [Sam Exempel]\njustering:\n  datum: 2026-04-29\nanslag:\n  datum: 2026-05-10\närenden:\n  - handlingar: [m.md]\n    delegerat: true\n    jäv: [Robin Exempel]\n    beslut: [Motionen bifalls.]\n    omröstning:\n      ja: 1\n      nej: 1\n      avstår: 0\n      ja_avser: bifall\n      nej_avser: avslag\n      röster:\n        - {namn: Kim Exempel, röst: ja}\n        - {namn: Robin Exempel, röst: nej}\n    reservationer:\n      - {namn: Sam Exempel}\n---\n',
];

describe('conformance over the rule registry', () => {
  it('a rule that reports some problems as errors says so (reportsErrors), so that errorsOnly still runs it', () => {
    // Every rule file whose reports write 'error' (besides the rules' own severity lines) must declare it.
    for (const file of readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'rule.ts')) {
      const source = readFileSync(new URL(file, rulesDir), 'utf8');
      if (!source.replace(/^ {2}severity: '(?:error|warning|info)',$/gm, '').includes("'error'")) continue;
      const defined = rules.filter((r) => source.includes(`id: '${r.id}'`));
      assert.ok(defined.length > 0, file);
      for (const r of defined) assert.ok(r.severity === 'error' || r.reportsErrors, `${r.id} (${file}) reports errors: set reportsErrors`);
    }
  });
  it('errorsOnly gives the errors a full check gives, on the examples and with rules raised to error', () => {
    const texts = readdirSync(new URL('../../../examples/', import.meta.url))
      .filter((f) => f.endsWith('.md'))
      .map((f) => readFileSync(new URL(`../../../examples/${f}`, import.meta.url), 'utf8'));
    texts.push(politikerinitiativ({ body: 'Ni skall erhålla svar. Detta är en mening.\n' }));
    const raised = parseConfig('{"regler": {"plain-word": "fel", "citation-old-sol": "fel", "readability-lix": "fel", "att-sats-missing": "varning"}}');
    let errors = 0;
    for (const text of texts) {
      for (const config of [undefined, raised]) {
        const all = checkDraft(parseDraft(text), { config }).filter((d) => d.severity === 'error');
        assert.deepEqual(
          checkDraft(parseDraft(text), { config, errorsOnly: true }).filter((d) => d.severity === 'error'),
          all,
        );
        errors += all.length;
      }
    }
    assert.ok(errors > 0, 'some errors compared');
  });
  useRealSpeller();
  it('rule ids are unique kebab-case, and each rule lives in a file named after it', () => {
    const ids = rules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) {
      assert.match(id, /^[a-z]+(?:-[a-z]+)*$/);
      assert.ok(existsSync(new URL(`${id}.ts`, rulesDir)), `src/rules/${id}.ts`);
    }
    const files = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && !['index.ts', 'rule.ts', 'place.ts', 'accessibility.ts'].includes(f));
    assert.deepEqual(files.map((f) => f.replace(/\.ts$/, '')).sort(), [...ids].sort(), 'every rule file is registered');
  });

  it('the public rule ids exist', () => {
    const ids = new Set(rules.map((r) => r.id));
    for (const id of [
      'frontmatter-missing',
      'frontmatter-yaml',
      'frontmatter-required',
      'frontmatter-type',
      'frontmatter-unknown-key',
      'att-sats-missing',
      'section-missing',
    ]) {
      assert.ok(ids.has(id), id);
    }
  });

  it('every rule has documentation: summary, what, why, a bad and a good example', () => {
    for (const r of rules) {
      for (const field of ['what', 'why', 'bad', 'good'] as const) assert.ok(r.docs[field].trim().length > 10, `${r.id}.docs.${field}`);
      assert.ok(r.summary.length > 10, `${r.id}.summary`);
    }
  });

  it('docs/rules.md is generated from the registry and up to date', () => {
    const committed = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8');
    assert.equal(committed, rulesMarkdown(), 'run: node --import tsx packages/core/scripts/rule-docs.ts');
  });

  it('every rule fires on the broken drafts, and every message is complete', () => {
    const fired = new Set<string>();
    for (const [text, handlingar] of [...BROKEN.map((t) => [t, undefined] as const), ...BROKEN_MEETINGS.map((t) => [t, folder] as const)]) {
      const { draft, diagnostics } = checkText(text, { handlingar });
      for (const d of diagnostics) {
        fired.add(d.ruleId);
        assert.equal(d.source, 'arende');
        assert.ok(rules.some((r) => r.id === d.ruleId));
        assert.match(d.url, new RegExp(`^https://.+/blob/v\\d+\\.\\d+\\.\\d+/packages/core/docs/rules\\.md#${d.ruleId}$`));
        assert.ok(['error', 'warning', 'info'].includes(d.severity));
        for (const p of [d.range.start, d.range.end]) {
          assert.ok(p.line >= 1 && p.column >= 1 && p.offset >= 0 && p.offset <= draft.text.length, JSON.stringify(p));
        }
        assert.ok(d.range.end.offset >= d.range.start.offset);
        // Never ajv's or yaml's English.
        assert.doesNotMatch(d.message, /\bmust\b|\bshould\b|Unexpected|Nested mappings|Implicit keys/);
        assert.ok(!d.message.startsWith('Internt fel'), d.message);
        if (d.expected) assert.equal(d.actual, draft.text.slice(d.range.start.offset, d.range.end.offset));
      }
    }
    assert.deepEqual([...fired].sort(), rules.map((r) => r.id).sort());
  });

  it('applying every fix and checking again leaves nothing fixable', () => {
    for (const text of BROKEN) {
      let current = text;
      for (let round = 0; round < 5; round++) {
        const { draft, diagnostics } = checkText(current);
        const { text, applied } = applyFixes(draft.text, diagnostics);
        if (applied.length === 0) break;
        current = text;
      }
      assert.deepEqual(
        checkText(current)
          // Answers to choose between (`choose`) are for a person; --fix leaves them by design.
          .diagnostics.filter((d) => d.expected?.length && !d.choose)
          .map((d) => d.message),
        [],
      );
    }
  });
});
