// Hunspell from a memory image. Reading the Swedish dictionary (Hunspell_create over a 2.3 MB .dic) takes
// about 170 ms, and a short `arende check` waited for it. What it leaves is Hunspell's state in the
// WebAssembly memory, and one pointer to it. So after a first load the memory is saved to a file (the
// image), and later runs copy it back into a fresh instance: ~25 ms instead of ~170. (Wizer does the same
// for WebAssembly in general.)
//
// The image is a cache, never the dictionary: it is keyed by the SHA-256 of the Hunspell module and of
// the two dictionary files, so a replaced dictionary (it is LGPL and replaceable on purpose) or another
// Hunspell is loaded from its files and a new image made. An image that does not fit, cannot be read
// or gives other answers than Hunspell gave when it was made is not used. Only pages that are not all
// zeros are stored (about 60 % of the 16 MB).
//
// CommonJS, like speller-thread.cjs, which requires it; the build copies both beside the bundle.
'use strict';
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const v8 = require('node:v8');
const { threadId } = require('node:worker_threads');

const MAGIC = Buffer.from('ARENDE-HUNSPELL-IMAGE-1\n', 'latin1');
const PAGE = 4096;
// Words whose answers are stored in the image and asked again after a restore: a copy that went wrong
// shows there, and then the dictionary is read instead.
const PROBES = ['och', 'kommunfullmäktige', 'socialnämndsbeslut', 'xqzjvkw', 'nämnd', 'ärendet'];

/** The cache key: the Hunspell module and both dictionary files, each with its length. */
function imageKey(moduleFile, aff, dic) {
  const hash = createHash('sha256');
  for (const part of [fs.readFileSync(moduleFile), aff, dic]) {
    const length = Buffer.alloc(8);
    length.writeBigUInt64LE(BigInt(part.length));
    hash.update(length).update(part);
  }
  return hash.digest();
}

/** Hunspell's spell over the handle `handle` of runtime `m`, as hunspell-asm asks it (the word NFC). */
function speller(m, handle) {
  const spell = m.cwrap('Hunspell_spell', 'number', ['number', 'number']);
  return (word) => {
    const pointer = m.allocateUTF8(word.normalize());
    try {
      return spell(handle, pointer) !== 0;
    } finally {
      m._free(pointer);
    }
  };
}

/** The runs of pages in bytes[0, size) that are not all zeros, as [offset, length] pairs. */
function nonZeroRuns(bytes, size) {
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, size / 4);
  const runs = [];
  let start = -1;
  for (let page = 0; page < size; page += PAGE) {
    let zero = true;
    for (let i = page / 4, end = (page + PAGE) / 4; i < end; i++) {
      if (words[i] !== 0) {
        zero = false;
        break;
      }
    }
    if (!zero && start < 0) start = page;
    if (zero && start >= 0) {
      runs.push([start, page - start]);
      start = -1;
    }
  }
  if (start >= 0) runs.push([start, size - start]);
  return runs;
}

/**
 * Header: MAGIC, key (32), handle, memory size, stack pointer, probe answers (bit i for PROBES[i]), number
 * of runs (u32 each, little-endian); then each run's offset and length; then the runs' bytes in order.
 */
function writeImage(file, key, m, handle, probeBits) {
  const size = m.HEAPU8.length;
  const runs = nonZeroRuns(m.HEAPU8, size);
  const head = Buffer.alloc(MAGIC.length + 32 + 20 + runs.length * 8);
  MAGIC.copy(head, 0);
  key.copy(head, MAGIC.length);
  let at = MAGIC.length + 32;
  for (const n of [handle, size, m.stackSave(), probeBits, runs.length]) at = head.writeUInt32LE(n >>> 0, at);
  for (const [offset, length] of runs) at = head.writeUInt32LE(length, head.writeUInt32LE(offset, at));
  const temp = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeSync(fd, head);
      for (const [offset, length] of runs) fs.writeSync(fd, m.HEAPU8, offset, length);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
    return true;
  } catch {
    fs.rmSync(temp, { force: true });
    return false;
  }
}

function probeBitsOf(spell) {
  return PROBES.reduce((bits, word, i) => (spell(word) ? bits | (1 << i) : bits), 0);
}

