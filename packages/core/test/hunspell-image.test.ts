/**
 * Hunspell restored from a memory image (src/spelling/hunspell-image.cjs) must answer exactly as Hunspell
 * loaded from the dictionary, and an image that does not belong to the dictionary, or is damaged, must not
 * be used.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const entryFile = fileURLToPath(new URL('../src/spelling/hunspell-entry.cjs', import.meta.url));
const { openHunspell } = require('../src/spelling/hunspell-image.cjs') as {
  openHunspell(o: {
    entry: unknown;
    moduleFile: string;
    aff: Uint8Array;
    dic: Uint8Array;
    imageFile?: string;
  }): Promise<{ spell(word: string): boolean; from: string }>;
};
const entry = require(entryFile);
const dictionaryDir = path.dirname(require.resolve('dictionary-sv'));
const aff = readFileSync(path.join(dictionaryDir, 'index.aff'));
const dic = readFileSync(path.join(dictionaryDir, 'index.dic'));
const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Every word in the examples and templates, and some that are misspelt. */
function words(): string[] {
  const found = new Set<string>(['Socialnämden', 'kommunenn', 'bosstad', 'xqzjvkw', 'socialnämndsbeslutet', 'Äldreomsorgen', 'ÅTGÄRD']);
  for (const dir of ['examples', 'templates']) {
    for (const name of readdirSync(path.join(root, dir))) {
      if (!name.endsWith('.md')) continue;
      for (const w of readFileSync(path.join(root, dir, name), 'utf8').split(/[^\p{L}]+/u)) if (w) found.add(w);
    }
  }
  return [...found];
}

describe('Hunspell from a memory image', function () {
  this.timeout(60_000);
  let dir: string;
  let image: string;
  let list: string[];
  let expected: boolean[];

  // Each instance of the Emscripten runtime adds a listener for uncaught exceptions; these tests make many.
  const listeners = process.getMaxListeners();
  before(async () => {
    process.setMaxListeners(100);
    dir = mkdtempSync(path.join(tmpdir(), 'arende-hunspell-image-'));
    image = path.join(dir, 'hunspell-sv.image');
    list = words();
    const plain = await openHunspell({ entry, moduleFile: entryFile, aff, dic });
    assert.equal(plain.from, 'dictionary');
    expected = list.map(plain.spell);
    assert.ok(list.length > 1000, `${list.length} words`);
    assert.ok(expected.includes(false) && expected.includes(true));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    process.setMaxListeners(listeners);
  });

  it('is written on the first load and used on the next, with the same answer for every word', async () => {
    const first = await openHunspell({ entry, moduleFile: entryFile, aff, dic, imageFile: image });
    assert.equal(first.from, 'dictionary+image');
    // Only pages that are not all zeros are stored: well under the 16 MB of memory.
    assert.ok(statSync(image).size < 14e6, `${statSync(image).size} bytes`);
    assert.deepEqual(list.map(first.spell), expected);
    const again = await openHunspell({ entry, moduleFile: entryFile, aff, dic, imageFile: image });
    assert.equal(again.from, 'image');
    assert.deepEqual(list.map(again.spell), expected);
    assert.equal(again.spell('socialnämndsbeslutet'), true);
    assert.equal(again.spell('Socialnämden'), false);
  });

  it('is not used with another dictionary: that one is read, and the image made anew for it', async () => {
    const other = Buffer.from(`${dic.toString('utf8').replace(/^(\d+)/, (n) => String(Number(n) + 1))}\nZyxqelborg\n`);
    const opened = await openHunspell({ entry, moduleFile: entryFile, aff, dic: other, imageFile: image });
    assert.equal(opened.from, 'dictionary+image');
    assert.equal(opened.spell('Zyxqelborg'), true);
    // And back: the image now belongs to the other dictionary, so the shipped one is read again.
    const back = await openHunspell({ entry, moduleFile: entryFile, aff, dic, imageFile: image });
    assert.equal(back.from, 'dictionary+image');
    assert.equal(back.spell('Zyxqelborg'), false);
  });

  it('is not used when it is cut short or is not an image, and is then written whole', async () => {
    await openHunspell({ entry, moduleFile: entryFile, aff, dic, imageFile: image });
    truncateSync(image, statSync(image).size - 5000);
    const cut = await openHunspell({ entry, moduleFile: entryFile, aff, dic, imageFile: image });
    assert.equal(cut.from, 'dictionary+image');
    assert.deepEqual(list.map(cut.spell), expected);
    writeFileSync(image, 'inte en minnesbild');
    const junk = await openHunspell({ entry, moduleFile: entryFile, aff, dic, imageFile: image });
    assert.equal(junk.from, 'dictionary+image');
    assert.equal((await openHunspell({ entry, moduleFile: entryFile, aff, dic, imageFile: image })).from, 'image');
  });

  it('is not used after a change in the image that shows in the probe words', async () => {
    const copy = path.join(dir, 'copy.image');
    copyFileSync(image, copy);
    const bytes = readFileSync(copy);
    // Zero the stored memory (after the header): Hunspell's tables are gone, the probes answer otherwise.
    bytes.fill(0, bytes.length - 6_000_000);
    writeFileSync(copy, bytes);
    const opened = await openHunspell({ entry, moduleFile: entryFile, aff, dic, imageFile: copy });
    assert.equal(opened.from, 'dictionary+image');
    assert.deepEqual(list.map(opened.spell), expected);
  });

  it('is not written where it cannot be, and Hunspell still works', async () => {
    const opened = await openHunspell({ entry, moduleFile: entryFile, aff, dic, imageFile: path.join(dir, 'no-such-folder', 'x.image') });
    assert.equal(opened.from, 'dictionary');
    assert.equal(opened.spell('socialnämndsbeslutet'), true);
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith('.tmp')),
      [],
    );
  });
});
