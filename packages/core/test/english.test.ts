/**
 * `arende.language: en`: every problem core reports carries an English message (and every fix an English
 * title), built beside the Swedish. The inputs are every rule's documented bad example under every kind, the
 * examples/ drafts, the templates, and drafts made to reach the branches the examples do not.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allLaws } from '@arende/lagrum';
import {
  checkText,
  completeAt,
  fixesFor,
  hoverAt,
  parseDraft,
  schemaTextEn,
  messageWithBasis,
  rules,
  SCHEMA_FILES,
  TEMPLATES,
  type Diagnostic,
  type HandlingLoader,
} from '../src/index.js';
import { nodeHandlingLoader } from '../src/node.js';
import { EXAMPLE_BASES, exampleDraft } from '../src/rule-examples.js';
import { politikerinitiativ, VALID_MEDBORGARFORSLAG, useRealSpeller } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

interface Input {
  name: string;
  text: string;
  handlingar?: HandlingLoader;
  /** The files the check reads besides the draft (their words may be quoted back). */
  files?: Readonly<Record<string, string>>;
}

function folder(files: Readonly<Record<string, string>>): HandlingLoader {
  return (rel) => (rel in files ? (rel.endsWith('.md') ? { exists: true, text: files[rel]!, path: rel } : { exists: true, path: rel }) : { exists: false });
}

const withFrontmatter = (frontmatter: string, body = 'Text.\n') => `---\n${frontmatter}\n---\n\n${body}`;
const pi = (body: string) => politikerinitiativ({ body: `Skäl.\n\n${body}\n\n## Vi föreslår därför att\n\n- nämnden utreder frågan\n` });
const lagrum = (datum: string, ...entries: string[]) =>
  politikerinitiativ({
    frontmatter: `typ: politikerinitiativ\nrubrik: Fler platser\ndatum: ${datum}\nmottagare: Socialnämnden\navsändare:\n  - namn: Kim Exempel\nlagrum:\n${entries.map((e) => `  - ${e}`).join('\n')}`,
  });

