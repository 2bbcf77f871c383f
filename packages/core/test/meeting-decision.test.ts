/**
 * The decision as data: who decides an item (5 kap. 23 § KL), what the meeting did with it for the frist, who
 * took part in it, and the appeal period's calendar (13 kap. 5 § KL, lagen (1930:173), lagen (1989:253)).
 */
import assert from 'node:assert/strict';
import {
  checkDraft,
  fristEffect,
  helgdagar,
  meetingFromAnswers,
  nextVardag,
  notVardag,
  parseDraft,
  påskdagen,
  resolveMeeting,
  whyNotParticipating,
  överklagandetid,
  type HandlingLoader,
} from '../src/index.js';

const MOTION = '---\ntyp: motion\nrubrik: M\ndatum: 2026-02-01\nmottagare: Kommunfullmäktige\nkommun: K\navsändare:\n  - namn: A\n---\n\nText.\n';
const MF = MOTION.replace('typ: motion', 'typ: medborgarförslag');
const TS =
  '---\ntyp: tjänsteskrivelse\nrubrik: Svar\ndatum: 2026-03-01\nmottagare: Socialnämnden\nkommun: K\ndiarienummer: SN 2026/1\nförvaltning: Socialförvaltningen\navsändare:\n  - namn: B\n    roll: handläggare\n---\n\n## Förslag till beslut\n\n1. Förslaget bifalls.\n\n## Sammanfattning\n\nKort.\n\n## Ärendet\n\nText.\n';
const FILES: Record<string, string> = { 'm.md': MOTION, 'f.md': MF, 't.md': TS };
const load: HandlingLoader = (rel) => (rel in FILES ? { exists: true, text: FILES[rel]!, path: rel } : { exists: false });

const meeting = (nämnd: string, item: string, extra = '') =>
  parseDraft(`---\ntyp: sammanträde\nnämnd: ${nämnd}\nkommun: K\ndatum: 2026-04-22\n${extra}ärenden:\n${item}---\n`);
const effect = (nämnd: string, item: string) => {
  const r = resolveMeeting(meeting(nämnd, item), load);
  return fristEffect(r.meeting, r.items[0]!);
};

describe('who decides, and what the meeting did for the frist', () => {
  it('a nämnd proposes on a motion or medborgarförslag (beredd); with delegerat it decides a medborgarförslag', () => {
    assert.equal(effect('Socialnämnden', '  - handlingar: [f.md, t.md]\n    beslut: enligt förslag\n'), 'beredd');
    assert.equal(effect('Socialnämnden', '  - handlingar: [m.md, t.md]\n    beslut: enligt förslag\n'), 'beredd');
    assert.equal(effect('Socialnämnden', '  - handlingar: [f.md, t.md]\n    delegerat: true\n    beslut: enligt förslag\n'), 'avgjord');
    // A motion cannot be handed over: still beredning.
    assert.equal(effect('Socialnämnden', '  - handlingar: [m.md, t.md]\n    delegerat: true\n    beslut: enligt förslag\n'), 'beredd');
  });

  it('fullmäktige decides; återremiss and bordläggning leave it open; anmält is anmäld; a motion as raised is only remitted', () => {
    assert.equal(effect('Kommunfullmäktige', '  - handlingar: [m.md, t.md]\n    beslut: enligt förslag\n'), 'avgjord');
    assert.equal(effect('Kommunfullmäktige', '  - handlingar: [m.md, t.md]\n    utfall: återremitterat\n'), undefined);
    assert.equal(effect('Kommunfullmäktige', '  - handlingar: [m.md, t.md]\n    utfall: bordlagt\n'), undefined);
    assert.equal(effect('Kommunfullmäktige', '  - handlingar: [m.md]\n    utfall: anmält\n'), 'anmäld');
    assert.equal(effect('Kommunfullmäktige', '  - handlingar: [m.md]\n    beslut: [Motionen överlämnas till kommunstyrelsen för beredning.]\n'), undefined);
    assert.equal(effect('Kommunfullmäktige', '  - handlingar: [m.md]\n    utfall: avskrivet\n'), 'avgjord');
    assert.equal(effect('Kommunfullmäktige', '  - handlingar: [m.md, t.md]\n'), undefined, 'not handled yet');
  });

  it('meeting-delegerat-invalid on a motion and at fullmäktige, not on a medborgarförslag at a nämnd', () => {
    const ids = (nämnd: string, item: string) =>
      checkDraft(meeting(nämnd, item), { handlingar: load })
        .filter((d) => d.ruleId === 'meeting-delegerat-invalid')
        .map((d) => d.message);
    assert.match(
      ids('Socialnämnden', '  - handlingar: [m.md, t.md]\n    delegerat: true\n')[0]!,
      /initiativet är en motion\. En motion avgör fullmäktige själv/,
    );
    assert.equal(ids('Socialnämnden', '  - handlingar: [f.md, t.md]\n    delegerat: true\n').length, 0);
    assert.match(ids('Kommunfullmäktige', '  - handlingar: [f.md, t.md]\n    delegerat: true\n')[0]!, /fullmäktige avgör ärendet själv/);
  });
});

