import assert from 'node:assert/strict';
import { checkText, fristFor, fristFrån, fristStatus, parseDraft, readMeeting, resolveMeeting, toVFile, type HandlingLoader } from '../src/index.js';

/** An in-memory folder: what the CLI's disk loader gives, for files given by name. */
function folder(files: Record<string, string>): HandlingLoader {
  return (rel) => (rel in files ? (rel.endsWith('.md') ? { exists: true, text: files[rel]!, path: rel } : { exists: true, path: rel }) : { exists: false });
}

const INITIATIV = `---
typ: politikerinitiativ
rubrik: Fler platser i boendestöd
datum: 2026-03-02
mottagare: Socialnämnden
kommun: Sjöviks kommun
diarienummer: SN 2026/12
avsändare:
  - namn: Kim Exempel
    parti: Exempelpartiet
lagrum:
  - 10 kap. 1 § socialtjänstlagen (2025:400)
---

Kön till boendestöd har vuxit under året.

## Vi föreslår därför att

- socialnämnden utreder behovet av fler platser
`;

function tjänsteskrivelse(dnr: string, extra = ''): string {
  return `---
typ: tjänsteskrivelse
rubrik: Svar på initiativ om boendestöd
datum: 2026-04-01
mottagare: Socialnämnden
kommun: Sjöviks kommun
diarienummer: ${dnr}
förvaltning: Socialförvaltningen
avsändare:
  - namn: Alex Chef
    roll: förvaltningschef
${extra}---

## Förslag till beslut

1. Förvaltningen får i uppdrag att utreda behovet av fler platser i boendestöd.
2. Initiativet anses besvarat.

## Sammanfattning

Förvaltningen föreslår en utredning.

## Ärendet

Kön har vuxit.
`;
}

function meeting(items: string, head = ''): string {
  return `---
typ: sammanträde
nämnd: Socialnämnden
kommun: Sjöviks kommun
datum: 2026-04-22
tid: 13.00
${head}ärenden:
${items}---
`;
}

/** Diagnostics of the meeting rules as `line:col-line:col: message` (what a user sees). */
function problems(text: string, files: Record<string, string>, rule?: string): string[] {
  const { draft, diagnostics } = checkText(text, { handlingar: folder(files) });
  const chosen = diagnostics.filter((d) => (rule ? d.ruleId === rule : d.ruleId.startsWith('meeting-')));
  return toVFile(undefined, draft.text, chosen).messages.map((m) => String(m));
}

