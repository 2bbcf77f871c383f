/**
 * The part of node:zlib that @arende/docx's zip writer uses, for the browser: raw DEFLATE from fflate
 * (the build maps `node:zlib` here). No crc32: the zip writer then uses its own table.
 */
import { deflateSync } from 'fflate';

export function deflateRawSync(data: Uint8Array, options: { level?: number } = {}): Uint8Array {
  return deflateSync(data, { level: (options.level ?? 6) as 6 });
}

export default { deflateRawSync };