/** Drafts that reach the branches no documented example does. */
const MADE: Record<string, string> = {
  'addressing: an initiative to fullmäktige, an ersättare not serving': withFrontmatter(
    'typ: politikerinitiativ\nrubrik: A\ndatum: 2026-03-02\nmottagare: Kommunfullmäktige\navsändare:\n  - namn: Kim\n    roll: ersättare',
  ),
  'addressing: an interpellation to a nämnd': withFrontmatter(
    'typ: interpellation\nrubrik: A\ndatum: 2026-03-02\nmottagare: Socialnämnden\navsändare:\n  - namn: Kim\n    parti: X',
  ),
  'yaml: unclosed quote': withFrontmatter('typ: politikerinitiativ\nrubrik: "Bättre samordning\ndatum: 2026-03-02'),
  'yaml: duplicate key': withFrontmatter('typ: politikerinitiativ\nrubrik: A\nrubrik: B'),
  'yaml: bad indent': withFrontmatter('typ: politikerinitiativ\n  rubrik: A\n datum: 2026-03-02'),
  'yaml: tab': withFrontmatter('typ: politikerinitiativ\navsändare:\n\t- namn: A'),
  'yaml: colon in value': withFrontmatter('typ: politikerinitiativ\nrubrik: Förslag: fler platser'),
  'yaml: unknown alias': withFrontmatter('typ: politikerinitiativ\nrubrik: *saknas'),
  'yaml: collection key': withFrontmatter('typ: politikerinitiativ\n? [a, b]\n: x'),
  'yaml: alias bomb': withFrontmatter(
    `typ: politikerinitiativ\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]`,
  ),
  'yaml: unclosed header': '---\ntyp: politikerinitiativ\nrubrik: A\n\nText.\n',
  'yaml: directive': withFrontmatter('typ: politikerinitiativ\n%YAML 1.2'),
  'schema: not a mapping': withFrontmatter('- typ\n- rubrik'),
  'schema: types': withFrontmatter(
    'typ: politikerinitiativ\nrubrik: [a, b]\ndatum: 2026-13-45\nmottagare:\navsändare: Kim\nlagrum: 10 kap. 8 § SoL\ndiarienummer: KS § 58',
  ),
  'schema: date format': withFrontmatter('typ: politikerinitiativ\nrubrik: A\ndatum: 2 mars 2026\nmottagare: Socialnämnden\navsändare: []'),
  'schema: bad email, empty list': withFrontmatter(
    'typ: medborgarförslag\nrubrik: A\ndatum: 2026-03-02\nmottagare: Kommunfullmäktige\nkommun: Sjövik\navsändare:\n  - namn: Kim\n    e-post: inte-en-adress\n    telefon: 12\nbilagor: []',
  ),
  'schema: unknown kind': withFrontmatter('typ: politikerinitativ\nrubrik: A'),
  'schema: other kind': withFrontmatter('typ: brev\nrubrik: A'),
  'schema: unknown keys': withFrontmatter(
    'typ: politikerinitiativ\nrubrik: A\ndatum: 2026-03-02\nmottagare: Socialnämnden\navsändare:\n  - namn: Kim\n    partiet: X\navsandare: []\nfärg: blå\n: tom',
  ),
  'schema: suggestion exists': withFrontmatter(
    'typ: politikerinitiativ\nrubrik: A\ndatum: 2026-03-02\nmottagare: Socialnämnden\navsändare:\n  - namn: Kim\navsandare:\n  - namn: Kim',
  ),
  'schema: nested missing': withFrontmatter(
    'typ: nämnduppdrag\nrubrik: A\ndatum: 2026-03-02\nmottagare: Socialnämnden\nförvaltning: X\nuppdrag:\n  datum: 2026-01-01\navsändare:\n  - roll: chef',
  ),
  'schema: empty values': withFrontmatter(
    'typ: politikerinitiativ\nrubrik: ""\ndatum: 2026-03-02\nmottagare: Socialnämnden\navsändare:\n  - namn: Kim\npunkt: 0',
  ),
  'schema: meeting types': withFrontmatter(
    'typ: sammanträde\nnämnd: Socialnämnden\ndatum: 2026-04-22\nparagrafer_från: -1\njustering: idag\närenden:\n  - beslut: 12',
  ),
  'citations: unknown law and provisions': lagrum(
    '2026-03-02',
    '2 kap. 6 § Sol-lagen',
    '2 kap. 6 § lagen (1999:999)',
    '10 kap. 8 §',
    'socialtjänstens ansvar',
    '10 kap. 8 § SoL och mer text',
    '2 kap. 6 § SoL',
    '99 kap. 1 § SoL',
    '4 kap. 1 § LSS',
    '9 §',
    '99 kap. kommunallagen',
    '4 kap. 20 § tredje stycket kommunallagen (2017:725)',
    '4 kap. 20 § andra stycket 9 kommunallagen (2017:725)',
    '9 § 12 LSS',
    '5 kap. 1 § 3 kommunallagen (2017:725)',
    'artikel 99 i barnkonventionen',
  ),
  'citations: repealed': lagrum(
    '2026-03-02',
    '2 kap. 7 § socialtjänstlagen (2001:453)',
    '4 kap. 1 § socialtjänstlagen (2001:453)',
    '9 kap. 1 § socialtjänstlagen (2001:453)',
    '2 kap. socialtjänstlagen (2001:453)',
    'socialtjänstlagen (2001:453)',
  ),
  'citations: not in force': lagrum('2024-05-01', '10 kap. 8 § socialtjänstlagen (2025:400)', 'socialtjänstlagen (2025:400)'),
  'citations: in the text': pi(
    'Enligt SoL 10:8 ska en plan upprättas. Den enskilde har rätt till bistånd enligt 4 kap. 1 § SoL. Återkrav enligt 9 kap. 1 § SoL. Se 2 kap. 7 § socialtjänstlagen (2001:453) och 2 kap. 6 § SoL och 14 kap. 1 § SoL.',
  ),
  'limits: nesting': pi(`${'>'.repeat(60)} Citat.`),
  'limits: brackets': pi(`${'['.repeat(40)}text${']'.repeat(40)}`),
  'limits: columns': pi(`|${' a |'.repeat(70)}\n|${'---|'.repeat(70)}\n|${' 1 |'.repeat(70)}`),
  'body: accessibility': pi(
    [
      '#### Statistik',
      '![](karta.png) ![karta](karta.png) ![Karta](https://example.se/karta.png) ![Karta](karta.bmp) ![Karta]()',
      '[här](https://example.se) och [https://www.example.se/a/b?c=1](https://www.example.se/a/b?c=1)',
      '|  |  |\n|---|---|\n| 1 | 2 |',
      '| a |  | c |\n|---|---|---|\n| 1 | 2 | 3 |',
      '| 120 | 80 |\n|---|---|\n| 1 | 2 |',
      'De försenade är markerade i rött. <span style="color: red">viktigt</span>',
      '# En annan rubrik',
    ].join('\n\n'),
  ),
  'body: personal data': politikerinitiativ({
    frontmatter:
      'typ: politikerinitiativ\nrubrik: A\ndatum: 2026-03-02\nmottagare: Socialnämnden\navsändare:\n  - namn: Kim kim@example.se\n    roll: Storgatan 5\nbilagor:\n  - Ring 070-123 45 67',
    body: 'Jag (811218-9876) och 811278-9873 föreslår.\n\n## Vi föreslår därför att\n\n- nämnden utreder',
  }),
  'body: citizen contact details': VALID_MEDBORGARFORSLAG.replace(/\n---\n/, '\n---\n\nNå mig på anna@example.se eller 070-123 45 67.\n'),
  'kinds: att-sats variants': politikerinitiativ({ body: 'Skäl.\n\n## Vi föreslår därför att\n' }),
  'kinds: att-sats text': politikerinitiativ({ body: 'Skäl.\n\n## Vi föreslår därför att\n\nnämnden utreder.\n' }),
  'kinds: no proposal, no reasoning': politikerinitiativ({ body: '' }),
  'kinds: reasoning missing': politikerinitiativ({ body: '## Vi föreslår därför att\n\n- nämnden utreder\n' }),
  'kinds: sections missing': withFrontmatter(
    'typ: tjänsteskrivelse\nrubrik: A\ndatum: 2026-03-02\nmottagare: Socialnämnden\ndiarienummer: SN 2026/1\nförvaltning: X\navsändare:\n  - namn: Kim\n    roll: chef',
    '## Förslag till beslut\n\n1. Bra.\n',
  ),
  'cap: many problems': pi(Array.from({ length: 205 }, () => '[här](https://example.se)').join('\n\n')),
  'no frontmatter': '# Rubrik\n\nText utan huvud.\n',
};

