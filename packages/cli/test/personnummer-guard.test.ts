/**
 * Issue 8 §2: the CLI reads arende.config.json from the draft's folder upwards (not the working folder),
 * and export refuses a personnummer whatever the config says, unless --force is given (and then says so).
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { arende, DRAFT_WITH_PERSONNUMMER as DRAFT } from './helpers.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
const SN = 'sammantrade-socialnamnden-2026-04-22.md';

describe('personnummer guard and config resolution', () => {
  let root: string;
  let folder: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'arende-guard-'));
    folder = path.join(root, 'utskott', 'utkast');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'd.md'), DRAFT);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("takes arende.config.json from the draft's folder upwards, not from the working folder", async () => {
    writeFileSync(path.join(root, 'utskott', 'arende.config.json'), '{"regler": {"personal-data": "varning"}}');
    const fromAbove = await arende(['check', '--format', 'json', 'utskott/utkast/d.md'], root);
    const fromElsewhere = await arende(['check', '--format', 'json', path.join(folder, 'd.md')], tmpdir());
    for (const r of [fromAbove, fromElsewhere]) {
      const diagnostics = (JSON.parse(r.stdout) as { messages?: unknown[] }[]).flatMap(
        (f) => (f.messages ?? []) as { ruleId: string; severity: number | string; fatal?: boolean }[],
      );
      const pd = diagnostics.filter((d) => d.ruleId === 'personal-data');
      assert.equal(pd.length, 1);
      assert.equal(r.code, 0, 'the config makes it a warning');
    }
  });

  it('export refuses a personnummer even when the config turns personal-data off', async () => {
    writeFileSync(path.join(root, 'utskott', 'arende.config.json'), '{"regler": {"personal-data": "av"}}');
    const check = await arende(['check', 'd.md'], folder);
    assert.equal(check.code, 0, 'check follows the config');
    const refused = await arende(['export', 'd.md'], folder);
    assert.equal(refused.code, 1);
    assert.match(
      refused.stderr,
      /innehåller ett personnummer \(första på rad 13, kolumn 10: 811218-XXXX\) och exporteras inte, vad arende\.config\.json än säger/,
    );
    assert.doesNotMatch(refused.stderr, /9876/);
    assert.equal(existsSync(path.join(folder, 'd.docx')), false);
  });

  it('export --force exports and says that a personnummer goes with it', async () => {
    const forced = await arende(['export', '--force', 'd.md'], folder);
    assert.equal(forced.code, 0);
    assert.match(forced.stderr, /innehåller ett personnummer .*exporterar ändå eftersom --force angavs/);
    assert.equal(existsSync(path.join(folder, 'd.docx')), true);
  });
});

describe('the personnummer guard of the kallelse and the protokoll', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'arende-guard-mote-'));
    cpSync(EXAMPLES, dir, { recursive: true });
    // The rule turned off: check is silent, the documents for the nämnd still refuse the number.
    writeFileSync(path.join(dir, 'arende.config.json'), '{"regler": {"personal-data": "av"}}');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('agenda with drafts named refuses a draft with a personnummer, writes nothing, and --force says the number goes with it', async () => {
    writeFileSync(path.join(dir, 'd.md'), DRAFT.replace('mottagare: Socialnämnden', 'mottagare: Socialnämnden\nkommun: Sjöviks kommun'));
    const args = ['agenda', '--nämnd', 'Socialnämnden', '--datum', '2026-05-06', '--med-handlingar', 'd.md', '-o', 'k.docx'];
    const refused = await arende(args, dir);
    assert.equal(refused.code, 1, refused.stderr);
    assert.match(
      refused.stderr,
      /'d\.md' innehåller ett personnummer \(första på rad 14, kolumn 10: 811218-XXXX\) och får inte komma med i kallelsen, vad arende\.config\.json än säger\. Ta bort numret, eller använd --force\./,
    );
    assert.match(refused.stderr, /kallelsen skrevs inte/);
    assert.doesNotMatch(refused.stderr, /9876/);
    assert.equal(existsSync(path.join(dir, 'k.docx')), false);
    const forced = await arende([...args, '--force'], dir);
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(forced.stderr, /tas med ändå eftersom --force angavs\. Numret följer med i kallelsen/);
    assert.equal(existsSync(path.join(dir, 'k.docx')), true);
  });

  it('agenda and protokoll of a meeting file refuse a personnummer in a handling or in the meeting file itself', async () => {
    const handling = path.join(dir, 'tjansteskrivelse-sip-samordning.md');
    writeFileSync(handling, readFileSync(handling, 'utf8').replace(/\n## Sammanfattning\n/, '\n## Sammanfattning\n\nÄrendet gäller 811218-9876.\n'));
    const agenda = await arende(['agenda', SN, '--med-handlingar', '-o', 'k.docx'], dir);
    assert.equal(agenda.code, 1, agenda.stderr);
    assert.match(agenda.stderr, /'tjansteskrivelse-sip-samordning\.md' innehåller ett personnummer \(första på rad \d+, kolumn \d+: 811218-XXXX\)/);
    assert.equal(existsSync(path.join(dir, 'k.docx')), false);
    // The number in a yrkande of the meeting file: the protokoll would carry it.
    writeFileSync(handling, readFileSync(handling, 'utf8').replace('Ärendet gäller 811218-9876.', ''));
    const meeting = path.join(dir, SN);
    writeFileSync(meeting, readFileSync(meeting, 'utf8').replace('text: Medborgarförslaget avslås;', 'text: Medborgarförslaget (811218-9876) avslås;'));
    const protokoll = await arende(['protokoll', SN, '-o', 'p.docx'], dir);
    assert.equal(protokoll.code, 1, protokoll.stderr);
    assert.match(protokoll.stderr, new RegExp(`'${SN.replace(/\./g, '\\.')}' innehåller ett personnummer`));
    assert.match(protokoll.stderr, /protokollet skrevs inte/);
    assert.equal(existsSync(path.join(dir, 'p.docx')), false);
  });
});

describe('input is read with a size cap, from regular files only (issue 17)', () => {
  it('arende check /dev/zero says at once that it is a device, reading nothing', async function () {
    if (process.platform === 'win32') this.skip();
    const before = process.memoryUsage().rss;
    const r = await arende(['check', '/dev/zero'], tmpdir());
    assert.equal(r.code, 2);
    assert.match(r.stderr, /'\/dev\/zero' är en enhet, ingen vanlig fil; ärende läser bara vanliga filer/);
    assert.ok(process.memoryUsage().rss - before < 200 * 1024 * 1024, 'read nothing');
  });

  it('check and export of a FIFO answer at once (no blocking open), exit 2', async function () {
    if (process.platform === 'win32') this.skip();
    const dir = mkdtempSync(path.join(tmpdir(), 'arende-fifo-'));
    try {
      execFileSync('mkfifo', [path.join(dir, 'd.md')]);
      for (const args of [
        ['check', 'd.md'],
        ['check', '.'],
        ['export', 'd.md'],
        ['agenda', '--nämnd', 'SN', '--datum', '2026-05-06', 'd.md'],
      ]) {
        const r = await arende(args, dir);
        assert.equal(r.code, args[1] === '.' ? 0 : 2, `${args.join(' ')}: ${r.stderr}`);
        if (args[1] !== '.') assert.match(r.stderr, /'d\.md' är en FIFO \(namngiven rörledning\), ingen vanlig fil/, args.join(' '));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a draft beyond an input limit', () => {
  it('is not exported, even with --force, and the refusal names the limit and its place', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'arende-limit-'));
    try {
      writeFileSync(path.join(dir, 'd.md'), DRAFT.replace('Brukaren 811218–9876 fick avslag.', `${'>'.repeat(101)} Citat.`));
      const r = await arende(['export', '--force', 'd.md'], dir);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /1 utkast är större eller djupare än ärende läser; de exporteras inte, inte heller med --force/);
      assert.match(r.stderr, /d\.md:13:\d+: Raden har fler än 100 nivåer/);
      assert.equal(existsSync(path.join(dir, 'd.docx')), false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
