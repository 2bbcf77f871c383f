/**
 * The kommun list against SCB's listing it was taken from (count, a sample of codes and names), and the
 * rule kommun-name with its fix.
 */
import assert from 'node:assert/strict';
import { applyFixes, checkKommunName, checkText, KOMMUNER, kommunNames, officialKommunName, REGIONER } from '../src/index.js';
import { sameKommun } from '../src/meeting/resolve.js';
import { politikerinitiativ } from './helpers.js';

const withKommun = (kommun: string) =>
  politikerinitiativ({
    frontmatter: `typ: politikerinitiativ\nrubrik: Fler platser i boendestöd\ndatum: 2026-03-02\nmottagare: Socialnämnden\nkommun: ${kommun}\navsändare:\n  - namn: Kim Exempel\nlagrum:\n  - 10 kap. 1 § socialtjänstlagen (2025:400)`,
  });

describe('kommuner', () => {
  it('has the 290 kommuner and 21 regioner of SCB’s listing, with unique four- and two-digit codes', () => {
    assert.equal(KOMMUNER.length, 290);
    assert.equal(REGIONER.length, 21);
    assert.equal(new Set(KOMMUNER.map((k) => k.kod)).size, 290);
    assert.ok(KOMMUNER.every((k) => /^\d{4}$/.test(k.kod) && / kommun$/.test(k.namn) && / län$/.test(k.län)));
    assert.ok(REGIONER.every((r) => /^\d{2}$/.test(r.kod)));
    // Every kommun's code starts with its län's code.
    const länskod = new Map(REGIONER.map((r) => [r.län, r.kod]));
    assert.deepEqual(
      KOMMUNER.filter((k) => länskod.get(k.län) !== k.kod.slice(0, 2)).map((k) => k.namn),
      [],
    );
  });

  it('a sample of codes and names matches SCB’s listing', () => {
    const byKod = new Map(KOMMUNER.map((k) => [k.kod, k]));
    const sample: [string, string, string][] = [
      ['0114', 'Upplands Väsby kommun', 'Stockholms län'],
      ['0180', 'Stockholms kommun', 'Stockholms län'],
      ['0360', 'Tierps kommun', 'Uppsala län'],
      ['0980', 'Gotlands kommun', 'Gotlands län'],
      ['1280', 'Malmö kommun', 'Skåne län'],
      ['1480', 'Göteborgs kommun', 'Västra Götalands län'],
      ['1885', 'Lindesbergs kommun', 'Örebro län'],
      ['2080', 'Falu kommun', 'Dalarnas län'],
      ['2584', 'Kiruna kommun', 'Norrbottens län'],
      ['0330', 'Knivsta kommun', 'Uppsala län'],
    ];
    for (const [kod, namn, län] of sample) assert.deepEqual([byKod.get(kod)?.namn, byKod.get(kod)?.län], [namn, län], kod);
    assert.equal(byKod.get('0180')?.egetNamn, 'Stockholms stad');
    assert.equal(byKod.get('1480')?.egetNamn, 'Göteborgs Stad');
    assert.equal(byKod.get('0980')?.egetNamn, 'Region Gotland');
    assert.deepEqual(
      REGIONER.filter((r) => ['01', '14', '23'].includes(r.kod)).map((r) => r.namn),
      ['Region Stockholm', 'Västra Götalandsregionen', 'Region Jämtland Härjedalen'],
    );
  });

  it('both the legal name and the name a kommun uses itself are right; short forms and typos get the official name', () => {
    for (const right of ['Lindesbergs kommun', 'Stockholms kommun', 'Stockholms stad', 'Göteborgs Stad', 'Göteborgs stad', 'Region Gotland', 'Region Skåne'])
      assert.deepEqual(checkKommunName(right), { status: 'right' }, right);
    assert.deepEqual(checkKommunName('Lindesberg'), { status: 'fix', official: ['Lindesbergs kommun'] });
    assert.deepEqual(checkKommunName('Kommunen Nacka'), { status: 'fix', official: ['Nacka kommun'] });
    assert.deepEqual(checkKommunName('Falun'), { status: 'fix', official: ['Falu kommun'] });
    assert.deepEqual(checkKommunName('Stockholm'), { status: 'fix', official: ['Stockholms kommun', 'Stockholms stad'] });
    assert.deepEqual(checkKommunName('stockholms stad'), { status: 'fix', official: ['Stockholms stad', 'Stockholms kommun'] });
    assert.deepEqual(checkKommunName('Lindesbergs kommmun'), { status: 'fix', official: ['Lindesbergs kommun'] });
    // Made-up kommuner (the examples') are not flagged.
    for (const unknown of ['Exempelby kommun', 'Sjöviks kommun', 'Norrbacka kommun', 'Kommunens namn'])
      assert.deepEqual(checkKommunName(unknown), { status: 'unknown' }, unknown);
    assert.ok(kommunNames().includes('Malmö stad') && kommunNames().includes('Malmö kommun'));
  });

  it('kommun-name warns with a fix to the official name, and --fix writes it', () => {
    const text = withKommun('Lindesberg');
    const { diagnostics } = checkText(text);
    const found = diagnostics.filter((d) => d.ruleId === 'kommun-name');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'warning');
    assert.match(found[0]!.message, /'Lindesberg' är inte kommunens officiella namn\. Skriv 'Lindesbergs kommun'\./);
    assert.equal(found[0]!.range.start.line, 6);
    const fixed = applyFixes(text, diagnostics).text;
    assert.match(fixed, /^kommun: Lindesbergs kommun$/m);
    assert.equal(checkText(withKommun('Stockholms stad')).diagnostics.filter((d) => d.ruleId === 'kommun-name').length, 0);
    // A quoted value is reported without a fix (the fix would drop the quotes' meaning).
    const quoted = checkText(withKommun('"Lindesberg"')).diagnostics.find((d) => d.ruleId === 'kommun-name');
    assert.ok(quoted && !quoted.expected);
  });

  it('the meeting rules compare kommuner by official name', () => {
    assert.ok(sameKommun('Stockholms stad', 'Stockholms kommun'));
    assert.ok(sameKommun('Lindesberg', 'Lindesbergs kommun'));
    assert.ok(!sameKommun('Lindesbergs kommun', 'Nora kommun'));
    assert.ok(sameKommun('Exempelby', 'Exempelby kommun'));
    assert.equal(officialKommunName('Göteborgs Stad'), 'Göteborgs kommun');
  });
});
