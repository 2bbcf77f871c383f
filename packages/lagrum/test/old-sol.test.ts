/** Issue 10, points 1 and 3: old SoL numbers that pass silently; correspondence corrections; recovery of aid. */
import assert from 'node:assert/strict';
import { citeText, oldSolReading, correspondingProvisions, lookupProvision } from '../src/index.js';

const reading = (text: string, datum = '2026-03-02') => {
  const [r] = citeText(text, datum);
  return oldSolReading(r!, text);
};

describe('oldSolReading: the words around an old SoL number', () => {
  it('"rätt till bistånd enligt 4 kap. 1 § SoL" fits old 4 kap. 1 §, not the new (kommunens ansvar)', () => {
    const o = reading('rätt till bistånd enligt 4 kap. 1 § SoL')!;
    assert.ok(o);
    assert.equal(o.oldForm, '4 kap. 1 § socialtjänstlagen (2001:453)');
    assert.equal(o.newForm, '4 kap. 1 § socialtjänstlagen (2025:400)');
    assert.match(o.message, /kommunen är ytterst ansvarig/);
    assert.match(o.message, /Den 1 juli 2025 ersattes socialtjänstlagen \(2001:453\) av socialtjänstlagen \(2025:400\)/);
    assert.ok(o.motsvarar.includes('11 kap. 1 § socialtjänstlagen (2025:400)'));
    // "SoL" appears only as the author wrote it (quoted); every law named is named with its year.
    assert.doesNotMatch(o.message.replace('"4 kap. 1 § SoL"', ''), /\bSoL\b/u, 'never just "SoL" for the law meant');
  });
  for (const [text, ref] of [
    ['Orosanmälan enligt 14 kap. 1 § SoL', '14 kap. 1 §'],
    ['utredning enligt 11 kap. 1 § SoL', '11 kap. 1 §'],
    ['barnets bästa enligt 1 kap. 2 § SoL', '1 kap. 2 §'],
  ]) {
    it(`"${text}" fits old ${ref}`, () => assert.equal(reading(text!)?.oldForm, `${ref} socialtjänstlagen (2001:453)`));
  }
  it('says nothing when the words fit the new paragraph, without words, with the year written, or before 2025-07-01', () => {
    assert.equal(reading('Kommunen har det yttersta ansvaret enligt 4 kap. 1 § SoL'), null);
    assert.equal(reading('Med socialtjänst avses verksamhet enligt 1 kap. 2 § SoL'), null);
    assert.equal(reading('Enligt 4 kap. 1 § SoL'), null);
    assert.equal(reading('rätt till bistånd enligt 4 kap. 1 § socialtjänstlagen (2025:400)'), null);
    assert.equal(reading('rätt till bistånd enligt 4 kap. 1 § SoL', '2025-03-02'), null);
  });
});

describe('old→new SoL correspondence corrections', () => {
  it('16 kap. 11 § corresponds to 28 kap. 15 § only (14 § is about operating without a permit)', () => {
    assert.deepEqual(
      correspondingProvisions('16:11').map((e) => e.ref),
      ['28:15'],
    );
    // The reason, checked against the texts: 28:15 is the same rule; 28:14 is Straffansvar.
    const norm = (t: string) => t.replace(/ Lag \(\d{4}:\d+\)\.$/u, '').replace(/,/g, '');
    assert.equal(norm(lookupProvision('2025:400', '28', '15')!.text!), norm(lookupProvision('2001:453', '16', '11')!.text!));
    assert.match(lookupProvision('2025:400', '28', '14')!.text!, /utan tillstånd driver verksamhet/);
    assert.deepEqual(citeText('16 kap. 11 § socialtjänstlagen (2001:453)', '2026-03-02')[0]!.motsvarar, ['28 kap. 15 § SoL']);
  });
  it('4 kap. 2 a § has its successor, 11 kap. 5 § (delvis)', () => {
    assert.deepEqual(
      correspondingProvisions('4:2 a').map((e) => [e.ref, e.scope]),
      [['11:5', 'delvis']],
    );
    assert.match(lookupProvision('2025:400', '11', '5')!.text!, /utan individuell behovsprövning/);
  });
  it('"helt" only where the whole paragraph moved: a row moving one stycke is delvis, and says which', () => {
    const edges = correspondingProvisions('14:1');
    assert.ok(edges.length >= 4);
    assert.ok(edges.every((e) => e.scope === 'delvis' && /stycket/.test(e.part)));
    const r = citeText('14 kap. 1 § socialtjänstlagen (2001:453)', '2026-03-02')[0]!;
    assert.equal(r.motsvararScope, 'delvis');
    assert.match(r.message, /19 kap\. 1 § SoL \(för första stycket\)/);
    assert.deepEqual(
      correspondingProvisions('9:1').map((e) => e.scope),
      ['helt'],
    );
  });
});

describe('recovery of aid: the old law still governs aid granted before 2025-07-01', () => {
  it('old 9 kap. 1 § is upphävd, and the message says the old law still applies to such återkrav', () => {
    const r = citeText('9 kap. 1 § socialtjänstlagen (2001:453)', '2026-03-02')[0]!;
    assert.equal(r.status, 'upphävd');
    assert.match(r.stillApplies!, /återkrav av ekonomiskt bistånd som beviljats före ikraftträdandet 2025-07-01/);
    assert.match(r.stillApplies!, /punkt 5 a i övergångsbestämmelserna till socialtjänstlagen \(2025:400\)/);
    assert.ok(citeText('9 kap. 2 § socialtjänstlagen (2001:453)', '2026-03-02')[0]!.stillApplies);
    assert.equal(citeText('2 kap. 7 § socialtjänstlagen (2001:453)', '2026-03-02')[0]!.stillApplies, null);
  });
});

describe('hover: an old SoL number says so', () => {
  it('hovering "4 kap. 1 § SoL" in "rätt till bistånd enligt 4 kap. 1 § SoL" shows the warning', async () => {
    const { hoverCitation } = await import('../src/index.js');
    const text = 'Den enskilde har rätt till bistånd enligt 4 kap. 1 § SoL.';
    const h = hoverCitation(text, text.indexOf('4 kap.') + 1, '2026-03-02')!;
    assert.match(h.markdown, /passar bättre 4 kap\. 1 § socialtjänstlagen \(2001:453\)/);
  });
});
