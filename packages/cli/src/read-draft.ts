import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
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