const MEETING_FILES: Record<string, string> = {
  'initiativ.md': politikerinitiativ({
    frontmatter:
      'typ: politikerinitiativ\nrubrik: A\ndatum: 2026-03-02\nmottagare: Kulturnämnden\nkommun: Grannby kommun\ndiarienummer: SN 2026/1\navsändare:\n  - namn: Kim Exempel\nlagrum:\n  - 4 kap. 20 § kommunallagen (2017:725)',
  }),
  'ts.md': withFrontmatter(
    'typ: tjänsteskrivelse\nrubrik: Svar\ndatum: 2026-03-05\nmottagare: Socialnämnden\ndiarienummer: SN 2026/2\nförvaltning: X\navsändare:\n  - namn: Alex Chef\n    roll: chef',
    '## Förslag till beslut\n\n1. Besvarat.\n\n## Sammanfattning\n\nK.\n\n## Ärendet\n\nT.\n',
  ),
  'bilaga.md': 'Bara text.\n',
};
const MEETING = withFrontmatter(
  'typ: sammanträde\nnämnd: Socialnämnden\nkommun: Sjöviks kommun\ndatum: 2026-04-22\njustering:\n  datum: 2026-05-20\närenden:\n  - handlingar:\n      - initiativ.md\n      - ts.md\n  - handlingar:\n      - finns-inte.md\n      - bilaga.md\n  - beslut: enligt förslag\n    handlingar:\n      - initiativ.md\n  - {}',
);

