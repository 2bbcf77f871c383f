/**
 * Yrkanden as data (issue 20): reading every typ, the beslut computed from the förslag and the yrkanden's
 * utfall (the propositionsordning cases), and the yrkande rules positioned at the yrkande in the meeting file.
 */
import assert from 'node:assert/strict';
import { analyseYrkanden, adoptedText, checkText, originalText, parseDraft, readMeeting, readYrkanden, toVFile, type HandlingLoader } from '../src/index.js';

const folder: HandlingLoader = () => ({ exists: false });

const FÖRSLAG = ['Ett brukarråd inrättas inom socialpsykiatrin.', 'Rådet träffas fyra gånger om året.', 'Förvaltningen redovisar arbetet i december.'];

/** A meeting file with one item whose förslag is FÖRSLAG and whose yrkanden are `yrkanden` (YAML lines under `yrkanden:`). */
function meeting(yrkanden: string, extra = '', head = ''): string {
  return `---
typ: sammanträde
nämnd: Socialnämnden
kommun: Sjöviks kommun
datum: 2026-04-22
${head}ärenden:
  - rubrik: Brukarråd
    förslag:
${FÖRSLAG.map((s) => `      - ${s}\n`).join('')}    yrkanden:
${yrkanden}${extra}---
`;
}

const y = (fields: Record<string, unknown>) => readYrkanden([{ namn: 'Robin Exempel', ...fields }])[0]!;
const analyse = (...fields: Record<string, unknown>[]) =>
  analyseYrkanden(FÖRSLAG, readYrkanden(fields.map((f, i) => ({ namn: `Ledamot ${i + 1}`, id: `Y${i + 1}`, ...f }))));

/** `line:col: message` of one rule's diagnostics. */
function problems(text: string, rule: string): string[] {
  const { draft, diagnostics } = checkText(text, { handlingar: folder });
  return toVFile(
    undefined,
    draft.text,
    diagnostics.filter((d) => d.ruleId === rule),
  ).messages.map((m) => `${m.line}:${m.column}: ${m.reason}`);
}

describe('yrkanden as data', () => {
  it('reads every key of a structured yrkande, and the plain form as before', () => {
    const item = readMeeting(
      parseDraft(
        meeting(
          '      - id: Y1\n        namn: Robin Exempel\n        parti: Exempelpartiet\n        typ: Ändring\n        att_sats: 2\n        ersätt: fyra\n        med: sex\n        utfall: bifall\n        instämmer: [Kim Exempel]\n' +
            '      - namn: Kim Exempel\n        text: Bifall till förslaget.\n',
        ),
      ),
    ).ärenden[0]!;
    assert.deepEqual(item.yrkanden[0], {
      index: 0,
      namn: 'Robin Exempel',
      parti: 'Exempelpartiet',
      text: undefined,
      id: 'Y1',
      typ: 'ändring',
      typWritten: 'ändring',
      instämmer: ['Kim Exempel'],
      utfall: 'bifall',
      att_sats: 2,
      ersätt: 'fyra',
      med: 'sex',
      ny_lydelse: undefined,
      efter: undefined,
      att_satser: [],
    });
    assert.equal(item.yrkanden[1]!.text, 'Bifall till förslaget.');
    assert.equal(item.yrkanden[1]!.typ, undefined);
  });

  it('the schema accepts the new keys and rejects an unknown typ or utfall', () => {
    const ok = checkText(
      meeting('      - id: Y1\n        namn: Robin Exempel\n        typ: tillägg\n        efter: 0\n        text: Något nytt.\n        utfall: bifall\n'),
      {
        handlingar: folder,
      },
    );
    assert.deepEqual(
      ok.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId),
      [],
    );
    const bad = checkText(meeting('      - namn: Robin Exempel\n        typ: ändringsyrkande\n        utfall: vinst\n'), { handlingar: folder });
    assert.equal(bad.diagnostics.filter((d) => d.ruleId === 'frontmatter-type').length, 2, JSON.stringify(bad.diagnostics.map((d) => d.message)));
  });
});

