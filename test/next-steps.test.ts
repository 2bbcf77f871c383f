/**
 * The closing note of an exported medborgarförslag (what happens next), read back with python-docx:
 * there by default, under a real heading, left out with nextSteps: false, and never in other kinds.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MEDBORGARFORSLAG_NEXT_STEPS, parseConfig } from '../packages/core/src/index.js';
import { exportDraft } from '../packages/docx/src/index.js';
import { loadDraft } from '../packages/docx/test/helpers.js';

/** Paragraphs as "style|text" lines, as python-docx reads them. */
function docxParagraphs(bytes: Uint8Array): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'arende-next-steps-'));
  try {
    const file = path.join(dir, 'x.docx');
    writeFileSync(file, bytes);
    const script = 'import sys, docx\nfor p in docx.Document(sys.argv[1]).paragraphs: print(f"{p.style.name}|{p.text}")';
    return execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }).split('\n').filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the closing note of a medborgarförslag', function () {
  this.timeout(60_000);
  it('ends the Word file under its own heading, with the law it rests on', () => {
    const paras = docxParagraphs(exportDraft(loadDraft('medborgarforslag-kontakt.md')));
    const at = paras.findIndex((p) => p.endsWith(`|${MEDBORGARFORSLAG_NEXT_STEPS.heading}`));
    assert.ok(at > 0, paras.join('\n'));
    assert.match(paras[at]!, /^(Heading 2|Rubrik 2)\|/);
    const after = paras.slice(at + 1).map((p) => p.split('|').slice(1).join('|'));
    assert.deepEqual(after, [...MEDBORGARFORSLAG_NEXT_STEPS.items]);
    const text = after.join(' ');
    for (const part of [
      'registrator',
      'kommunstyrelsen',
      'folkbokförd',
      '8 kap. 1 § kommunallagen',
      'inom ett år',
      '5 kap. 35 § kommunallagen',
      'diarienummer',
    ])
      assert.ok(text.includes(part), part);
  });

  it('is left out with nextSteps: false ("nästa_steg": false in the config), and other kinds never have it', () => {
    assert.ok(!docxParagraphs(exportDraft(loadDraft('medborgarforslag-kontakt.md'), { nextSteps: false })).some((p) => p.includes('Så går det till sedan')));
    assert.ok(!docxParagraphs(exportDraft(loadDraft('rich-politikerinitiativ.md'))).some((p) => p.includes('Så går det till sedan')));
    assert.equal(parseConfig('{"nästa_steg": false}').nästa_steg, false);
    assert.throws(() => parseConfig('{"nästa_steg": "nej"}'), /"nästa_steg" ska vara true eller false/);
  });
});