/** A vote with a röst that is none of the three and more votes than beslutande (branches no example reaches). */
const VOTE = withFrontmatter(
  'typ: sammanträde\nnämnd: Socialnämnden\nkommun: Sjöviks kommun\ndatum: 2026-04-22\nnärvarande:\n  beslutande:\n    - Kim Exempel\närenden:\n  - rubrik: Brukarråd\n    beslut: [Ett brukarråd inrättas.]\n    omröstning:\n      ja: 1\n      nej: 1\n      avstår: 0\n      ja_avser: förslaget\n      nej_avser: avslag\n      röster:\n        - {namn: Kim Exempel, röst: ja}\n        - {namn: Robin Exempel, röst: kanske}\n        - {namn: Sam Exempel, röst: ""}',
);

function inputs(): Input[] {
  const out: Input[] = [];
  for (const rule of rules) {
    const files = rule.docs.files ?? {};
    for (const base of EXAMPLE_BASES)
      out.push({ name: `${rule.id} bad example`, text: exampleDraft(rule, rule.docs.bad, base).text, handlingar: folder(files), files });
  }
  const examples = path.join(root, 'examples');
  for (const file of readdirSync(examples).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
    const full = path.join(examples, file);
    out.push({ name: `examples/${file}`, text: readFileSync(full, 'utf8'), handlingar: nodeHandlingLoader(full) });
  }
  for (const [kind, text] of Object.entries(TEMPLATES)) out.push({ name: `template ${kind}`, text });
  for (const [name, text] of Object.entries(MADE)) out.push({ name, text });
  out.push({ name: 'meeting with wrong handlingar', text: MEETING, handlingar: folder(MEETING_FILES), files: MEETING_FILES });
  out.push({ name: 'meeting with a vote that does not add up', text: VOTE, handlingar: folder({}) });
  out.push({ name: 'meeting, justering before', text: MEETING.replace('2026-05-20', '2026-04-01'), handlingar: folder(MEETING_FILES), files: MEETING_FILES });
  return out;
}

/** Words with å, ä or ö that English may carry: domain words, kind names, frontmatter keys, law names. */
function allowedWords(): Set<string> {
  const words = new Set(
    `ärende ärendes nämnd nämnden nämnds tjänsteskrivelse att-sats att-satser diarienummer kommunfullmäktige
     medborgarförslag sammanträde återkrav justering förslag stycke stycken enligt`.split(/\s+/),
  );
  const add = (text: string) => {
    for (const w of text.match(/[\p{L}_-]+/gu) ?? []) words.add(w.toLocaleLowerCase('sv'));
  };
  for (const law of allLaws()) add(`${law.title} ${law.namn} ${law.abbreviations.join(' ')}`);
  const keys = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(keys);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        add(k);
        if (k === 'enum' || k === 'const') add(JSON.stringify(v));
        keys(v);
      }
    }
  };
  keys(Object.values(SCHEMA_FILES));
  return words;
}

