import assert from 'node:assert/strict';
import { citeText } from '@arende/lagrum';
import { checkText, rules } from '../src/index.js';
import { kindByName } from '../src/kinds/index.js';

/** What `arende cite` shows as the provision's text. */
const lydelse = (ref: string) => citeText(ref, '2026-03-02')[0]!.lydelse ?? '';
const rule = (id: string) => rules.find((r) => r.id === id)!;

describe('issue 21: legal bases as the provisions say (quoted from `arende cite`)', () => {
  it('att-sats-missing does not rest on 6 kap. 33 § KL, which is how a nämnd decides', () => {
    assert.match(lydelse('6 kap. 33 § KL'), /förfarandet när en nämnd fattar beslut/u);
    assert.equal(rule('att-sats-missing').lagrum, undefined);
    assert.match(rule('att-sats-missing').basis!, /format och kommunal praxis.*inte ett lagkrav/u);
  });

  it('att-sats-missing is a warning for a medborgarförslag, an error for a motion', () => {
    const head = (typ: string, extra: string) =>
      `---\ntyp: ${typ}\nrubrik: Test\ndatum: 2026-03-02\nmottagare: Kommunfullmäktige\nkommun: Exempelby kommun\n${extra}---\n\n## Bakgrund\n\nText.\n`;
    const sev = (text: string) => checkText(text).diagnostics.find((d) => d.ruleId === 'att-sats-missing')?.severity;
    assert.equal(sev(head('medborgarförslag', 'avsändare:\n  - namn: Kim Exempel\n')), 'warning');
    assert.equal(sev(head('motion', 'väckt: 2026-03-02\navsändare:\n  - namn: Kim Exempel\n')), 'error');
  });

  it('meeting-handling-other-namnd does not rest on 6 kap. 34 §, which is about medborgarförslag', () => {
    assert.match(lydelse('6 kap. 34 § KL'), /väckts genom medborgarförslag/u);
    assert.notEqual(rule('meeting-handling-other-namnd').lagrum, '6 kap. 34 § kommunallagen (2017:725)');
    assert.match(rule('meeting-handling-other-namnd').docs.what, /5 kap\. 26 §.*5 kap\. 23 § andra stycket/u);
    assert.match(lydelse('5 kap. 26 § KL'), /beretts antingen av en nämnd/u);
    assert.match(lydelse('5 kap. 23 § KL'), /överlåta till styrelsen eller en annan nämnd att besluta i ett ärende som har väckts genom medborgarförslag/u);
  });

  it('a serving ersättare’s right to raise a matter is 4 kap. 22 §, not 4 kap. 20 §', () => {
    assert.match(lydelse('4 kap. 22 § KL'), /När ersättare tjänstgör har de samma rättigheter som ledamöter/u);
    assert.doesNotMatch(lydelse('4 kap. 20 § KL'), /ersättare/u);
    const k = kindByName('politikerinitiativ')!;
    assert.match(k.raisedBy.sv, /ersättare som tjänstgör/u);
    assert.match(k.raisedBy.sv, /4 kap\. 22 § kommunallagen/u);
  });

  it('a motion needs no party: 5 kap. 22 § gives the right to "en ledamot"', () => {
    assert.match(lydelse('5 kap. 22 § KL'), /2\. en ledamot genom motion/u);
    const text =
      '---\ntyp: motion\nrubrik: Test\ndatum: 2026-03-02\nväckt: 2026-03-02\nmottagare: Kommunfullmäktige\nkommun: Exempelby kommun\navsändare:\n  - namn: Kim Exempel\n---\n\n## Bakgrund\n\nText.\n\n## Jag yrkar att\n\n- kommunen gör något\n';
    const required = checkText(text).diagnostics.filter((d) => d.ruleId === 'frontmatter-required' || /parti/u.test(d.message));
    assert.deepEqual(
      required.map((d) => d.message),
      [],
    );
  });

  it('the medborgarförslag basis names unionsmedborgare (8 kap. 1 §, 1 kap. 5 § andra stycket)', () => {
    assert.match(lydelse('8 kap. 1 § KL'), /unionsmedborgare som avses i 1 kap\. 5 § andra stycket/u);
    const k = kindByName('medborgarförslag')!;
    assert.match(k.raisedBy.sv, /unionsmedborgare/u);
    assert.equal(k.raisedBy.lagrum, '8 kap. 1 § kommunallagen (2017:725)');
    assert.match(k.raisedBy.sv, /1 kap\. 5 § andra stycket kommunallagen/u);
  });
});

describe('issue 21: citation-old-sol and citation-repealed read the sentence', () => {
  const draft = (body: string) =>
    `---\ntyp: tjänsteskrivelse\nrubrik: Test\ndatum: 2026-03-02\nmottagare: Socialnämnden\nkommun: Exempelby kommun\nförvaltning: Socialförvaltningen\n---\n\n## Ärendet\n\n${body}\n\n## Förslag till beslut\n\n- att nämnden gör något\n`;
  const ids = (body: string) =>
    checkText(draft(body))
      .diagnostics.filter((d) => d.ruleId === 'citation-old-sol' || d.ruleId === 'citation-repealed')
      .map((d) => d.ruleId);
  it('a short sentence: "inlett en utredning enligt 11 kap. 1 § SoL om behovet" is the old 11:1 (utredning)', () => {
    assert.deepEqual(ids('Nämnden har inlett en utredning enligt 11 kap. 1 § SoL om behovet.'), ['citation-old-sol']);
  });
  it('no warning when the sentence says the law is repealed or old', () => {
    assert.deepEqual(ids('Riktlinjerna hänvisar till den upphävda socialtjänstlagen (2001:453).'), []);
    assert.deepEqual(ids('Enligt tidigare 4 kap. 1 § SoL hade den enskilde rätt till bistånd.'), []);
  });
  it('återkrav of aid granted before 2025-07-01 under 9 kap. 1 § (2001:453): no warning', () => {
    assert.deepEqual(ids('Återkrav av bistånd som beviljades i mars 2025 görs enligt 9 kap. 1 § socialtjänstlagen (2001:453).'), []);
  });
});