/** The image's header and run table when `file` is an image made with `key`; undefined otherwise. */
function readHeader(file, key) {
  let fd;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const fixed = Buffer.alloc(MAGIC.length + 32 + 20);
    if (fs.readSync(fd, fixed, 0, fixed.length, 0) !== fixed.length) throw new Error();
    if (!fixed.subarray(0, MAGIC.length).equals(MAGIC) || !fixed.subarray(MAGIC.length, MAGIC.length + 32).equals(key)) throw new Error();
    const [handle, size, stack, probeBits, count] = [0, 1, 2, 3, 4].map((i) => fixed.readUInt32LE(MAGIC.length + 32 + 4 * i));
    if (size % PAGE !== 0 || size > 1 << 30 || count > size / PAGE) throw new Error();
    const table = Buffer.alloc(count * 8);
    if (fs.readSync(fd, table, 0, table.length, fixed.length) !== table.length) throw new Error();
    const runs = [];
    let end = 0;
    for (let i = 0; i < count; i++) {
      const offset = table.readUInt32LE(8 * i);
      const length = table.readUInt32LE(8 * i + 4);
      if (offset < end || length === 0 || offset + length > size) throw new Error();
      runs.push([offset, length]);
      end = offset + length;
    }
    return { fd, handle, size, stack, probeBits, runs, data: fixed.length + table.length };
  } catch {
    fs.closeSync(fd);
    return undefined;
  }
}

/** Copies the image into the fresh runtime `m` and closes it; the handle, or undefined when the copy is not usable. */
function restore(image, m) {
  const { fd, handle, size, stack, probeBits, runs } = image;
  try {
    if (m.stackSave() >>> 0 !== stack) return undefined;
    // Memory the fresh instance has written: its data, stack and first allocations, all below where
    // malloc hands out a large block (dlmalloc takes it from the top: nothing above it was touched). The
    // same call grows the memory to the image's size, through Emscripten, which renews its views.
    const block = m._malloc(Math.max(size - m.HEAPU8.length, 1 << 20));
    if (block === 0) return undefined;
    m._free(block);
    const written = block + PAGE;
    if (m.HEAPU8.length < size) return undefined;
    let at = image.data;
    let zeroFrom = 0;
    for (const [offset, length] of runs) {
      if (zeroFrom < Math.min(offset, written)) m.HEAPU8.fill(0, zeroFrom, Math.min(offset, written));
      if (fs.readSync(fd, m.HEAPU8, offset, length, at) !== length) return undefined;
      at += length;
      zeroFrom = offset + length;
    }
    if (zeroFrom < written) m.HEAPU8.fill(0, zeroFrom, Math.min(written, m.HEAPU8.length));
    if (probeBitsOf(speller(m, handle)) !== probeBits) return undefined;
    return handle;
  } catch {
    return undefined;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Hunspell with the dictionary `aff` + `dic`, from the image `imageFile` when it fits, else from the
 * files (and then the image is written, where that can be done). `entry`: the loaded hunspell-entry.cjs
 * (or the bundle made from it), `moduleFile` its path. Returns `{ spell(word): boolean, from }`, where
 * `from` says how it was loaded ('image', 'dictionary', 'dictionary+image').
 */
async function openHunspell({ entry, moduleFile, aff, dic, imageFile }) {
  const key = imageFile ? imageKey(moduleFile, aff, dic) : undefined;
  const image = key && readHeader(imageFile, key);
  if (image) {
    // Restored, Hunspell only looks words up: V8's first-tier code does that well enough, and compiling
    // its optimised code on helper threads would hold up the end of the process (V8 finishes that work
    // before the process may exit: ~60 ms of a one-file `arende check`). The flag is global, but only
    // WebAssembly reads it, and the CLI runs no other.
    v8.setFlagsFromString('--liftoff-only');
    const { module: m } = await entry.loadRuntime();
    const handle = restore(image, m);
    if (handle !== undefined) return { spell: speller(m, handle), from: 'image' };
  }
  // A fresh runtime: a failed restore may have left anything in the first one's memory.
  const { module: m } = await entry.loadRuntime();
  m.FS.writeFile('/sv.aff', aff);
  m.FS.writeFile('/sv.dic', dic);
  const create = m.cwrap('Hunspell_create', 'number', ['string', 'string']);
  const handle = create('/sv.aff', '/sv.dic');
  // Emscripten's file system keeps the files' bytes in JavaScript: not needed once Hunspell has read them.
  m.FS.unlink('/sv.aff');
  m.FS.unlink('/sv.dic');
  const spell = speller(m, handle);
  const written = key ? writeImage(imageFile, key, m, handle, probeBitsOf(spell)) : false;
  return { spell, from: written ? 'dictionary+image' : 'dictionary' };
}

module.exports = { openHunspell };
