/**
 * Issue 17: handlingar are read as regular files only, and only up to a size (a Markdown handling is a draft,
 * at most 1 MB; any other file at most MAX_HANDLING_BYTES, since `agenda --pdf` reads a PDF whole). A handling
 * over its cap, a folder or a FIFO is a positioned Swedish error in `check` and refuses the kallelse.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MAX_DRAFT_BYTES, MAX_HANDLING_BYTES } from '@arende/core';
import { arende } from './helpers.js';

const MEETING = (handlingar: string[]) =>
  [
    '---',
    'typ: sammanträde',
    'nämnd: Socialnämnden',
    'kommun: Sjöviks kommun',
    'datum: 2026-05-06',
    'tid: "13.00"',
    'plats: Kommunhuset',
    'ordförande: Kim Exempel',
    'sekreterare: Alex Sekreterare',
    'ärenden:',
    '  - rubrik: Delegationsbeslut',
    '    handlingar:',
    ...handlingar.map((h) => `      - ${h}`),
    '---',
    '',
  ].join('\n');

/** A sparse file of `size` bytes: takes no disk, and reading it would take the time and memory the cap saves. */
function sparse(file: string, size: number): void {
  const fd = openSync(file, 'w');
  ftruncateSync(fd, size);
  closeSync(fd);
}

describe('handlingar: regular files, up to a size (issue 17)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'arende-handlingar-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a PDF over the cap and a Markdown handling over 1 MB are errors at their line, and the kallelse is refused', async () => {
    sparse(path.join(dir, 'rapport.pdf'), MAX_HANDLING_BYTES + 1024 * 1024);
    writeFileSync(path.join(dir, 'stor.md'), `---\ntyp: tjänsteskrivelse\n---\n\n${'Text. '.repeat(MAX_DRAFT_BYTES / 6 + 100)}\n`);
    writeFileSync(path.join(dir, 'mote.md'), MEETING(['rapport.pdf', 'stor.md']));
    const check = await arende(['check', 'mote.md'], dir);
    assert.equal(check.code, 1, check.stdout + check.stderr);
    assert.match(
      check.stdout,
      /13:9-13:20 +fel +Handlingen 'rapport\.pdf' i ärende 1 är 31 MB; ärende tar med handlingar upp till 30 MB och den här läses inte\. Minska filen \(spara en PDF med lägre bildupplösning\) eller dela upp den\./,
    );
    assert.match(check.stdout, /14:9-14:16 +fel +Handlingen 'stor\.md' i ärende 1 är mer än 1 MB; ett utkast får vara högst 1 MB och handlingen läses inte\./);
    const agenda = await arende(['agenda', 'mote.md', '-o', 'kallelse.docx', '--med-handlingar'], dir);
    assert.equal(agenda.code, 1, agenda.stderr);
    assert.equal(existsSync(path.join(dir, 'kallelse.docx')), false);
    // With --force the kallelse is written, the handling listed by name and never read.
    const forced = await arende(['agenda', 'mote.md', '-o', 'kallelse.docx', '--med-handlingar', '--force'], dir);
    assert.equal(forced.code, 0, forced.stderr);
    assert.ok(existsSync(path.join(dir, 'kallelse.docx')));
  });

  it('a handling that is a folder or a FIFO says what it is, at once', async () => {
    mkdirSync(path.join(dir, 'underlag.pdf'));
    const fifo = process.platform !== 'win32';
    if (fifo) execFileSync('mkfifo', [path.join(dir, 'rör.pdf')]);
    writeFileSync(path.join(dir, 'mote.md'), MEETING(fifo ? ['underlag.pdf', 'rör.pdf'] : ['underlag.pdf']));
    const check = await arende(['check', 'mote.md'], dir);
    assert.equal(check.code, 1);
    assert.match(check.stdout, /Handlingen 'underlag\.pdf' i ärende 1 är en mapp, ingen vanlig fil, och läses inte\. Ange en vanlig fil\./);
    if (fifo) assert.match(check.stdout, /Handlingen 'rör\.pdf' i ärende 1 är en FIFO \(namngiven rörledning\), ingen vanlig fil, och läses inte\./);
  });

  it('a PDF under the cap is taken as before', async () => {
    sparse(path.join(dir, 'rapport.pdf'), 1024);
    writeFileSync(path.join(dir, 'mote.md'), MEETING(['rapport.pdf']));
    const check = await arende(['check', '--format', 'json', 'mote.md'], dir);
    const messages = (JSON.parse(check.stdout) as { messages: { ruleId?: string }[] }[])[0]!.messages;
    assert.ok(!messages.some((m) => m.ruleId === 'meeting-handling-missing'), JSON.stringify(messages));
  });
});
