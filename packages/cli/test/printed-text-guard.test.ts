/**
 * Issue 17 §1 through the CLI: a personnummer the Markdown or YAML source hides (core's printed-text forms)
 * is refused by export, by the kallelse (agenda) and by the protokoll and its utdrag, whatever the config
 * says, with nothing written.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { arende, DRAFT_WITH_PERSONNUMMER } from './helpers.js';
import { PRINTED_FORMS } from '../../core/test/printed-forms.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
const SN = 'sammantrade-socialnamnden-2026-04-22.md';
/** A clean draft; each form's body (or header) replaces the line with the number. */
const CLEAN = DRAFT_WITH_PERSONNUMMER.replace('Brukaren 811218–9876 fick avslag.', 'BODY').replace(
  'mottagare: Socialnämnden',
  'mottagare: Socialnämnden\nkommun: Sjöviks kommun',
);

/** The draft with the form put in: a header form replaces the rubrik, a body form the text. */
function draftWith(form: string): string {
  const header = /^---\ntyp: motion\nrubrik: ([\s\S]*?)\n---\n/.exec(form);
  if (header && !form.includes('Om en fråga')) return CLEAN.replace('rubrik: Prov', `rubrik: ${header[1]}`).replace('BODY', 'Text.');
  return CLEAN.replace('BODY', `Brukaren fick avslag.\n\n${form.replace(/^---[\s\S]*?\n---\n\n/, '')}`);
}

describe('printed-text guard through the CLI (issue 17)', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'arende-printed-'));
    cpSync(EXAMPLES, dir, { recursive: true });
    writeFileSync(path.join(dir, 'arende.config.json'), '{"regler": {"personal-data": "av"}}');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  PRINTED_FORMS.forEach(([form, text], i) => {
    it(`export and agenda refuse: ${form}`, async () => {
      const file = `f${i}.md`;
      writeFileSync(path.join(dir, file), draftWith(text));
      const exported = await arende(['export', file, '-o', `f${i}.docx`], dir);
      assert.equal(exported.code, 1, exported.stderr);
      assert.match(exported.stderr, /innehåller ett personnummer \(första på rad \d+, kolumn \d+: (19)?811218-XXXX\) och exporteras inte/);
      assert.doesNotMatch(exported.stderr, /9876/);
      assert.equal(existsSync(path.join(dir, `f${i}.docx`)), false);
      const agenda = await arende(['agenda', '--nämnd', 'Socialnämnden', '--datum', '2026-05-06', '--med-handlingar', file, '-o', `k${i}.docx`], dir);
      assert.equal(agenda.code, 1, agenda.stderr);
      assert.match(agenda.stderr, /får inte komma med i kallelsen/);
      assert.equal(existsSync(path.join(dir, `k${i}.docx`)), false);
    });
  });

  for (const [what, from, to] of [
    ['YAML escape in a yrkande', 'text: Medborgarförslaget avslås;', 'text: "Medborgarförslaget (8\\u00311218-9876) avslås;'],
    ['YAML escape in a reservation', 'text: till förmån för eget yrkande.', 'text: "till förmån för eget yrkande, 8\\u00311218-9876."'],
  ] as const) {
    it(`protokoll and utdrag refuse a ${what} of the meeting file`, async () => {
      const meeting = path.join(dir, SN);
      const original = readFileSync(meeting, 'utf8');
      try {
        let changed = original.replace(from, to);
        // The yrkande's text runs on after "avslås;": close the quoted string at the line's end.
        if (what.includes('yrkande')) changed = changed.replace(/(avslås;[^\n]*)/, '$1"');
        assert.notEqual(changed, original);
        writeFileSync(meeting, changed);
        const check = await arende(['check', '--regel', 'frontmatter-yaml', SN], dir);
        assert.doesNotMatch(check.stdout, /frontmatter-yaml/, check.stdout);
        const protokoll = await arende(['protokoll', SN, '-o', 'p.docx'], dir);
        assert.equal(protokoll.code, 1, protokoll.stderr);
        assert.match(protokoll.stderr, /innehåller ett personnummer .*811218-XXXX/);
        assert.match(protokoll.stderr, /protokollet skrevs inte/);
        assert.equal(existsSync(path.join(dir, 'p.docx')), false);
        const utdrag = await arende(['protokoll', SN, '--utdrag', '1', '-o', 'u.docx'], dir);
        assert.equal(utdrag.code, 1, utdrag.stderr);
        assert.equal(existsSync(path.join(dir, 'u.docx')), false);
      } finally {
        writeFileSync(meeting, original);
      }
    });
  }
});
