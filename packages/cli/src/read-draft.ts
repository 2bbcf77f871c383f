import { closeSync, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { decodeDraft, MAX_DRAFT_BYTES, sizeLimitProblem, type DecodedDraft } from '@arende/core';

/**
 * Reads a draft file: the one place the CLI reads drafts from disk (check, --fix, export, agenda).
 * The bytes are decoded by core's decodeDraft: a file that is not UTF-8 comes back with one problem
 * saying which encoding it has and how to save it as UTF-8, and must then not be fixed or exported.
 * At most MAX_DRAFT_BYTES are read (issue 8): a larger file, or a device that never ends (/dev/zero),
 * comes back as one problem naming the limit, without reading the rest.
 * Throws the file system's error (ENOENT, EACCES, EISDIR, …) for the caller to put into words.
 */
export function readDraftFile(file: string): DecodedDraft {
  // Stat before opening (issue 17): opening a FIFO blocks until someone writes to it, and a device never
  // ends. Only a regular file is read; anything else is a clear error at once.
  const stats = statSync(file);
  if (!stats.isFile() && !stats.isDirectory()) throw new NotRegularFile(file, stats);
  const fd = openSync(file, 'r');
  try {
    const info = fstatSync(fd);
    if (info.isFile() && info.size > MAX_DRAFT_BYTES) return { text: '', problem: sizeLimitProblem(info.size) };
    // Read one byte more than the limit: whether there is more is all that is needed.
    const buffer = Buffer.alloc(info.isFile() ? info.size + 1 : MAX_DRAFT_BYTES + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) {
        if (length > MAX_DRAFT_BYTES) return { text: '', problem: sizeLimitProblem(length, true) };
        break;
      }
    }
    return decodeDraft(buffer.subarray(0, length));
  } finally {
    closeSync(fd);
  }
}

/** What a path that is no regular file is, in Swedish ("en FIFO (namngiven rörledning)"). */
export function whatFileIs(stats: Stats): string {
  if (stats.isFIFO()) return 'en FIFO (namngiven rörledning)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'en enhet';
  if (stats.isSocket()) return 'ett uttag (socket)';
  if (stats.isDirectory()) return 'en mapp';
  return 'ingen vanlig fil';
}

/** A path to a FIFO, a device or a socket: ärende reads regular files only (issue 17). */
export class NotRegularFile extends Error {
  readonly code = 'ENOTREG';
  constructor(file: string, stats: Stats) {
    super(`'${file}' är ${whatFileIs(stats)}, ingen vanlig fil; ärende läser bara vanliga filer. Spara texten i en fil och ange den.`);
  }
}
