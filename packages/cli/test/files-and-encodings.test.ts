import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { arende } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const tmp = () => mkdtempSync(path.join(tmpdir(), 'arende-files-'));
const example = readFileSync(path.join(root, 'examples/politikerinitiativ-sip-samordning.md'), 'utf8');
/** A draft with a fixable problem (a misspelt key) and å, ä, ö all through it. */
const fixable = example.replace('avsändare:', 'avsandare:');

/** A process number that is certainly not running (a child that has exited). */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('arende check: encodings and line endings', () => {
  const cases: [string, Buffer, RegExp][] = [
    [
      'Windows-1252 (Latin-1)',
      Buffer.from(fixable, 'latin1'),
      /inte sparad som UTF-8 utan troligen som Windows-1252 \(Latin-1\): byten 0x[0-9A-F]{2} på rad \d+, kolumn \d+ \('[åäöÅÄÖé§–]'\)/,
    ],
    [
      'UTF-16 LE with a byte-order mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixable, 'utf16le')]),
      /sparad som UTF-16 LE \("Unicode"\), inte som UTF-8/,
    ],
    ['UTF-16 LE without a byte-order mark', Buffer.from(fixable, 'utf16le'), /sparad som UTF-16 LE/],
    ['UTF-16 BE', Buffer.from(fixable, 'utf16le').swap16(), /sparad som UTF-16 BE/],
  ];
  for (const [name, bytes, message] of cases) {
    it(`${name}: one error saying so and how to save as UTF-8; --fix leaves the file byte for byte; export refuses even with --force`, async () => {
      const dir = tmp();
      writeFileSync(path.join(dir, 'a.md'), bytes);
      const r = await arende(['check', '--format', 'json', 'a.md'], dir);
      assert.equal(r.code, 1);
      const messages = JSON.parse(r.stdout)[0].messages;
      assert.equal(messages.length, 1, JSON.stringify(messages));
      assert.equal(messages[0].ruleId, 'file-encoding');
      assert.match(messages[0].reason, message);
      assert.match(messages[0].reason, /Spara med kodning' → 'UTF-8'/);

      const fix = await arende(['check', '--fix', 'a.md'], dir);
      assert.equal(fix.code, 1);
      assert.match(fix.stderr, /'a\.md' är inte sparad som UTF-8 och rättas inte; filen är orörd/);
      assert.deepEqual(readFileSync(path.join(dir, 'a.md')), bytes);

      const exp = await arende(['export', '--force', 'a.md'], dir);
      assert.equal(exp.code, 1);
      assert.match(exp.stderr, /inte heller med --force/);
      assert.match(exp.stderr, /a\.md:\d+:\d+: Filen är (inte )?sparad som/);
      assert.deepEqual(readdirSync(dir), ['a.md']);
    });
  }

  it('a folder: a non-UTF-8 draft is reported, not skipped', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a.md'), Buffer.from(fixable, 'latin1'));
    const r = await arende(['check', '.'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /a\.md[\s\S]*Windows-1252/);
  });

  it('CR-only line endings (old Mac files) are line breaks: the draft checks as with LF, and --fix keeps CR', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'lf.md'), fixable);
    writeFileSync(path.join(dir, 'cr.md'), fixable.replace(/\n/g, '\r'));
    const lf = JSON.parse((await arende(['check', '--format', 'json', 'lf.md'], dir)).stdout)[0].messages;
    const cr = JSON.parse((await arende(['check', '--format', 'json', 'cr.md'], dir)).stdout)[0].messages;
    const shape = (ms: { ruleId: string; line: number; column: number; reason: string }[]) => ms.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.reason}`);
    assert.deepEqual(shape(cr), shape(lf));
    assert.ok(cr.some((m: { ruleId: string }) => m.ruleId === 'frontmatter-unknown-key'));
    await arende(['check', '--fix', 'cr.md'], dir);
    await arende(['check', '--fix', 'lf.md'], dir);
    const fixedLf = readFileSync(path.join(dir, 'lf.md'), 'utf8');
    assert.match(fixedLf, /\navsändare:\n/);
    assert.equal(readFileSync(path.join(dir, 'cr.md'), 'utf8'), fixedLf.replace(/\n/g, '\r'));
  });
});

describe('arende check --fix and export: paths', () => {
  it('--fix through a symbolic link fixes the file it points to and keeps the link', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'riktig.md'), fixable);
    symlinkSync('riktig.md', path.join(dir, 'lank.md'));
    const r = await arende(['check', '--fix', 'lank.md'], dir);
    assert.match(r.stderr, /Rättade/);
    assert.ok(lstatSync(path.join(dir, 'lank.md')).isSymbolicLink());
    assert.equal(readlinkSync(path.join(dir, 'lank.md')), 'riktig.md');
    assert.match(readFileSync(path.join(dir, 'riktig.md'), 'utf8'), /\navsändare:\n/);
  });

  it('--fix keeps the file permissions', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a.md'), fixable);
    chmodSync(path.join(dir, 'a.md'), 0o640);
    await arende(['check', '--fix', 'a.md'], dir);
    assert.equal(statSync(path.join(dir, 'a.md')).mode & 0o777, 0o640);
  });

  it('a 250-byte file name exports and is fixed (the temporary name does not overflow NAME_MAX)', async () => {
    const dir = tmp();
    const name = `${'å'.repeat(110)}${'a'.repeat(27)}.md`;
    assert.equal(Buffer.byteLength(name), 250);
    writeFileSync(path.join(dir, name), example);
    const r = await arende(['export', name], dir);
    assert.equal(r.code, 0, r.stderr);
    const docx = name.replace(/\.md$/, '.docx');
    assert.equal(readFileSync(path.join(dir, docx)).subarray(0, 2).toString(), 'PK');
    writeFileSync(path.join(dir, name), fixable);
    assert.match((await arende(['check', '--fix', name], dir)).stderr, /Rättade \d+ problem/);
    assert.deepEqual(readdirSync(dir).sort(), [docx, name].sort());
  });

  it('re-exporting keeps the existing file permissions', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a.md'), example);
    assert.equal((await arende(['export', 'a.md'], dir)).code, 0);
    chmodSync(path.join(dir, 'a.docx'), 0o600);
    assert.equal((await arende(['export', 'a.md'], dir)).code, 0);
    assert.equal(statSync(path.join(dir, 'a.docx')).mode & 0o777, 0o600);
  });

  it("temporary files left by a killed run are removed by the next; a running one's are kept", async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a.md'), example);
    const dead = deadPid();
    const stale = [`.arende-${dead}-0a1b2c.tmp`, `.a.docx.${dead}.tmp`, `.a.md.arende-${dead}.tmp`];
    const live = `.arende-${process.ppid}-0a1b2c.tmp`;
    for (const f of [...stale, live]) writeFileSync(path.join(dir, f), 'halvskriven');
    assert.equal((await arende(['export', 'a.md'], dir)).code, 0);
    assert.deepEqual(readdirSync(dir).sort(), [live, 'a.docx', 'a.md'].sort());
  });

  it('an output path that is a dangling symbolic link: the export is written where it points, the link kept', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a.md'), example);
    symlinkSync('mål.docx', path.join(dir, 'ut.docx'));
    const r = await arende(['export', 'a.md', '-o', 'ut.docx'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(lstatSync(path.join(dir, 'ut.docx')).isSymbolicLink());
    assert.equal(readFileSync(path.join(dir, 'mål.docx')).subarray(0, 2).toString(), 'PK');
    symlinkSync('saknad-mapp/x.docx', path.join(dir, 'trasig.docx'));
    const bad = await arende(['export', 'a.md', '-o', 'trasig.docx'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /pekar på .*saknad-mapp.*men mappen .* finns inte/);
  });
});
