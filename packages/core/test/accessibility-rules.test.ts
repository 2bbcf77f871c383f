/**
 * The accessibility rules (lagen (2018:1937) om tillgänglighet till digital offentlig service) and
 * image-missing: what fires, where, and what passes.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkDraft, checkText, parseDraft, ruleById, toVFile } from '../src/index.js';
import { nodeFileProbe } from '../src/node.js';
import { messagesOf, politikerinitiativ } from './helpers.js';

const draft = (body: string) => politikerinitiativ({ body: `Bakgrund.\n\n${body}\n\n## Vi föreslår därför att\n\n- nämnden utreder saken\n` });
const lines = (body: string, rule: string) => messagesOf(draft(body), rule);

describe('accessibility rules', () => {
  it('each names the accessibility law as its legal basis and carries it on the diagnostic', () => {
    for (const id of ['image-alt-missing', 'heading-level-skipped', 'link-text-unclear', 'table-header-missing', 'text-color-only']) {
      assert.match(ruleById(id)?.lagrum ?? '', /lagen \(2018:1937\) om tillgänglighet till digital offentlig service/, id);
    }
    const { diagnostics } = checkText(draft('![](karta.png)'));
    const d = diagnostics.find((x) => x.ruleId === 'image-alt-missing');
    assert.equal(d?.lagrum?.text, 'lagen (2018:1937) om tillgänglighet till digital offentlig service');
  });

  describe('image-alt-missing', () => {
    it('fires on an empty alt text, on the file name and on "bild"', () => {
      assert.deepEqual(lines('![](karta.png)', 'image-alt-missing'), [
        '15:1-15:15: Bilden saknar alternativtext. Skriv inom hakparenteserna vad bilden visar, t.ex. ![Karta över träffpunkterna](karta.png).',
      ]);
      assert.equal(lines('![karta.png](karta.png) ![karta](karta.png) ![Bild 2](b.png)', 'image-alt-missing').length, 3);
    });
    it('passes a describing alt text, also for a reference image', () => {
      assert.deepEqual(lines('![Karta över träffpunkterna i Sjövik](karta.png)', 'image-alt-missing'), []);
      assert.deepEqual(lines('![Karta över träffpunkterna][k]\n\n[k]: karta.png', 'image-alt-missing'), []);
    });
  });

  describe('heading-level-skipped', () => {
    it('fires on #### after ## and on ### right after the rubrik', () => {
      assert.deepEqual(lines('## Bakgrund\n\n#### Statistik\n\nText.', 'heading-level-skipped'), [
        '17:1-17:15: Rubriken är på nivå 4 (####) men rubriken före är på nivå 2; nivå 3 hoppas över. Skriv ### i stället.',
      ]);
      assert.equal(messagesOf(politikerinitiativ({ body: '### Bakgrund\n\nText.\n\n## Vi föreslår därför att\n\n- x\n' }), 'heading-level-skipped').length, 1);
    });
    it('passes levels in order, and going back up any number of levels', () => {
      assert.deepEqual(lines('## A\n\n### B\n\n#### C\n\n## D\n\n### E', 'heading-level-skipped'), []);
    });
  });

  describe('link-text-unclear', () => {
    it('fires on "här", "klicka här", "läs mer" and on a long address as its own text', () => {
      const out = lines(
        'Se [här](https://a.se/x), [Klicka här!](https://a.se/y), [läs mer](https://a.se/z) och https://www.socialstyrelsen.se/publikationer/sip.',
        'link-text-unclear',
      );
      assert.equal(out.length, 4, out.join('\n'));
      assert.match(out[0]!, /^15:4-15:25: Länktexten 'här' säger inte vart länken leder/);
      assert.match(out[3]!, /Webbadressen står som länktext/);
    });
    it('passes describing texts, a short site address and e-mail addresses', () => {
      assert.deepEqual(
        lines('Läs [Socialstyrelsens kunskapsstöd](https://a.se/x), se <https://www.finsam.se> eller skriv till <mailto:sn@sjovik.se>.', 'link-text-unclear'),
        [],
      );
    });
  });

  describe('table-header-missing', () => {
    it('fires on a first row of values, an empty first row, and a column without heading', () => {
      assert.deepEqual(lines('| 2024 | 120 |\n|---|---|\n| 2025 | 140 |', 'table-header-missing'), [
        '15:1-15:15: Tabellens första rad innehåller värden, inte rubriker. Lägg till en rad överst som säger vad varje kolumn innehåller.',
      ]);
      assert.equal(lines('|  |  |\n|---|---|\n| a | b |', 'table-header-missing').length, 1);
      assert.match(lines('| År |  |\n|---|---|\n| 2024 | 3 |', 'table-header-missing')[0]!, /Kolumn 2 saknar rubrik/);
    });
    it('passes headings, and an empty top-left cell over row labels', () => {
      assert.deepEqual(lines('| År | Planer |\n|---|---:|\n| 2024 | 120 |', 'table-header-missing'), []);
      assert.deepEqual(lines('|  | 2024 | 2025 |\n|---|---|---|\n| Planer | 1 | 2 |', 'table-header-missing'), []);
    });
  });

  describe('text-color-only', () => {
    it('fires on colour carrying meaning, at the words, and on coloured HTML', () => {
      assert.deepEqual(lines('Försenade insatser är markerade i rött, och de gröna raderna är klara.', 'text-color-only'), [
        "15:23-15:39: 'markerade i rött' låter färgen bära informationen, men färgen syns inte för alla (och inte i exporten). Skriv i ord vad färgen betyder.",
        "15:45-15:61: 'de gröna raderna' låter färgen bära informationen, men färgen syns inte för alla (och inte i exporten). Skriv i ord vad färgen betyder.",
      ]);
      assert.equal(lines('Text <span style="color: red">viktigt</span>.', 'text-color-only').length, 1);
    });
    it('passes colour words that carry no meaning of their own', () => {
      assert.deepEqual(lines('Röda korset och Gröna Lund deltar. Huset är rött.', 'text-color-only'), []);
    });
  });
});

describe('image-missing', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'arende-img-'));
    mkdirSync(path.join(dir, 'bilder'));
    writeFileSync(path.join(dir, 'bilder', 'karta med mellanslag.png'), 'x');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const check = (body: string, withFiles = true) => {
    const d = parseDraft(draft(body), { path: path.join(dir, 'utkast.md') });
    const diagnostics = checkDraft(d, withFiles ? { files: nodeFileProbe(dir) } : {}).filter((x) => x.ruleId === 'image-missing');
    return toVFile(undefined, d.text, diagnostics).messages.map((m) => `${m.fatal ? 'fel' : 'varning'} ${m.reason}`);
  };

  it('finds an existing image relative to the draft, %-escapes decoded', () => {
    assert.deepEqual(check('![Karta](bilder/karta%20med%20mellanslag.png) ![Karta](<bilder/karta med mellanslag.png>)'), []);
  });
  it('reports a missing file (error), a remote image (warning, never fetched) and a format Word cannot take', () => {
    assert.deepEqual(check('![Karta](bilder/saknas.png) ![Karta](https://example.se/karta.png) ![Karta](karta.webp)'), [
      "fel Bilden 'bilder/saknas.png' finns inte i utkastets mapp. Kontrollera filnamnet (stora och små bokstäver räknas) eller lägg bilden där.",
      "varning Bilden 'https://example.se/karta.png' ligger på webben och hämtas inte (exporten använder aldrig nätet). Spara bilden i utkastets mapp och skriv filnamnet i stället.",
      "fel Bilden 'karta.webp' har ett format som inte kan läggas in (.webp). Spara den som PNG, JPEG, GIF eller SVG.",
    ]);
  });
  it('without a file system (a browser), only what needs none is reported', () => {
    assert.equal(check('![Karta](bilder/saknas.png) ![Karta](https://example.se/k.png)', false).length, 1);
  });
});