describe('meeting file (typ: sammanträde)', () => {
  it('reads the meeting: header keys, items, handlingar with their positions, beslut, reservationer', () => {
    const text = meeting(
      `  - handlingar:
      - initiativ.md
      - ts.md
    beslut: enligt förslag
    reservationer:
      - namn: Robin Exempel
        parti: Andrapartiet
        text: till förmån för eget yrkande
  - rubrik: Informationsärende
    beslut:
      - Informationen läggs till handlingarna.
`,
      'justerare:\n  - Robin Exempel\njustering:\n  datum: 2026-04-29\n  plats: Stadshuset\nparagrafer_från: 112\n',
    );
    const draft = parseDraft(text);
    const m = readMeeting(draft);
    assert.equal(m.nämnd, 'Socialnämnden');
    assert.equal(m.tid, '13.00', 'YAML reads 13.00 as a number; it is shown as written');
    assert.equal(m.paragrafer_från, 112);
    assert.deepEqual(m.justerare, ['Robin Exempel']);
    assert.deepEqual(m.justering, { datum: '2026-04-29', plats: 'Stadshuset' });
    assert.equal(m.ärenden.length, 2);
    assert.deepEqual(
      m.ärenden[0]!.handlingar.map((h) => [h.path, h.range.start.line]),
      [
        ['initiativ.md', 15],
        ['ts.md', 16],
      ],
    );
    assert.deepEqual(m.ärenden[0]!.beslut, { kind: 'enligt förslag' });
    assert.deepEqual(m.ärenden[0]!.reservationer, [{ namn: 'Robin Exempel', parti: 'Andrapartiet', text: 'till förmån för eget yrkande' }]);
    assert.deepEqual(m.ärenden[1]!.beslut, { kind: 'att-satser', satser: ['Informationen läggs till handlingarna.'] });
  });

  it("takes the Förslag till beslut from the tjänsteskrivelse, never from the initiator's att-satser", () => {
    const files = { 'initiativ.md': INITIATIV, 'ts.md': tjänsteskrivelse('SN 2026/12') };
    const r = resolveMeeting(parseDraft(meeting('  - handlingar: [initiativ.md, ts.md]\n  - handlingar: [initiativ.md]\n')), folder(files));
    const [withTs, alone] = r.items;
    assert.equal(withTs!.rubrik, 'Svar på initiativ om boendestöd');
    assert.equal(withTs!.diarienummer, 'SN 2026/12');
    assert.equal(withTs!.proposal?.source, 'förvaltning');
    assert.deepEqual(withTs!.proposal?.satser, ['Förvaltningen får i uppdrag att utreda behovet av fler platser i boendestöd.', 'Initiativet anses besvarat.']);
    assert.deepEqual(withTs!.initiatorSatser, ['socialnämnden utreder behovet av fler platser']);
    assert.equal(alone!.proposal, undefined, 'an initiative alone has no proposal');
    assert.deepEqual(alone!.initiatorSatser, ['socialnämnden utreder behovet av fler platser']);
  });

  it("'förslag' in the meeting file overrides the tjänsteskrivelse's", () => {
    const files = { 'initiativ.md': INITIATIV, 'ts.md': tjänsteskrivelse('SN 2026/12') };
    const r = resolveMeeting(parseDraft(meeting('  - handlingar: [initiativ.md, ts.md]\n    förslag:\n      - Initiativet avslås.\n')), folder(files));
    assert.deepEqual(r.items[0]!.proposal, { satser: ['Initiativet avslås.'], source: 'möte' });
  });

  it('a missing handling is an error at its path in the meeting file', () => {
    assert.deepEqual(problems(meeting('  - handlingar:\n      - finns-inte.md\n'), {}), [
      "9:9-9:22: Handlingen 'finns-inte.md' i ärende 1 finns inte. Kontrollera sökvägen (den räknas från mötesfilens mapp) eller ta bort raden.",
    ]);
  });

  it('an item with neither handlingar nor rubrik is reported at the item', () => {
    assert.match(problems(meeting('  - beslut: enligt förslag\n'), {}, 'meeting-handling-missing')[0]!, /^8:5-.*Ärende 1 har varken rubrik eller handlingar/);
  });

  it('a PDF bilaga only has to exist; Markdown without typ is a warning', () => {
    const text = meeting('  - rubrik: X\n    handlingar: [bilaga.pdf, anteckning.md]\n');
    const { diagnostics } = checkText(text, { handlingar: folder({ 'bilaga.pdf': '', 'anteckning.md': '# Bara text\n' }) });
    const mine = diagnostics.filter((d) => d.ruleId === 'meeting-handling-missing');
    assert.equal(mine.length, 1);
    assert.equal(mine[0]!.severity, 'warning');
    assert.match(mine[0]!.message, /'anteckning.md' i ärende 1 är inget utkast/);
  });

  it('a handling for another nämnd is an error naming the handling; a medborgarförslag to fullmäktige is not', () => {
    const annan = INITIATIV.replace('mottagare: Socialnämnden', 'mottagare: Kulturnämnden');
    const mf = `---
typ: medborgarförslag
rubrik: Anhörigcafé
datum: 2026-01-10
mottagare: Kommunfullmäktige
kommun: Sjöviks kommun
avsändare:
  - namn: Alex Prov
---

Anhöriga behöver en mötesplats.

## Jag föreslår att

- kommunen öppnar ett anhörigcafé
`;
    const out = problems(meeting('  - handlingar: [annan.md]\n  - handlingar: [mf.md]\n'), { 'annan.md': annan, 'mf.md': mf });
    assert.deepEqual(out, [
      "8:18-8:26: Handlingen 'annan.md' är ställd till Kulturnämnden, men sammanträdet är Socialnämndens. Ta bort den från ärende 1, eller rätta 'mottagare' i handlingen.",
    ]);
  });

  it('a handling from another kommun is an error ("Sjöviks kommun" and "Sjöviks" are the same kommun)', () => {
    const annan = INITIATIV.replace('kommun: Sjöviks kommun', 'kommun: Grannby kommun');
    const samma = INITIATIV.replace('kommun: Sjöviks kommun', 'kommun: sjöviks');
    const out = problems(meeting('  - handlingar: [annan.md]\n  - handlingar: [samma.md]\n'), { 'annan.md': annan, 'samma.md': samma });
    assert.deepEqual(out, [
      "8:18-8:26: Handlingen 'annan.md' gäller Grannby kommun, men sammanträdet är i Sjöviks kommun. Ta bort den från ärende 1, eller rätta 'kommun' i handlingen.",
    ]);
  });

  it("a tjänsteskrivelse whose diarienummer differs from its initiative's is an error at the tjänsteskrivelse", () => {
    const out = problems(meeting('  - handlingar:\n      - initiativ.md\n      - ts.md\n'), {
      'initiativ.md': INITIATIV,
      'ts.md': tjänsteskrivelse('SN 2026/57'),
    });
    assert.deepEqual(out, [
      "10:9-10:14: Tjänsteskrivelsen 'ts.md' har diarienummer SN 2026/57, men initiativet den besvarar har SN 2026/12. Kontrollera att det är rätt tjänsteskrivelse, eller rätta diarienumret i den.",
    ]);
    // The same number written differently is the same number; 'avser' is compared too.
    assert.deepEqual(
      problems(meeting('  - handlingar: [initiativ.md, ts.md]\n'), { 'initiativ.md': INITIATIV, 'ts.md': tjänsteskrivelse('Dnr sn 2026/12') }),
      [],
    );
    const avser = tjänsteskrivelse('SN 2026/12', 'avser:\n  typ: politikerinitiativ\n  diarienummer: SN 2025/99\n');
    assert.match(
      problems(meeting('  - handlingar: [initiativ.md, ts.md]\n'), { 'initiativ.md': INITIATIV, 'ts.md': avser })[0]!,
      /har diarienummer SN 2025\/99, men initiativet den besvarar har SN 2026\/12/,
    );
  });

  it("'enligt förslag' without a proposal is an error at the beslut (the initiator's att-satser do not count)", () => {
    const out = problems(meeting('  - handlingar: [initiativ.md]\n    beslut: enligt förslag\n'), { 'initiativ.md': INITIATIV });
    assert.equal(out.length, 1);
    assert.match(
      out[0]!,
      /^9:13-9:27: Ärende 1 beslutas 'enligt förslag', men det finns inget förslag till beslut.*initiativtagarens egna att-satser är inget förslag till beslut/,
    );
  });

  it('a justering more than fourteen days after the meeting is a warning (5 kap. 69 § KL)', () => {
    const { diagnostics } = checkText(meeting('  - rubrik: X\n', 'justering:\n  datum: 2026-05-20\n'), { handlingar: folder({}) });
    const late = diagnostics.filter((d) => d.ruleId === 'meeting-justering-late');
    assert.equal(late.length, 1);
    assert.equal(late[0]!.severity, 'warning');
    assert.match(late[0]!.message, /28 dagar efter sammanträdet.*Senast 2026-05-06/);
    assert.equal(late[0]!.lagrum?.text, '5 kap. 69 § kommunallagen (2017:725)');
  });

  it('without a loader (no file access) the rules that need the handlingar stay silent', () => {
    const { diagnostics } = checkText(meeting('  - handlingar: [finns-inte.md]\n'));
    assert.deepEqual(
      diagnostics.filter((d) => d.ruleId.startsWith('meeting-')),
      [],
    );
  });
});

