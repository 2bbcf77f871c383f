/**
 * A minimal deterministic zip writer (DEFLATE via Node's native zlib). fflate's JavaScript deflate
 * costs ~100 ms in a cold process for a 30-page export; zlib does the same in a few milliseconds.
 * Every entry gets the same fixed DOS date, so the bytes depend only on the content.
 */
import zlib from 'node:zlib';
import { append } from './append.js';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** zlib.crc32 exists from Node 20.15; older Node 20 releases get the table version. */
function crc32(data: Uint8Array): number {
  const native = (zlib as unknown as { crc32?: (d: Uint8Array) => number }).crc32;
  if (native) return native(data) >>> 0;
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  path: string;
  data: Uint8Array;
}

/** DOS date and time fields for `YYYY-MM-DD` at 12:00 (the same in every time zone). */
function dosDateTime(date: string): { time: number; date: number } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { time: 12 << 11, date: ((y - 1980) << 9) | (m << 5) | d };
}

/** Zips `entries` in the given order, each DEFLATE-compressed, all dated `date` (`YYYY-MM-DD`). */
export function zipEntries(entries: readonly ZipEntry[], date: string): Uint8Array {
  // Plain Uint8Array/DataView, no Buffer: the same writer runs in the browser (web/), where the
  // build maps node:zlib to a small fflate-based module.
  const stamp = dosDateTime(date);
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.path);
    const compressed = zlib.deflateRawSync(entry.data, { level: 6 });
    const crc = crc32(entry.data);
    const local = new Uint8Array(30 + name.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true); // version needed: 2.0 (deflate)
    l.setUint16(6, 0x0800, true); // flags: UTF-8 names
    l.setUint16(8, 8, true); // method: deflate
    l.setUint16(10, stamp.time, true);
    l.setUint16(12, stamp.date, true);
    l.setUint32(14, crc, true);
    l.setUint32(18, compressed.length, true);
    l.setUint32(22, entry.data.length, true);
    l.setUint16(26, name.length, true);
    l.setUint16(28, 0, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const c = new DataView(central.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true); // made by: 2.0, MS-DOS attributes
    c.setUint16(6, 20, true);
    c.setUint16(8, 0x0800, true);
    c.setUint16(10, 8, true);
    c.setUint16(12, stamp.time, true);
    c.setUint16(14, stamp.date, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, compressed.length, true);
    c.setUint32(24, entry.data.length, true);
    c.setUint16(28, name.length, true);
    // extra, comment, disk number, internal and external attributes: 0
    c.setUint32(42, offset, true);
    central.set(name, 46);
    parts.push(local, compressed);
    centrals.push(central);
    offset += local.length + compressed.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, entries.length, true);
  e.setUint16(10, entries.length, true);
  e.setUint32(12, centralSize, true);
  e.setUint32(16, offset, true);
  append(parts, centrals);
  parts.push(end);
  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
