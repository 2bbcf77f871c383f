import assert from 'node:assert/strict';
import { arende } from './helpers.js';
import { lagtextPer } from '@arende/lagrum';

const cwd = process.cwd();

describe('arende cite', () => {
  it('JSON has exactly the specified fields, date-aware for SoL', async () => {
    const before = await arende(['cite', '--datum', '2024-05-01', '--format', 'json', '2 kap. 6 § SoL'], cwd);
    assert.equal(before.code, 0, before.stderr);
    const [c] = JSON.parse(before.stdout).citations;
    assert.deepEqual(Object.keys(c), ['text', 'sfs', 'lag', 'kapitel', 'paragraf', 'stycke', 'punkt', 'status', 'lydelse', 'url', 'motsvarar']);
    assert.deepEqual([c.sfs, c.kapitel, c.paragraf, c.stycke, c.punkt, c.status], ['2001:453', '2', '6', null, null, 'gällande']);
    assert.deepEqual(c.motsvarar, []);

    const after = await arende(['cite', '--datum', '2026-03-02', '--format', 'json', '2 kap. 6 § socialtjänstlagen (2001:453)'], cwd);
    const [r] = JSON.parse(after.stdout).citations;
    assert.equal(r.status, 'upphävd');
    assert.deepEqual(r.motsvarar, ['7 kap. 3 § SoL']);
  });

  it('no citation gives {"lagtext_per": …, "citations": []} and exit 1, and each argument is read on its own', async () => {
    const none = await arende(['cite', '--format', 'json', 'Beslut i KS § 58.'], cwd);
    assert.deepEqual(JSON.parse(none.stdout), { lagtext_per: lagtextPer, citations: [] });
    assert.equal(none.code, 1);
    const noneText = await arende(['cite', 'Inget lagrum här.'], cwd);
    assert.equal(noneText.code, 1);
    assert.match(noneText.stdout, /Inga lagrum hittades\./);
    const two = await arende(['cite', '--datum', '2026-03-02', '--format', 'json', '10 kap. 8 § SoL', '9 § LSS'], cwd);
    assert.deepEqual(
      JSON.parse(two.stdout).citations.map((c: { sfs: string; kapitel: string | null; paragraf: string }) => [c.sfs, c.kapitel, c.paragraf]),
      [
        ['2025:400', '10', '8'],
        ['1993:387', null, '9'],
      ],
    );
  });

  it('text format shows the provision, its status and its text, in Swedish', async () => {
    const r = await arende(['cite', '--datum', '2026-03-02', '9 § LSS'], cwd);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^9 § lagen \(1993:387\) om stöd och service till vissa funktionshindrade: gällande$/m);
    assert.match(r.stdout, /\| /, 'the provision text is shown');
  });

  it('amended is not repealed: 1 kap. 7 § OSL on 2026-06-15 is gällande in the wording of lag (2025:1470)', async () => {
    const r = await arende(['cite', '--datum', '2026-06-15', '1 kap. 7 § OSL'], cwd);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /: gällande$/m);
    assert.match(r.stdout, /lydelsen enligt lag \(2025:1470\), i kraft från 2026-03-01/);
    assert.match(r.stdout, /Myndigheten för säkerhet och integritetsskydd/);
  });

  it("a past date with only today's wording says the text shown is the current one", async () => {
    const r = await arende(['cite', '--datum', '2015-03-02', '1 kap. 2 § KL'], cwd);
    assert.match(r.stdout, /ej i kraft/);
    assert.match(r.stdout, /Då gällde kommunallagen \(1991:900\), till och med 2017-12-31/);
    const osl = await arende(['cite', '--datum', '2015-03-02', '26 kap. 1 § OSL'], cwd);
    assert.match(osl.stdout, /Texten är den nuvarande lydelsen \(senast ändrad genom lag \(\d{4}:\d+\)\); registret har inte lydelsen som gällde 2015-03-02/);
  });

  it('exit 2 for a bad date or no text', async () => {
    const bad = await arende(['cite', '--datum', '2026-02-30', '9 § LSS'], cwd);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /'2026-02-30' är inte ett datum/);
    assert.equal((await arende(['cite'], cwd)).code, 2);
  });
});

describe('arende cite: old SoL numbers (issue 10)', () => {
  it('"rätt till bistånd enligt 4 kap. 1 § SoL" on 2026-03-02 says the words fit the repealed law', async () => {
    const r = await arende(['cite', '--datum', '2026-03-02', 'rätt till bistånd enligt 4 kap. 1 § SoL'], process.cwd());
    assert.equal(r.code, 0);
    assert.match(r.stdout, /passar bättre 4 kap\. 1 § socialtjänstlagen \(2001:453\)/);
    assert.match(r.stdout, /Den 1 juli 2025 ersattes socialtjänstlagen \(2001:453\) av socialtjänstlagen \(2025:400\)/);
  });
});

describe('arende cite: issue 21', () => {
  it('--datum after the statute data: "lagtext_per" at the top, "efter_lagtext": true, and the text says so', async () => {
    const json = await arende(['cite', '--datum', '2028-01-01', '--format', 'json', '4 kap. 20 § KL'], process.cwd());
    const out = JSON.parse(json.stdout) as { lagtext_per: string; citations: { status: string; efter_lagtext?: boolean }[] };
    assert.equal(Object.keys(out)[0], 'lagtext_per');
    assert.equal(out.citations[0]!.efter_lagtext, true);
    const text = await arende(['cite', '--datum', '2028-01-01', '4 kap. 20 § KL'], process.cwd());
    assert.match(
      text.stdout,
      /Lydelsen är den i lagtexten som ärende kontrollerar mot, från \d{4}-\d{2}-\d{2}; ändringar efter det datumet känner ärende inte till\./u,
    );
  });
  it('a repealed law: "upphävd den …, ersatt av …"', async () => {
    const text = await arende(['cite', '--datum', '2026-03-02', '4 kap. 20 § kommunallagen (1991:900)'], process.cwd());
    assert.match(text.stdout, /upphävd den 2018-01-01, ersatt av kommunallagen \(2017:725\)/u);
  });
});