describe('who took part in an item', () => {
  const r = resolveMeeting(
    meeting(
      'Socialnämnden',
      '  - rubrik: R\n    jäv: [Robin Exempel]\n    deltar_inte: [Alex Exempel]\n    beslut: [Beslut.]\n    omröstning: {ja: 1, nej: 0, avstår: 1, ja_avser: a, nej_avser: b, röster: [{namn: Kim Exempel, röst: ja}, {namn: Lo Exempel, röst: avstår}]}\n',
      'närvarande:\n  beslutande: [Kim Exempel (S), ordförande, Robin Exempel (M), Alex Exempel (V), Lo Exempel (C)]\n  ersättare: [Sam Exempel (L)]\n',
    ),
    load,
  );
  const why = (namn: string) => whyNotParticipating(r.meeting, r.items[0]!.item, namn);
  it('names compare without party and role; jäv, deltar_inte, avstår, a non-serving ersättare and a stranger did not take part', () => {
    assert.equal(why('Kim Exempel'), undefined);
    assert.equal(why('Robin Exempel'), 'jäv');
    assert.equal(why('Alex Exempel'), 'deltar_inte');
    assert.equal(why('Lo Exempel'), 'avstår');
    assert.equal(why('Sam Exempel'), 'ersättare');
    assert.equal(why('Okänd Person'), 'inte beslutande');
  });
});

describe('the appeal period (13 kap. 5 § KL, lagen (1930:173) 2 §)', () => {
  it('påskdagen by the computus', () => {
    assert.deepEqual([2024, 2025, 2026, 2027, 2038].map(påskdagen), ['2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2038-04-25']);
  });

  it('the helgdagar of 2026: Easter, Kristi himmelsfärd, pingst, midsommardagen, alla helgons dag', () => {
    const h = helgdagar(2026);
    for (const [d, name] of [
      ['2026-04-03', 'långfredagen'],
      ['2026-04-06', 'annandag påsk'],
      ['2026-05-14', 'Kristi himmelsfärdsdag'],
      ['2026-05-24', 'pingstdagen'],
      ['2026-06-20', 'midsommardagen'],
      ['2026-10-31', 'alla helgons dag'],
    ])
      assert.equal(h.get(d!), name);
    assert.equal(notVardag('2026-06-19'), 'midsommarafton');
    assert.equal(notVardag('2026-12-24'), 'julafton');
    assert.equal(notVardag('2026-04-02'), undefined, 'skärtorsdagen is a vardag');
  });

  it('three weeks from the anslag; a last day on a lördag, söndag, helgdag or afton moves to the next vardag', () => {
    assert.deepEqual(överklagandetid('2026-04-30'), { sistaDag: '2026-05-21', tasNedTidigast: '2026-05-22' });
    // 21 days after 2026-05-29 is midsommarafton; then lördag, söndag.
    assert.equal(överklagandetid('2026-05-29').sistaDag, '2026-06-22');
    // Nyårsafton, nyårsdagen, lördag, söndag.
    assert.equal(överklagandetid('2026-12-10').sistaDag, '2027-01-04');
    // Långfredagen to annandag påsk.
    assert.equal(överklagandetid('2026-03-13').sistaDag, '2026-04-07');
    assert.equal(nextVardag('2026-04-02'), '2026-04-02');
  });
});

describe('the sammanträde wizard’s file (meetingFromAnswers)', () => {
  const text = meetingFromAnswers({
    nämnd: 'Socialnämnden',
    kommun: 'Sjöviks kommun',
    datum: '2026-05-20',
    tid: '13.00',
    plats: 'Sessionssalen',
    ordförande: 'Karin Åberg',
    sekreterare: 'Petra Nordin',
  });
  const errors = (t: string) => checkDraft(parseDraft(t), { handlingar: load }).filter((d) => d.severity === 'error');

  it('keeps the answers, and the example item is a placeholder error until replaced', () => {
    const raw = parseDraft(text).metadata.raw;
    assert.equal(raw.nämnd, 'Socialnämnden');
    assert.equal(raw.datum, '2026-05-20');
    assert.equal(raw.tid, '13.00');
    assert.equal(raw.sekreterare, 'Petra Nordin');
    assert.deepEqual((raw.justering as Record<string, unknown>).datum, '2026-05-27');
    assert.deepEqual([...new Set(errors(text).map((d) => d.ruleId))], ['placeholder-text']);
  });

  it('passes check once the first ärende replaces the example item', () => {
    // The handlingar here are from kommun K.
    const real = text
      .replace(/ {2}- rubrik: Ett ärende utan handling[\s\S]*?(?=---\n)/, '  - handlingar: [f.md, t.md]\n')
      .replace('kommun: Sjöviks kommun', 'kommun: K');
    assert.notEqual(real, text);
    assert.deepEqual(
      errors(real).map((d) => `${d.ruleId}: ${d.message}`),
      [],
    );
  });
});