describe('the beslut computed from the yrkanden', () => {
  it('no utfall: nothing is computed (the meeting file decides)', () => {
    assert.equal(analyse({ typ: 'ändring', att_sats: 2, ersätt: 'fyra', med: 'sex' }).computed, undefined);
  });

  it('bifall: the förslag as it stood', () => {
    const c = analyse({ typ: 'bifall', utfall: 'bifall' }).computed!;
    assert.deepEqual([c.utfall, c.basis, c.unchanged, c.satser], ['avgjort', 'förslag', true, FÖRSLAG]);
  });

  it('ändring with ersätt/med: the words are replaced in that att-sats, kept as del/ins beside what is kept', () => {
    const c = analyse({ typ: 'ändring', att_sats: 2, ersätt: 'fyra', med: 'sex', utfall: 'bifall' }).computed!;
    assert.deepEqual(c.satser, [FÖRSLAG[0], 'Rådet träffas sex gånger om året.', FÖRSLAG[2]]);
    assert.equal(c.unchanged, false);
    const sats2 = c.changes.find((x) => x.nummer === 2)!;
    assert.deepEqual(
      sats2.segments.map((s) => [s.op, s.text, s.by?.id]),
      [
        ['same', 'Rådet träffas ', undefined],
        ['del', 'fyra', 'Y1'],
        ['ins', 'sex', 'Y1'],
        ['same', ' gånger om året.', undefined],
      ],
    );
    assert.equal(originalText(sats2), FÖRSLAG[1]);
    assert.equal(adoptedText(sats2), 'Rådet träffas sex gånger om året.');
  });

  it('ändring with an empty med strikes the words; with ny_lydelse the whole att-sats is rewritten', () => {
    assert.deepEqual(
      analyse({ typ: 'ändring', att_sats: 1, ersätt: ' inom socialpsykiatrin', med: '', utfall: 'bifall' }).computed!.satser[0],
      'Ett brukarråd inrättas.',
    );
    const c = analyse({ typ: 'ändring', att_sats: 3, ny_lydelse: 'Förvaltningen redovisar arbetet varje kvartal.', utfall: 'bifall' }).computed!;
    assert.equal(c.satser[2], 'Förvaltningen redovisar arbetet varje kvartal.');
  });

  it('an avslagen ändring changes nothing', () => {
    const c = analyse({ typ: 'ändring', att_sats: 2, ersätt: 'fyra', med: 'sex', utfall: 'avslag' }).computed!;
    assert.deepEqual([c.satser, c.unchanged], [FÖRSLAG, true]);
  });

  it('tillägg: inserted after att-sats `efter` (0 = first, absent = last), in the order written', () => {
    const c = analyse(
      { typ: 'tillägg', efter: 1, text: 'Rådet har en plats för anhöriga.', utfall: 'bifall' },
      { typ: 'tillägg', efter: 0, text: 'Först detta.', utfall: 'bifall' },
      { typ: 'tillägg', text: 'Sist detta.', utfall: 'bifall' },
      { typ: 'tillägg', efter: 1, text: 'Avslaget.', utfall: 'avslag' },
    ).computed!;
    assert.deepEqual(c.satser, ['Först detta.', FÖRSLAG[0], 'Rådet har en plats för anhöriga.', FÖRSLAG[1], FÖRSLAG[2], 'Sist detta.']);
    assert.deepEqual(
      c.changes.map((x) => x.nummer ?? x.inserted?.id),
      ['Y2', 1, 'Y1', 2, 3, 'Y3'],
    );
  });

  it('motförslag bifallet: its att-satser replace the förslag (every att-sats deleted, the new ones inserted)', () => {
    const c = analyse({ typ: 'motförslag', att_satser: ['Frågan utreds vidare.', 'Utredningen redovisas i juni.'], utfall: 'bifall' }).computed!;
    assert.deepEqual([c.basis, c.satser], ['motförslag', ['Frågan utreds vidare.', 'Utredningen redovisas i juni.']]);
    assert.deepEqual(
      c.changes.map((x) => x.segments.map((s) => s.op).join()),
      ['del', 'del', 'del', 'ins', 'ins'],
    );
  });

  it('avslag bifallet: its att-satser, else its text, else "Förslaget avslås."', () => {
    assert.deepEqual(analyse({ typ: 'avslag', text: 'Medborgarförslaget avslås', utfall: 'bifall' }).computed!.satser, ['Medborgarförslaget avslås.']);
    assert.deepEqual(analyse({ typ: 'avslag', utfall: 'bifall' }).computed!.satser, ['Förslaget avslås.']);
    assert.deepEqual(analyse({ typ: 'avslag', att_satser: ['Initiativet avslås.'], utfall: 'bifall' }).computed!.satser, ['Initiativet avslås.']);
    // An avslag avslaget: the förslag.
    assert.deepEqual(analyse({ typ: 'avslag', utfall: 'avslag' }).computed!.satser, FÖRSLAG);
  });

  it('återremiss and bordläggning bifallen: no sakbeslut, the item återremitterat or bordlagt', () => {
    const å = analyse({ typ: 'återremiss', text: 'Kostnaderna ska utredas', utfall: 'bifall' }).computed!;
    assert.deepEqual(
      [å.utfall, å.basis, å.satser, å.changes],
      ['återremitterat', 'återremiss', ['Ärendet återremitteras med motiveringen att kostnaderna ska utredas.'], []],
    );
    const b = analyse({ typ: 'bordläggning', utfall: 'bifall' }).computed!;
    assert.deepEqual([b.utfall, b.satser], ['bordlagt', ['Ärendet bordläggs.']]);
    // Avslagen: the matter is decided, on the förslag.
    const nej = analyse({ typ: 'återremiss', text: 'Kostnaderna ska utredas', utfall: 'avslag' }, { typ: 'tillägg', text: 'Ny.', utfall: 'bifall' }).computed!;
    assert.deepEqual([nej.utfall, nej.satser], ['avgjort', [...FÖRSLAG, 'Ny.']]);
  });

  it('two ändringar of different words in the same att-sats both apply', () => {
    const c = analyse(
      { typ: 'ändring', att_sats: 2, ersätt: 'om året', med: 'per år', utfall: 'bifall' },
      { typ: 'ändring', att_sats: 2, ersätt: 'fyra', med: 'sex', utfall: 'bifall' },
    ).computed!;
    assert.equal(c.satser[1], 'Rådet träffas sex gånger per år.');
  });
});

