/**
 * `beslutsgång` and `omröstning` in the meeting file (5 kap. 67 § 2, 3 och 5 KL via 6 kap. 35 §): how they
 * are read, and the rules meeting-beslutsgang-missing and meeting-omrostning-mismatch, positioned where the
 * secretary fixes them.
 */
import assert from 'node:assert/strict';
import { checkText, parseDraft, readMeeting, toVFile, type HandlingLoader } from '../src/index.js';

const folder: HandlingLoader = () => ({ exists: false });

function meeting(items: string, head = ''): string {
  return `---
typ: sammanträde
nämnd: Socialnämnden
kommun: Sjöviks kommun
datum: 2026-04-22
${head}ärenden:
${items}---
`;
}

/** `line:col-line:col: message` of one rule (what a user sees). */
function problems(text: string, rule: string): string[] {
  const { draft, diagnostics } = checkText(text, { handlingar: folder });
  return toVFile(
    undefined,
    draft.text,
    diagnostics.filter((d) => d.ruleId === rule),
  ).messages.map((m) => String(m));
}

const YRKANDE = '    yrkanden:\n      - namn: Robin Exempel\n        text: Förslaget avslås.\n';
const ITEM = '  - rubrik: Brukarråd\n    beslut:\n      - Ett brukarråd inrättas.\n';

function vote(counts: string, röster = ''): string {
  return `    omröstning:\n${counts}      ja_avser: förvaltningens förslag\n      nej_avser: Robin Exempels avslagsyrkande\n${röster ? `      röster:\n${röster}` : ''}`;
}
const röst = (namn: string, r: string) => `        - namn: ${namn}\n          röst: ${r}\n`;

