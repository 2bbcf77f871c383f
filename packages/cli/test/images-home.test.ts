/**
 * Issue 17 §3 and §6 through the CLI: images stay in the draft's folder, are read only as regular files of
 * bounded size, are decoded far enough to refuse a decompression bomb, and an SVG with a script is refused.
 * Export refuses each even with --force, and writes nothing.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { arende, DRAFT_WITH_PERSONNUMMER } from './helpers.js';

/** A PNG header of the given size (enough for the export's size reading). */
function png(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.set([8, 6, 0, 0, 0], 16);
  const iend = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), ihdr, iend]);
}

const draftWith = (url: string) =>
  DRAFT_WITH_PERSONNUMMER.replace('Brukaren 811218–9876 fick avslag.', `Brukaren fick avslag.\n\n![Karta över området](${url})`);

describe('images stay home (issue 17)', () => {
  let root: string;
  let dir: string;
  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'arende-img-'));
    dir = path.join(root, 'utkast');
    mkdirSync(path.join(dir, 'bilder'), { recursive: true });
    writeFileSync(path.join(root, 'hemlig.png'), png(10, 10));
    writeFileSync(path.join(dir, 'bilder', 'karta.png'), png(10, 10));
    symlinkSync(path.join(root, 'hemlig.png'), path.join(dir, 'lank.png'));
    symlinkSync('/dev/zero', path.join(dir, 'noll.png'));
    writeFileSync(path.join(dir, 'tom.png'), '');
    writeFileSync(path.join(dir, 'bomb.png'), png(100_000, 100_000));
    writeFileSync(path.join(dir, 'skript.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    writeFileSync(path.join(dir, 'doctype.svg'), '<!DOCTYPE svg [<!ENTITY a "b">]><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    writeFileSync(path.join(dir, 'extern.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="file:///etc/passwd"/></svg>');
    if (process.platform !== 'win32') execFileSync('mkfifo', [path.join(dir, 'fifo.png')]);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('a picture in the folder is no problem and is exported', async () => {
    writeFileSync(path.join(dir, 'ok.md'), draftWith('bilder/karta.png'));
    const check = await arende(['check', 'ok.md'], dir);
    assert.doesNotMatch(check.stdout, /image-/);
    const exported = await arende(['export', 'ok.md'], dir);
    assert.equal(exported.code, 0, exported.stderr);
  });

  for (const [what, url] of [
    ['../ out of the folder', '../hemlig.png'],
    ['an absolute path', () => path.join(root, 'hemlig.png')],
    ['a file: address', () => `file://${path.join(root, 'hemlig.png')}`],
    ['a symbolic link out of the folder', 'lank.png'],
    ['a symbolic link to /dev/zero', 'noll.png'],
  ] as const) {
    it(`${what}: image-outside-folder in check, export refuses even with --force`, async () => {
      const file = `d-${what.replace(/\W+/g, '-')}.md`;
      writeFileSync(path.join(dir, file), draftWith(typeof url === 'function' ? url() : url));
      const check = await arende(['check', file], dir);
      assert.equal(check.code, 1);
      assert.match(check.stdout, /ligger utanför utkastets mapp.*image-outside-folder/s);
      const out = `${file}.docx`;
      const exported = await arende(['export', '--force', file, '-o', out], dir);
      assert.equal(exported.code, 2, exported.stderr);
      assert.match(exported.stderr, /ligger utanför utkastets mapp och läggs inte in, inte heller med --force/);
      assert.equal(existsSync(path.join(dir, out)), false);
    });
  }

  for (const [what, url, checkSays, exportSays] of [
    ['a FIFO', 'fifo.png', /är ingen vanlig fil/, /är ingen vanlig fil/],
    ['an empty file', 'tom.png', /är tom \(0 byte\)/, /är tom/],
    ['a decompression bomb (100,000 × 100,000 pixels)', 'bomb.png', null, /100000 × 100000 bildpunkter.*megapixel/],
    ['an SVG with a script', 'skript.svg', null, /SVG med ett skript/],
    ['an SVG with a DOCTYPE', 'doctype.svg', null, /SVG med en DOCTYPE/],
    ['an SVG with an external reference', 'extern.svg', null, /SVG med en extern referens/],
  ] as const) {
    it(`${what}: ${checkSays ? 'image-missing in check, ' : ''}export refuses even with --force, at once`, async function () {
      if (url === 'fifo.png' && process.platform === 'win32') this.skip();
      const file = `${url}.md`;
      writeFileSync(path.join(dir, file), draftWith(url));
      if (checkSays) {
        const check = await arende(['check', file], dir);
        assert.equal(check.code, 1);
        assert.match(check.stdout, checkSays);
        assert.match(check.stdout, /image-missing/);
      }
      const out = `${url}.docx`;
      const exported = await arende(['export', '--force', file, '-o', out], dir);
      assert.equal(exported.code, 2, exported.stderr);
      assert.match(exported.stderr, exportSays);
      assert.equal(existsSync(path.join(dir, out)), false);
    });
  }
});
