import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { arende } from './helpers.js';

const DRAFT = `---
typ: medborgarförslag
rubrik: Fler bänkar
mottagare: Kommunfullmäktige
avsändare:
  - namn: Kim Exempel
---

## Bakgrund

Vi vill ha fler bänkar. Äldre behöver vila!

## Jag föreslår att

- att kommunen ställer ut bänkar.
`;

describe('arende läsbarhet', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'arende-lasbarhet-'));
  writeFileSync(path.join(dir, 'forslag.md'), DRAFT);
  writeFileSync(path.join(dir, 'README.md'), '# Inget utkast\n\nDen här filen hoppas över i en mapp.\n');

  it('JSON has exactly the specified shape, counted per section', async () => {
    const r = await arende(['läsbarhet', '--format', 'json', '.'], dir);
    assert.equal(r.code, 0, r.stderr);
    // Bakgrund: "Vi vill ha fler bänkar." (5) "Äldre behöver vila!" (3); long: behöver. LIX 8/2 + 100/8 = 16.5.
    // Proposal: "att kommunen ställer ut bänkar." (5); long: kommunen, ställer. LIX 5 + 40 = 45.
    assert.deepEqual(JSON.parse(r.stdout), {
      filer: [
        {
          fil: 'forslag.md',
          avsnitt: [
            { rubrik: 'Bakgrund', rad: 9, ord: 8, meningar: 2, lix: 16.5, ovix: null, långa_meningar: 0 },
            { rubrik: 'Jag föreslår att', rad: 13, ord: 5, meningar: 1, lix: 45, ovix: null, långa_meningar: 0 },
          ],
        },
      ],
    });
  });

  it('text says the values and the verdict in Swedish; the ascii name works too', async () => {
    const r = await arende(['lasbarhet', 'forslag.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Bakgrund\s+9\s+8\s+2\s+16,5\s+mycket lätt/);
    // Whole text: 13 words, 3 sentences, 3 long (behöver, kommunen, ställer): 13/3 + 300/13 = 27.4.
    // "bänkar" twice: 12 types, OVIX ln 13 / ln(2 − ln 12 / ln 13) = 83.5.
    assert.match(r.stdout, /hela texten: 13 ord, 3 meningar, LIX 27,4, OVIX 83,5; målet är LIX högst 50/);
    assert.match(r.stdout, /Texten är lätt att läsa \(LIX 27, mycket lätt\)\./);
  });

  it('bad calls are usage errors (exit 2) with a Swedish message', async () => {
    const none = await arende(['läsbarhet'], dir);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /arende läsbarhet: ange minst en fil/);
    const format = await arende(['läsbarhet', '--format', 'xml', 'forslag.md'], dir);
    assert.equal(format.code, 2);
    assert.match(format.stderr, /okänt format 'xml'/);
    const missing = await arende(['läsbarhet', 'saknas.md'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /'saknas.md' finns inte/);
  });
});