describe('propositionsordning and other issues (as data)', () => {
  const kinds = (a: ReturnType<typeof analyse>) => a.issues.map((i) => `${i.kind}:${i.reason ?? ''}:${i.yrkande.id}`);

  it('a sakbeslut bifallet together with återremiss or bordläggning', () => {
    assert.deepEqual(kinds(analyse({ typ: 'återremiss', utfall: 'bifall' }, { typ: 'tillägg', text: 'Ny.', utfall: 'bifall' })), [
      'order:procedural-and-sak:Y2',
    ]);
    assert.deepEqual(kinds(analyse({ typ: 'bordläggning', utfall: 'bifall' }, { typ: 'bifall', utfall: 'bifall' })), ['order:procedural-and-sak:Y2']);
  });

  it('both återremiss and bordläggning bifallna', () => {
    assert.deepEqual(kinds(analyse({ typ: 'återremiss', utfall: 'bifall' }, { typ: 'bordläggning', utfall: 'bifall' })), ['order:two-procedural:Y2']);
  });

  it('two winners of the huvudfråga; a tillägg or ändring bifallet when the huvudförslag fell', () => {
    assert.deepEqual(kinds(analyse({ typ: 'avslag', utfall: 'bifall' }, { typ: 'motförslag', att_satser: ['X.'], utfall: 'bifall' })), [
      'order:two-huvudförslag:Y2',
    ]);
    assert.deepEqual(kinds(analyse({ typ: 'avslag', utfall: 'bifall' }, { typ: 'tillägg', text: 'Ny.', utfall: 'bifall' })), ['order:after-fallen:Y2']);
    assert.deepEqual(
      kinds(
        analyse({ typ: 'motförslag', att_satser: ['X.'], utfall: 'bifall' }, { typ: 'ändring', att_sats: 2, ersätt: 'fyra', med: 'sex', utfall: 'bifall' }),
      ),
      ['order:after-fallen:Y2'],
    );
    assert.deepEqual(kinds(analyse({ typ: 'avslag', utfall: 'bifall' }, { typ: 'bifall', utfall: 'bifall' })), ['order:after-fallen:Y2']);
    // The usual order: återremiss avslagen, avslag avslaget, ändring and tillägg bifallna.
    assert.deepEqual(
      kinds(
        analyse(
          { typ: 'återremiss', utfall: 'avslag' },
          { typ: 'avslag', utfall: 'avslag' },
          { typ: 'ändring', att_sats: 2, ersätt: 'fyra', med: 'sex', utfall: 'bifall' },
          { typ: 'tillägg', text: 'Ny.', utfall: 'bifall' },
        ),
      ),
      [],
    );
  });

  it('att-sats numbers, ersätt found once, incomplete yrkanden, overlap', () => {
    assert.deepEqual(kinds(analyse({ typ: 'ändring', att_sats: 4, ersätt: 'a', med: 'b' })), ['att-sats-missing::Y1']);
    assert.deepEqual(kinds(analyse({ typ: 'ändring', ersätt: 'a', med: 'b' })), ['att-sats-missing:no-number:Y1']);
    assert.deepEqual(kinds(analyse({ typ: 'tillägg', efter: 4, text: 'Ny.' })), ['att-sats-missing::Y1']);
    assert.deepEqual(kinds(analyse({ typ: 'ändring', att_sats: 2, ersätt: 'fem', med: 'sex' })), ['text-missing:not-found:Y1']);
    assert.deepEqual(kinds(analyse({ typ: 'ändring', att_sats: 2, ersätt: 'r', med: 'R' })), ['text-missing:twice:Y1']);
    assert.deepEqual(kinds(analyse({ typ: 'ändring', att_sats: 2 })), ['text-missing:incomplete:Y1']);
    assert.deepEqual(kinds(analyse({ typ: 'tillägg' })), ['text-missing:incomplete:Y1']);
    assert.deepEqual(kinds(analyse({ typ: 'motförslag' })), ['text-missing:incomplete:Y1']);
    assert.deepEqual(
      kinds(
        analyse(
          { typ: 'ändring', att_sats: 2, ersätt: 'fyra gånger', med: 'sex gånger', utfall: 'bifall' },
          { typ: 'ändring', att_sats: 2, ersätt: 'gånger om året', med: 'gånger per år', utfall: 'bifall' },
        ),
      ),
      ['overlap::Y2'],
    );
    assert.deepEqual(
      kinds(
        analyse(
          { typ: 'ändring', att_sats: 2, ny_lydelse: 'Ny.', utfall: 'bifall' },
          { typ: 'ändring', att_sats: 2, ersätt: 'fyra', med: 'sex', utfall: 'bifall' },
        ),
      ),
      ['overlap::Y2'],
    );
    // Without a förslag there is nothing to change.
    assert.deepEqual(
      analyseYrkanden(undefined, [y({ id: 'Y1', typ: 'ändring', att_sats: 1, ersätt: 'a', med: 'b' })]).issues.map((i) => i.reason),
      ['no-förslag'],
    );
  });
});