describe('beslutsgång and omröstning in the meeting file', () => {
  it('reads beslutsgång as paragraphs (a list, or a literal or folded block split where the secretary left a blank line) and omröstning with its röster', () => {
    const list = readMeeting(parseDraft(meeting(`${ITEM}    beslutsgång:\n      - Första stycket.\n      - Andra stycket.\n`))).ärenden[0]!;
    assert.deepEqual(list.beslutsgång, ['Första stycket.', 'Andra stycket.']);
    const block = readMeeting(parseDraft(meeting(`${ITEM}    beslutsgång: |\n      Ett stycke\n      på två rader.\n\n      Ett till.\n`))).ärenden[0]!;
    assert.deepEqual(block.beslutsgång, ['Ett stycke på två rader.', 'Ett till.']);
    // A folded block reads a blank line as one line break: still two paragraphs.
    const folded = readMeeting(parseDraft(meeting(`${ITEM}    beslutsgång: >-\n      Ett stycke\n      på två rader.\n\n      Ett till.\n`))).ärenden[0]!;
    assert.deepEqual(folded.beslutsgång, ['Ett stycke på två rader.', 'Ett till.']);
    const item = readMeeting(
      parseDraft(meeting(ITEM + vote('      ja: 1\n      nej: 1\n      avstår: 0\n', röst('Kim Exempel', 'Ja') + röst('Robin Exempel', 'nej')))),
    ).ärenden[0]!;
    assert.deepEqual(item.omröstning, {
      ja: 1,
      nej: 1,
      avstår: 0,
      ja_avser: 'förvaltningens förslag',
      nej_avser: 'Robin Exempels avslagsyrkande',
      röster: [
        { namn: 'Kim Exempel', parti: undefined, röst: 'Ja', index: 0 },
        { namn: 'Robin Exempel', parti: undefined, röst: 'nej', index: 1 },
      ],
    });
    const none = readMeeting(parseDraft(meeting(ITEM))).ärenden[0]!;
    assert.deepEqual([none.beslutsgång, none.omröstning], [[], undefined]);
  });

  it('meeting-beslutsgang-missing: yrkanden and a beslut without beslutsgång is a warning at yrkanden (5 kap. 67 § KL)', () => {
    const text = meeting(ITEM + YRKANDE);
    assert.deepEqual(problems(text, 'meeting-beslutsgang-missing'), [
      "10:5-10:13: Ärende 1 har ett yrkande och ett beslut men ingen 'beslutsgång:'. Protokollet ska visa i vilken ordning ordföranden lade fram förslagen till beslut (5 kap. 67 § kommunallagen). Skriv med egna ord hur ordföranden ställde förslagen mot varandra och vad nämnden beslutade.",
    ]);
    const d = checkText(text, { handlingar: folder }).diagnostics.find((x) => x.ruleId === 'meeting-beslutsgang-missing')!;
    assert.equal(d.severity, 'warning');
    assert.equal(d.lagrum?.text, '5 kap. 67 § kommunallagen (2017:725)');
    assert.match(d.messageEn!, /^Item 1 has a motion \(yrkanden\) and a decision but no 'beslutsgång:'/);
  });

  it('meeting-beslutsgang-missing stays quiet with a beslutsgång, without yrkanden, or before the beslut', () => {
    assert.deepEqual(problems(meeting(`${ITEM}${YRKANDE}    beslutsgång: Ordföranden ställer förslagen mot varandra.\n`), 'meeting-beslutsgang-missing'), []);
    assert.deepEqual(problems(meeting(ITEM), 'meeting-beslutsgang-missing'), []);
    assert.deepEqual(problems(meeting(`  - rubrik: Brukarråd\n${YRKANDE}`), 'meeting-beslutsgang-missing'), []);
  });

  it('meeting-omrostning-mismatch: a röst that is not ja, nej or avstår is an error at the röst', () => {
    const text = meeting(ITEM + vote('      ja: 1\n      nej: 1\n      avstår: 0\n', röst('Kim Exempel', 'ja') + röst('Robin Exempel', 'kanske')));
    assert.deepEqual(problems(text, 'meeting-omrostning-mismatch'), [
      "20:17-20:23: Robin Exempels röst i omröstningen i ärende 1 är 'kanske'. En röst är ja, nej eller avstår.",
    ]);
  });

  it('meeting-omrostning-mismatch: counts that differ from the röster are an error at omröstning', () => {
    const text = meeting(ITEM + vote('      ja: 2\n      nej: 0\n      avstår: 0\n', röst('Kim Exempel', 'ja') + röst('Robin Exempel', 'nej')));
    assert.deepEqual(problems(text, 'meeting-omrostning-mismatch'), [
      "10:5-10:15: Omröstningen i ärende 1 räknar 2 ja, 0 nej och 0 avstår, men 'röster' har 1 ja, 1 nej och 0 avstår. Rätta antalen eller listan så att de stämmer.",
    ]);
    const d = checkText(text, { handlingar: folder }).diagnostics.find((x) => x.ruleId === 'meeting-omrostning-mismatch')!;
    assert.equal(d.severity, 'error');
    assert.match(d.messageEn!, /counts 2 'ja', 0 'nej' and 0 'avstår', but 'röster' lists 1 'ja', 1 'nej' and 0 'avstår'/);
  });

  it('meeting-omrostning-mismatch: more votes than beslutande in närvarande is an error', () => {
    const head = 'närvarande:\n  beslutande:\n    - Kim Exempel (A), ordförande\n    - Robin Exempel (B)\n';
    assert.deepEqual(problems(meeting(ITEM + vote('      ja: 2\n      nej: 1\n      avstår: 0\n'), head), 'meeting-omrostning-mismatch'), [
      "14:5-14:15: Omröstningen i ärende 1 räknar 3 ledamöter (2 ja, 1 nej och 0 avstår), men 'närvarande: beslutande' har bara 2. Rätta antalen, eller lägg till de tjänstgörande ledamöter som saknas.",
    ]);
  });

  it('meeting-omrostning-mismatch stays quiet when the counts agree (any case of ja/nej/avstår), and with counts alone (a secret vote)', () => {
    const agree = meeting(ITEM + vote('      ja: 1\n      nej: 0\n      avstår: 1\n', röst('Kim Exempel', 'Ja') + röst('Robin Exempel', 'avstår')));
    assert.deepEqual(problems(agree, 'meeting-omrostning-mismatch'), []);
    assert.deepEqual(problems(meeting(ITEM + vote('      ja: 6\n      nej: 5\n      avstår: 0\n')), 'meeting-omrostning-mismatch'), []);
    // The schema accepts the new keys: no unknown-key or type errors.
    assert.deepEqual(
      checkText(agree, { handlingar: folder })
        .diagnostics.filter((d) => d.severity === 'error')
        .map((d) => d.ruleId),
      [],
    );
  });

  it('the schema: a negative count or a missing ja_avser is an error; without the keys the item checks as before', () => {
    const bad = meeting(`${ITEM}    omröstning:\n      ja: -1\n      nej: 1\n      avstår: 0\n      nej_avser: avslag\n`);
    const errors = checkText(bad, { handlingar: folder }).diagnostics.filter((d) => d.severity === 'error');
    assert.ok(
      errors.some((d) => /ja_avser/.test(d.message)),
      errors.map((d) => d.message).join('\n'),
    );
    assert.ok(
      errors.some((d) => /ja/.test(d.message) && /0|negativ|minst/i.test(d.message)),
      errors.map((d) => d.message).join('\n'),
    );
  });
});