describe('frister (5 kap. 35 § KL)', () => {
  it('one year after väckt, the same calendar day; 29 February gives 28 February', () => {
    assert.equal(fristFrån('2026-03-24'), '2027-03-24');
    assert.equal(fristFrån('2024-02-29'), '2025-02-28');
    assert.equal(fristFrån('2025-12-31'), '2026-12-31');
  });

  it('status: öppen, snart within 60 days, försenad after the frist, avgjord when decided', () => {
    assert.equal(fristStatus('2027-03-24', '2027-01-22'), 'öppen');
    assert.equal(fristStatus('2027-03-24', '2027-01-23'), 'snart');
    assert.equal(fristStatus('2027-03-24', '2027-03-24'), 'snart');
    assert.equal(fristStatus('2027-03-24', '2027-03-25'), 'försenad');
    assert.equal(fristStatus('2027-03-24', '2027-03-25', [{ datum: '2027-03-01', effect: 'avgjord' }]), 'avgjord');
  });

  it('status: beredd while the frist runs after a nämnd proposed, anmäld after an anmälan within the year; meetings after --per do not count', () => {
    const beredd = [{ datum: '2026-10-01', effect: 'beredd' as const }];
    assert.equal(fristStatus('2027-03-24', '2027-01-23', beredd), 'beredd');
    assert.equal(fristStatus('2027-03-24', '2027-03-25', beredd), 'försenad');
    assert.equal(fristStatus('2027-03-24', '2026-09-30', beredd), 'öppen');
    assert.equal(fristStatus('2027-03-24', '2027-04-01', [{ datum: '2027-03-20', effect: 'anmäld' }]), 'anmäld');
    // An anmälan after the frist is late: the matter is försenad.
    assert.equal(fristStatus('2027-03-24', '2027-04-01', [{ datum: '2027-03-30', effect: 'anmäld' }]), 'försenad');
  });

  it("counts from 'väckt', else 'datum'; only motioner and medborgarförslag have one", () => {
    const mf = (extra: string) =>
      parseDraft(
        `---\ntyp: medborgarförslag\nrubrik: R\ndatum: 2026-01-10\n${extra}mottagare: Kommunfullmäktige\nkommun: K\ndiarienummer: KS 2026/3\navsändare:\n  - namn: A\n---\n`,
      );
    assert.deepEqual(fristFor('a.md', mf('väckt: 2026-02-01\n'), '2026-06-01'), {
      fil: 'a.md',
      typ: 'medborgarförslag',
      rubrik: 'R',
      diarienummer: 'KS 2026/3',
      väckt: '2026-02-01',
      frist: '2027-02-01',
      status: 'öppen',
    });
    assert.equal(fristFor('a.md', mf(''), '2026-06-01')?.väckt, '2026-01-10');
    assert.equal(
      fristFor('a.md', mf(''), '2026-06-01', { files: new Map(), diarienummer: new Map([['ks2026/3', [{ datum: '2026-05-01', effect: 'avgjord' as const }]]]) })
        ?.status,
      'avgjord',
    );
    assert.equal(fristFor('p.md', parseDraft(INITIATIV), '2026-06-01'), undefined);
  });
});
