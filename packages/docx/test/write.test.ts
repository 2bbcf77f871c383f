import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WriteError, lockFileNames, writeFileSafely } from '../src/node.js';

describe('writeFileSafely', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'arende-write-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names the lock files of Word (whole and shortened names) and LibreOffice', () => {
    assert.deepEqual(lockFileNames('Dokument.docx'), ['~$Dokument.docx', '~$okument.docx', '~$kument.docx', '.~lock.Dokument.docx#']);
  });

  for (const lock of ['~$kument.docx', '.~lock.Dokument.docx#']) {
    it(`refuses while ${lock} exists, and leaves the old file alone`, async () => {
      writeFileSync(path.join(dir, 'Dokument.docx'), 'gammal');
      writeFileSync(path.join(dir, lock), '');
      await assert.rejects(
        writeFileSafely(path.join(dir, 'Dokument.docx'), new Uint8Array([1])),
        (e: unknown) => e instanceof WriteError && /öppen i Word/.test(e.message),
      );
      assert.equal(readFileSync(path.join(dir, 'Dokument.docx'), 'utf8'), 'gammal');
    });
  }

  it('never writes over a protected file, also through a symbolic link', async () => {
    const draft = path.join(dir, 'utkast.docx');
    writeFileSync(draft, 'utkastet');
    symlinkSync(draft, path.join(dir, 'lank.docx'));
    for (const target of [draft, path.join(dir, 'lank.docx')]) {
      await assert.rejects(writeFileSafely(target, new Uint8Array([1]), { protect: [draft] }), /utkastet självt/);
    }
    assert.equal(readFileSync(draft, 'utf8'), 'utkastet');
  });

  it('writes through a temporary file and leaves nothing else behind', async () => {
    await writeFileSafely(path.join(dir, 'ut.docx'), new Uint8Array([80, 75]), { label: 'ut.docx' });
    assert.deepEqual(readdirSync(dir), ['ut.docx']);
  });

  it('names the target as labelled in its messages', async () => {
    await assert.rejects(writeFileSafely(path.join(dir, 'ut.txt'), new Uint8Array([1]), { label: 'ut.txt' }), /^WriteError: 'ut\.txt' slutar inte på \.docx/);
  });
});