describe('the yrkande rules in the meeting file', () => {
  const ÄNDRING = (extra: string) => `      - id: Y1\n        namn: Robin Exempel\n        typ: ändring\n${extra}`;

  it('meeting-yrkande-att-sats-missing at att_sats (error, with its basis)', () => {
    const text = meeting(ÄNDRING('        att_sats: 5\n        ersätt: fyra\n        med: sex\n'));
    assert.deepEqual(problems(text, 'meeting-yrkande-att-sats-missing'), [
      '16:19: Yrkande Y1 (Robin Exempel) i ärende 1 ändrar att-sats 5, men förslaget till beslut har 3 att-satser. Ange ett nummer från 1 till 3.',
    ]);
    const d = checkText(text, { handlingar: folder }).diagnostics.find((x) => x.ruleId === 'meeting-yrkande-att-sats-missing')!;
    assert.equal(d.severity, 'error');
    assert.match(d.basis!, /ärendes format/);
    assert.match(d.messageEn!, /^Motion Y1 \(Robin Exempel\) in item 1 changes att-sats 5/);
  });

  it('meeting-yrkande-text-missing at ersätt', () => {
    assert.deepEqual(problems(meeting(ÄNDRING('        att_sats: 2\n        ersätt: fem\n        med: sex\n')), 'meeting-yrkande-text-missing'), [
      "17:17: Yrkande Y1 (Robin Exempel) i ärende 1 ska ersätta ”fem”, men texten finns inte i att-sats 2. Skriv 'ersätt' exakt som i förslaget till beslut (eller använd 'ny_lydelse').",
    ]);
  });

  it('meeting-yrkanden-overlap at the second ändring (lagrum 5 kap. 53 §)', () => {
    const text = meeting(
      `${ÄNDRING('        att_sats: 2\n        ersätt: fyra\n        med: sex\n        utfall: bifall\n')}      - id: Y2\n        namn: Kim Exempel\n        typ: ändring\n        att_sats: 2\n        ersätt: fyra gånger\n        med: varje månad\n        utfall: bifall\n`,
    );
    assert.deepEqual(problems(text, 'meeting-yrkanden-overlap'), [
      "24:17: Yrkande Y2 (Kim Exempel) och yrkande Y1 (Robin Exempel) i ärende 1 är båda bifallna och ändrar samma ord i att-sats 2; båda kan inte genomföras. Rätta 'utfall', eller låt ändringarna gälla olika ord.",
    ]);
    assert.equal(
      checkText(text, { handlingar: folder }).diagnostics.find((x) => x.ruleId === 'meeting-yrkanden-overlap')!.lagrum?.text,
      '5 kap. 53 § kommunallagen (2017:725)',
    );
  });

  it('meeting-yrkande-order at utfall', () => {
    const text = meeting(
      '      - id: Y1\n        namn: Robin Exempel\n        typ: återremiss\n        utfall: bifall\n      - id: Y2\n        namn: Kim Exempel\n        typ: tillägg\n        text: Ny.\n        utfall: bifall\n',
    );
    assert.deepEqual(problems(text, 'meeting-yrkande-order'), [
      "21:17: Yrkande Y2 (Kim Exempel) i ärende 1 är bifallet, men yrkande Y1 (Robin Exempel) (återremiss) är också bifallet: då fattas inget beslut i sak på detta sammanträde. Återremiss och bordläggning prövas först; rätta 'utfall'.",
    ]);
  });

  it('meeting-beslut-differs: a written beslut that leaves out a bifallet tillägg, showing the difference (warning, 5 kap. 67 §)', () => {
    const text = meeting(
      '      - id: Y1\n        namn: Robin Exempel\n        typ: tillägg\n        text: Rådet har en plats för anhöriga.\n        utfall: bifall\n',
      '    beslut: enligt förslag\n',
    );
    assert.deepEqual(problems(text, 'meeting-beslut-differs'), [
      "18:13: Beslutet i ärende 1 skiljer sig från det som yrkandenas utfall ger: att-sats 4 ”Rådet har en plats för anhöriga.” saknas i beslutet. Rätta beslutet eller yrkandenas 'utfall', eller ta bort 'beslut:' så att det beräknade beslutet gäller.",
    ]);
    const d = checkText(text, { handlingar: folder }).diagnostics.find((x) => x.ruleId === 'meeting-beslut-differs')!;
    assert.deepEqual([d.severity, d.lagrum?.text], ['warning', '5 kap. 67 § kommunallagen (2017:725)']);
    // The same beslut written out in full is quiet; so is one without any utfall.
    const full = `    beslut:\n${[...FÖRSLAG, 'Rådet har en plats för anhöriga.'].map((s) => `      - ${s}\n`).join('')}`;
    assert.deepEqual(
      problems(
        meeting(
          '      - id: Y1\n        namn: Robin Exempel\n        typ: tillägg\n        text: Rådet har en plats för anhöriga.\n        utfall: bifall\n',
          full,
        ),
        'meeting-beslut-differs',
      ),
      [],
    );
    assert.deepEqual(
      problems(
        meeting(
          '      - id: Y1\n        namn: Robin Exempel\n        typ: tillägg\n        text: Rådet har en plats för anhöriga.\n',
          '    beslut: enligt förslag\n',
        ),
        'meeting-beslut-differs',
      ),
      [],
    );
  });

  it('ids unique in the item; instämmer among the serving members', () => {
    assert.deepEqual(
      problems(
        meeting('      - id: Y1\n        namn: Robin Exempel\n        typ: bifall\n      - id: Y1\n        namn: Kim Exempel\n        typ: avslag\n'),
        'meeting-yrkande-id-duplicate',
      ),
      ['16:13: Id Y1 används redan av Robin Exempels yrkande i ärende 1. Ge yrkandet ett eget id (t.ex. Y3).'],
    );
    const head = 'närvarande:\n  beslutande:\n    - Robin Exempel (Exempelpartiet), ordförande\n    - Kim Exempel\n';
    const text = meeting('      - id: Y1\n        namn: Robin Exempel\n        typ: bifall\n        instämmer: [Kim Exempel, Alex Okänd]\n', '', head);
    assert.deepEqual(problems(text, 'meeting-yrkande-instammer-not-member'), [
      "20:34: Alex Okänd instämmer i yrkande Y1 (Robin Exempel) i ärende 1, men finns inte bland de beslutande i 'närvarande'. Bara den som tjänstgör kan yrka eller instämma; rätta namnet eller närvaron.",
    ]);
  });

  it('meeting-beslutsgang-missing keeps working for a computed beslut (utfall without beslut)', () => {
    const text = meeting('      - id: Y1\n        namn: Robin Exempel\n        typ: tillägg\n        text: Ny.\n        utfall: bifall\n');
    assert.equal(problems(text, 'meeting-beslutsgang-missing').length, 1);
    assert.deepEqual(
      problems(meeting('      - id: Y1\n        namn: Robin Exempel\n        typ: tillägg\n        text: Ny.\n'), 'meeting-beslutsgang-missing'),
      [],
    );
  });
});
