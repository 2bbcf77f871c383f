/** Issue 8 §2: contact details typed into a name never reach the Word file's document properties. */
import assert from 'node:assert/strict';
import { parseDraft } from '@arende/core';
import { exportDraft } from '../src/index.js';
import { parts } from './helpers.js';

describe('document properties carry no contact details', () => {
  it('a namn with an e-mail address and a phone number gives an author without them', () => {
    const draft = parseDraft(
      '---\ntyp: politikerinitiativ\nrubrik: Prov (ring 070-123 45 67)\ndatum: 2026-03-02\nmottagare: SN\navsändare:\n  - namn: "Kim Prov <kim@example.se>"\n    parti: X\n  - namn: Alex Test, 08-123 456 78\n    parti: Y\n---\n\nText.\n\n## Förslag\n\n- att pröva\n',
    );
    const core = parts(exportDraft(draft))['docProps/core.xml']!;
    assert.match(core, /<dc:creator>Kim Prov, Alex Test<\/dc:creator>/);
    assert.match(core, /<cp:lastModifiedBy>Kim Prov, Alex Test<\/cp:lastModifiedBy>/);
    assert.match(core, /<dc:title>Prov \(ring\)<\/dc:title>/);
    assert.doesNotMatch(core, /example\.se|070-123|08-123/);
  });

  it('parti as a list and roll as a number export with --force instead of crashing', () => {
    const draft = parseDraft(
      '---\ntyp: politikerinitiativ\nrubrik: Prov\ndatum: 2026-03-02\nmottagare: SN\navsändare:\n  - namn: Kim\n    parti: [A, B]\n    roll: 5\n---\n\nText.\n',
    );
    assert.ok(exportDraft(draft).length > 1000);
  });
});