/** The words of an English text that look Swedish: å/ä/ö outside quotes, link texts and the allowed words. */
function swedishWords(english: string, draftText: string, allowed: Set<string>): string[] {
  const unquoted = english
    .replace(/!?\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/(?<!\p{L})'[^']*'(?!\p{L})/gu, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/`[^`]*`/g, ' ');
  const fromDraft = draftText.toLocaleLowerCase('sv');
  return (unquoted.match(/[\p{L}_-]*[åäöÅÄÖ][\p{L}_-]*/gu) ?? []).filter((w) => {
    const word = w.toLocaleLowerCase('sv').replace(/^-+|-+$/g, '');
    return !allowed.has(word) && !allowed.has(word.replace(/'s$/, '')) && !fromDraft.includes(word);
  });
}

describe('English messages (arende.language: en)', () => {
  const all = inputs();
  const allowed = allowedWords();
  // Checked once the speller is registered, so that the rule spelling is reached too.
  useRealSpeller();
  let results: { input: (typeof all)[number]; diagnostics: ReturnType<typeof checkText>['diagnostics'] }[] = [];
  before(() => {
    results = all.map((input) => ({ input, diagnostics: checkText(input.text, { handlingar: input.handlingar }).diagnostics }));
  });

  it('the inputs reach every rule', () => {
    const reached = new Set(results.flatMap((r) => r.diagnostics.map((d) => d.ruleId)));
    assert.deepEqual(
      rules.map((r) => r.id).filter((id) => !reached.has(id)),
      [],
    );
  });

  it('every problem has an English message that is not the Swedish, with no Swedish words outside quotes and names', () => {
    const bad: string[] = [];
    let count = 0;
    for (const { input, diagnostics } of results) {
      for (const d of diagnostics) {
        count++;
        const where = `${input.name}: ${d.ruleId}: ${d.message}`;
        if (!d.messageEn) bad.push(`no English: ${where}`);
        else if (d.messageEn === d.message) bad.push(`English = Swedish: ${where}`);
        else {
          // The provision a rule rests on keeps its Swedish name ("lagen (2018:1937) om tillgänglighet …").
          const english = messageWithBasis(d, 'en').replace(d.lagrum?.text ?? '\u0000', '');
          const context = [input.text, ...Object.values(input.files ?? {})].join('\n');
          const words = swedishWords(english, context, allowed);
          if (words.length) bad.push(`Swedish words ${JSON.stringify(words)} in: ${messageWithBasis(d, 'en')}`);
        }
      }
    }
    assert.ok(count > 300, `only ${count} problems were produced`);
    assert.deepEqual([...new Set(bad)], []);
  });

  it('every rule has an English summary', () => {
    for (const rule of rules)
      assert.ok(rule.summaryEn && !/[åäö]/.test(rule.summaryEn.replace(/'[^']*'|"[^"]*"|\([^)]*\)|ärende|nämnd|socialtjänstlagen/g, '')), rule.id);
  });

  it('every rule that rests on a basis rather than a provision gives it in English', () => {
    for (const rule of rules) if (rule.basis) assert.ok(rule.basisEn && rule.basisEn !== rule.basis, rule.id);
  });

  it('the basis sentence is English too, and the Swedish output is unchanged', () => {
    const withBasis = results.flatMap((r) => r.diagnostics).filter((d): d is Diagnostic => !!(d.lagrum || d.basis));
    assert.ok(withBasis.some((d) => d.basis) && withBasis.some((d) => d.lagrum));
    for (const d of withBasis) {
      const en = messageWithBasis(d, 'en');
      const sv = messageWithBasis(d);
      assert.ok(sv.startsWith(d.message), sv);
      assert.doesNotMatch(en, /Rättslig grund|Grund:/);
      if (d.basis) assert.ok(d.basisEn, `${d.ruleId}: basis without English`);
      if (en !== d.messageEn) assert.match(en, / (Legal basis|Basis): /);
    }
  });

  it('every fix has an English title that is not the Swedish', () => {
    const fixes = results.flatMap((r) => fixesFor(r.diagnostics));
    assert.ok(fixes.length > 20, `only ${fixes.length} fixes`);
    for (const f of fixes) {
      assert.ok(f.titleEn && f.titleEn !== f.title, `${f.ruleId}: ${f.title} / ${f.titleEn}`);
      assert.doesNotMatch(f.titleEn.replace(/'[^']*'/g, ''), /Ersätt|Byt namn/);
    }
  });
});

/** Parses a text with the cursor marked by `|`. */
function at(marked: string) {
  const offset = marked.indexOf('|');
  return { draft: parseDraft(marked.slice(0, offset) + marked.slice(offset + 1)), offset };
}

describe('English hover and completion (arende.language: en)', () => {
  it('a citation: status and explanation in English, the law and its text as the statute has them', () => {
    const { draft, offset } = at(politikerinitiativ().replace('10 kap. 1 §', '10 kap. 1| §'));
    const sv = hoverAt(draft, offset)!.markdown;
    const en = hoverAt(draft, offset, { language: 'en' })!.markdown;
    assert.match(en, /\*\*10 kap\. 1 § Socialtjänstlag \(2025:400\)\*\*/);
    assert.match(en, /^In force on 2026-03-02\. 10 kap\. 1 § of Socialtjänstlag \(2025:400\) applies on 2026-03-02\./m);
    assert.match(en, /\[The statute at Riksdagen\]\(https:/);
    assert.doesNotMatch(en, /Gällande|gäller|Författningstexten/);
    // The provision's own text is the same in both.
    assert.deepEqual(
      en.split('\n').filter((l) => l.startsWith('>')),
      sv.split('\n').filter((l) => l.startsWith('>')),
    );
    assert.match(sv, /^Gällande 2026-03-02\./m);
  });

  it('a repealed citation and an old SoL reading say so in English', () => {
    const text = politikerinitiativ({ body: 'Rätt till bistånd enligt 4 kap. 1| § SoL.\n\n## Vi föreslår därför att\n\n- nämnden utreder\n' });
    const { draft, offset } = at(text);
    const en = hoverAt(draft, offset, { language: 'en' })!.markdown;
    assert.match(en, /\*\*Note:\*\* "4 kap\. 1 § SoL" is read as 4 kap\. 1 § socialtjänstlagen \(2025:400\)/);
    const old = at(lagrum('2026-03-02', '2 kap. 7| § socialtjänstlagen (2001:453)'));
    assert.match(
      hoverAt(old.draft, old.offset, { language: 'en' })!.markdown,
      /^Repealed on 2026-03-02\. .* has been repealed since 2025-07-01\. Replaced partly by/m,
    );
  });

  it('a frontmatter key: title, description and legal basis in English', () => {
    const { draft, offset } = at(politikerinitiativ().replace('mottagare:', 'motta|gare:'));
    const en = hoverAt(draft, offset, { language: 'en' })!.markdown;
    assert.equal(
      en,
      '**Recipient (mottagare)** (`mottagare`) – required\n\nThe committee (nämnd) the paper is addressed to, or Kommunfullmäktige (the municipal council).\n\nLegal basis (lagrum): 4 kap. 20 § kommunallagen (2017:725)',
    );
    assert.match(hoverAt(draft, offset)!.markdown, /^\*\*Mottagare\*\* \(`mottagare`\) – obligatorisk/);
  });

  it('every title and description in the schemas, the top level included, has its English beside it (x-title-en, x-description-en)', () => {
    const dir = new URL('../schemas/', import.meta.url);
    const missing: string[] = [];
    const walk = (node: unknown, file: string): void => {
      if (Array.isArray(node)) for (const n of node) walk(n, file);
      else if (node && typeof node === 'object') {
        const n = node as Record<string, unknown>;
        for (const k of ['title', 'description'] as const)
          if (typeof n[k] === 'string' && typeof n[`x-${k}-en`] !== 'string') missing.push(`${file}: ${n[k] as string}`);
        for (const [k, v] of Object.entries(n)) if (k !== 'examples' && k !== 'properties') walk(v, file);
        // A key named "title" or "description" in `properties` is a key of the format, not a schema's text.
        if (n.properties && typeof n.properties === 'object') for (const v of Object.values(n.properties)) walk(v, file);
      }
    };
    const files = readdirSync(dir).filter((f) => f.endsWith('.schema.json'));
    assert.ok(files.includes('arende.config.schema.json') && files.includes('utkast.schema.json'));
    for (const f of files) walk(JSON.parse(readFileSync(new URL(f, dir), 'utf8')), f);
    assert.deepEqual(missing, []);
    // The editor's lookup finds the English of every Swedish text of the draft schemas.
    for (const schema of Object.values(SCHEMA_FILES)) {
      const top = schema as { title: string; description: string };
      assert.ok(schemaTextEn(top.title) && schemaTextEn(top.description), top.title);
    }
  });

  it('completion: key documentation and heading details in English', () => {
    const { draft, offset } = at(politikerinitiativ().replace('mottagare: Socialnämnden\n', 'mottagare: Socialnämnden\nkom|\n'));
    const [item] = completeAt(draft, offset, { language: 'en' }).items;
    assert.match(item!.documentation!, /^\*\*Municipality \(kommun\)\*\*/);
    const h = at(politikerinitiativ({ body: 'Text.\n\n## Vi f|\n' }));
    assert.deepEqual(
      completeAt(h.draft, h.offset, { language: 'en' }).items.map((i) => i.detail),
      ['proposal section (att-satser)', 'proposal section (att-satser)'],
    );
  });
});
