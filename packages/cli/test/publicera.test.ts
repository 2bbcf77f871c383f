/**
 * `arende publicera`: the status site's model (publicera/model.ts) against what `arende frister` reports and
 * what the meeting files say, the pages and the feed as text, the guard, and the command's refusals. The
 * browser side (axe, a phone's width, file://) is test/publicera-site.test.ts.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { överklagandetid } from '@arende/core';
import { loadMatters } from '../src/matters.js';
import { atomId, statusSite, type StatusSite, type Ärendesida } from '../src/publicera/model.js';
import { indexHtml, ärendeHtml } from '../src/publicera/html.js';
import { atomFeed } from '../src/publicera/atom.js';
import { leaks, readableText } from '../src/publicera/guard.js';
import { arende } from './helpers.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const EXAMPLES = path.join(ROOT, 'examples');

const bySlug = (site: StatusSite, dnr: string): Ärendesida => {
  const a = site.ärenden.find((x) => x.diarienummer === dnr);
  assert.ok(a, `no ärende ${dnr}`);
  return a;
};

describe('arende publicera: the model', () => {
  it("lists motioner, medborgarförslag and politikerinitiativ with exactly the status 'arende frister' reports", async () => {
    const per = '2026-12-07';
    const site = statusSite(await loadMatters(['examples'], ROOT), per);
    const kinds = new Set(site.ärenden.map((a) => a.typ));
    assert.deepEqual([...kinds].sort(), ['medborgarförslag', 'motion', 'politikerinitiativ']);
    const frister = await arende(['frister', '--per', per, '--format', 'json', 'examples'], ROOT);
    assert.equal(frister.code, 0, frister.stderr);
    const listed = (JSON.parse(frister.stdout) as { ärenden: { rubrik: string; frist: string; status: string }[] }).ärenden;
    assert.ok(listed.length >= 5);
    for (const f of listed) {
      const a = site.ärenden.find((x) => x.rubrik === f.rubrik);
      assert.ok(a, `'${f.rubrik}' is on the site`);
      assert.equal(a.status, f.status, f.rubrik);
      assert.equal(a.frist, f.frist, f.rubrik);
    }
    for (const a of site.ärenden.filter((x) => x.typ === 'politikerinitiativ')) assert.equal(a.frist, null);
  });

  it('a decision has its anslag and last day to appeal from the meeting file; a beredning has no appeal', async () => {
    const site = statusSite(await loadMatters(['examples'], ROOT), '2026-12-07');
    const decided = bySlug(site, 'KS 2025/58');
    assert.equal(decided.status, 'avgjord');
    const steps = decided.händelser.map((e) => `${e.datum} ${e.typ}`);
    const tid = överklagandetid('2026-06-23');
    assert.deepEqual(steps, ['2025-03-24 väckt', '2026-06-15 avgjord', '2026-06-23 anslag', `${tid.sistaDag} överklagandetid`]);
    assert.equal(decided.beslut?.organ, 'Kommunfullmäktige');
    assert.equal(decided.utdrag.length, 1);
    assert.match(decided.utdrag[0]!.beslut.join(' '), /handlingsprogram för suicidprevention/);
    assert.equal(decided.utdrag[0]!.justerat, '2026-06-22');

    const beredd = bySlug(site, 'SN 2026/31');
    assert.equal(beredd.status, 'beredd');
    assert.ok(beredd.händelser.some((e) => e.typ === 'beredd'));
    assert.ok(!beredd.händelser.some((e) => e.typ === 'överklagandetid'), 'a proposal to fullmäktige cannot be appealed');
    assert.equal(beredd.beslut?.förslag, true);
    // The § was omedelbart justerad: published from the meeting day.
    assert.equal(beredd.utdrag[0]!.justerat, '2026-04-22');
    // The frist is still to come.
    assert.ok(beredd.händelser.some((e) => e.typ === 'frist' && e.kommande));
  });

  it('before the justering the decision is shown without its text; before the meeting it is planned', async () => {
    const matters = await loadMatters(['examples'], ROOT);
    const beforeJustering = bySlug(statusSite(matters, '2026-06-18'), 'KS 2025/58');
    assert.equal(beforeJustering.status, 'avgjord');
    assert.deepEqual(beforeJustering.utdrag, []);
    assert.equal(beforeJustering.beslut?.utdrag, undefined);
    assert.match(indexHtml(statusSite(matters, '2026-06-18')), /protokollet är inte justerat/);

    const before = bySlug(statusSite(matters, '2026-06-01'), 'KS 2025/58');
    assert.equal(before.status, 'försenad');
    const planned = before.händelser.find((e) => e.datum === '2026-06-15');
    assert.equal(planned?.typ, 'planerat');
    assert.equal(planned?.kommande, true);
    assert.deepEqual(before.utdrag, []);
    assert.ok(!before.händelser.some((e) => e.typ === 'anslag'));
  });

  it('is the same site from the same input (no clock), with stable, unique Atom ids', async () => {
    const matters = await loadMatters(['examples'], ROOT);
    const a = statusSite(matters, '2026-12-07');
    const b = statusSite(await loadMatters(['examples'], ROOT), '2026-12-07');
    assert.deepEqual(a, b);
    assert.equal(atomFeed(a), atomFeed(b));
    assert.match(atomId('x'), /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(atomId('x'), atomId('x'));
    assert.notEqual(atomId('x'), atomId('y'));
    const ids = [...atomFeed(a).matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length);
    // Slugs name no file: from the diarienummer, else the kind and the day.
    assert.deepEqual(
      a.ärenden.map((x) => x.slug).filter((s) => !/^(ks|sn)-\d{4}-\d+$|^(medborgarforslag|motion|politikerinitiativ)-\d{4}-\d{2}-\d{2}(-\d+)?$/.test(s)),
      [],
    );
  });
});

describe('arende publicera: no personal data', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'arende-publicera-'));
    cpSync(EXAMPLES, dir, { recursive: true });
    // A medborgarförslag whose rubrik names its sender, handled under secrecy and with names in an item.
    writeFileSync(
      path.join(dir, 'medborgarforslag-kim.md'),
      `---
typ: medborgarförslag
rubrik: Kim Exempelssons förslag om en parkbänk vid Lönnvägen
datum: 2026-01-12
mottagare: Kommunfullmäktige
kommun: Sjöviks kommun
diarienummer: KS 2026/12
avsändare:
  - namn: Kim Exempelsson
    adress: Lönnvägen 14, 712 34 Sjövik
    e-post: kim@example.se
lagrum:
  - 4 kap. 20 § kommunallagen (2017:725)
---

## Bakgrund

Bänken behövs.

## Jag föreslår att

- att kommunen ställer en bänk vid lekplatsen
`,
    );
    writeFileSync(
      path.join(dir, 'sammantrade-ks-2026-03-02.md'),
      `---
typ: sammanträde
nämnd: Kommunfullmäktige
kommun: Sjöviks kommun
datum: 2026-03-02
ordförande: Gunilla Strand (Sjöviks moderater)
sekreterare: Erik Lund
justerare:
  - Leila Ahmadi (Gröna Sjövik)
justering:
  datum: 2026-03-05
närvarande:
  beslutande:
    - Gunilla Strand (Sjöviks moderater), ordförande
    - Leila Ahmadi (Gröna Sjövik)
anslag:
  datum: 2026-03-06
ärenden:
  - handlingar:
      - medborgarforslag-kim.md
    förslag:
      - Medborgarförslaget från Kim Exempelsson bifalls.
    beslut: enligt förslag
  - rubrik: Ansökan om bistånd
    diarienummer: KS 2026/13
    sekretess: 26 kap. 1 § offentlighets- och sekretesslagen (2009:400)
    beslut:
      - bevilja Hemlighetsdotter bistånd
---
`,
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('masks a sender in the rubrik and the beslut, and no page or the feed names them or their contact details', async () => {
    const out = path.join(dir, 'webbplats');
    const r = await arende(['publicera', '--per', '2026-04-01', '.', '-o', 'webbplats'], dir);
    assert.equal(r.code, 0, r.stderr);
    const files = readdirSync(out);
    assert.ok(files.includes('index.html') && files.includes('flode.xml') && files.includes('ks-2026-12.html'), files.join(' '));
    const page = readFileSync(path.join(out, 'ks-2026-12.html'), 'utf8');
    assert.match(page, /\[namn\]s förslag om en parkbänk/);
    assert.match(page, /Medborgarförslaget från \[namn\] bifalls/);
    for (const f of files) {
      const text = readFileSync(path.join(out, f), 'utf8');
      for (const hidden of ['Exempelsson', 'kim@example.se', 'Lönnvägen 14', '712 34', 'Hemlighetsdotter'])
        assert.ok(!text.includes(hidden), `'${hidden}' in ${f}`);
    }
    // The secret item is no ärende of the site (not an initiative), and no file is named after a draft.
    assert.ok(!files.some((f) => /kim|exempel/i.test(f)), files.join(' '));
  });

  it('the guard reads what a visitor reads, and finds a personnummer, a contact detail and a private name', () => {
    assert.equal(readableText('<p title="x">a &amp; b</p><id>urn:uuid:0701234567</id>').trim(), 'a & b');
    const found = leaks(
      new Map([
        ['a.html', '<p>Född 811218-9876</p>'],
        ['b.html', '<p>Ring 070-123 45 67</p>'],
        ['c.xml', '<title>Kim Exempelsson föreslår</title>'],
        ['d.html', '<p>Kim Exempelssons bänk? Nej: Exempelssonsgatan.</p>'],
      ]),
      ['Kim Exempelsson'],
    );
    assert.deepEqual(
      found.map((l) => `${l.file}: ${l.what.split(' (')[0]}`),
      ['a.html: ett personnummer', 'b.html: en kontaktuppgift', 'c.xml: namnet på en privatperson'],
    );
  });

  it('refuses the whole site, writing nothing, when a rubrik holds a personnummer; and wants -o', async () => {
    const d = mkdtempSync(path.join(tmpdir(), 'arende-publicera-pnr-'));
    try {
      writeFileSync(
        path.join(d, 'motion.md'),
        '---\ntyp: motion\nrubrik: Stöd till 811218-9876\ndatum: 2026-01-12\nmottagare: Kommunfullmäktige\navsändare:\n  - namn: Ann Ledamot\n    parti: X\n---\n\n## Jag yrkar att\n\n- att pröva\n',
      );
      const r = await arende(['publicera', '--per', '2026-04-01', 'motion.md', '-o', 'ut'], d);
      assert.equal(r.code, 1, r.stdout);
      assert.match(r.stderr, /personnummer \(811218-XXXX\)/);
      assert.match(r.stderr, /inget skrevs/);
      assert.ok(!r.stderr.includes('9876'));
      assert.equal(existsSync(path.join(d, 'ut')), false);
      const noOut = await arende(['publicera', 'motion.md'], d);
      assert.equal(noOut.code, 2);
      assert.match(noOut.stderr, /-o/);
      const badDate = await arende(['publicera', '--per', '2026-13-01', 'motion.md', '-o', 'ut'], d);
      assert.equal(badDate.code, 2);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it("a second run takes away the pages the first wrote and no longer writes, and nothing of the user's", async () => {
    const d = mkdtempSync(path.join(tmpdir(), 'arende-publicera-again-'));
    const motion = (dnr: string) =>
      `---\ntyp: motion\nrubrik: Fler platser i boendestöd\ndatum: 2026-01-12\nväckt: 2026-01-12\ndiarienummer: ${dnr}\nmottagare: Kommunfullmäktige\navsändare:\n  - namn: Ann Ledamot\n    parti: X\n---\n\n## Jag yrkar att\n\n- att nämnden utreder behovet\n`;
    try {
      writeFileSync(path.join(d, 'motion.md'), motion('KS 2026/7'));
      const first = await arende(['publicera', '--per', '2026-04-01', 'motion.md', '-o', 'ut'], d);
      assert.equal(first.code, 0, first.stderr);
      const firstPages = readdirSync(path.join(d, 'ut')).filter((f) => f.endsWith('.html') && f !== 'index.html');
      assert.equal(firstPages.length, 1, firstPages.join());
      writeFileSync(path.join(d, 'ut', 'egen.html'), '<p>Min egen sida</p>');
      // The diarienummer is corrected: the page gets a new name, and the old one must not stay public.
      writeFileSync(path.join(d, 'motion.md'), motion('KS 2026/8'));
      const second = await arende(['publicera', '--per', '2026-04-01', 'motion.md', '-o', 'ut'], d);
      assert.equal(second.code, 0, second.stderr);
      const after = readdirSync(path.join(d, 'ut'));
      assert.ok(!after.includes(firstPages[0]!), `${firstPages[0]} is gone: ${after.join()}`);
      assert.ok(after.includes('egen.html'), "the user's own file stays");
      assert.match(second.stdout, new RegExp(`Tog bort .*${firstPages[0]!.replace('.', '\\.')}`));
      assert.equal(after.filter((f) => f.endsWith('.html') && f !== 'index.html' && f !== 'egen.html').length, 1);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('the pages link only within the folder and load nothing', async () => {
    const site = statusSite(await loadMatters(['examples'], ROOT), '2026-12-07');
    for (const html of [indexHtml(site), ...site.ärenden.map((a) => ärendeHtml(site, a))]) {
      assert.ok(!/<script|src=|https?:/.test(html.replace(/http:\/\/www\.w3\.org\/2005\/Atom/g, '')), 'no script, no outside resource');
      for (const [, href] of html.matchAll(/href="([^"#]*)/g))
        if (href) assert.ok(href === 'flode.xml' || href === 'index.html' || site.ärenden.some((a) => `${a.slug}.html` === href), href);
      assert.match(html, /<html lang="sv">/);
      assert.match(html, /name="viewport"/);
    }
  });
});
