import { readFileSync } from 'node:fs';
import { decodeDraft, type DecodedDraft } from '@arende/core';

/**
 * Reads a draft file: the one place the CLI reads drafts from disk (check, --fix, export, agenda).
 * The bytes are decoded by core's decodeDraft: a file that is not UTF-8 comes back with one problem
 * saying which encoding it has and how to save it as UTF-8, and must then not be fixed or exported.
 * Throws the file system's error (ENOENT, EACCES, EISDIR, …) for the caller to put into words.
 */
export function readDraftFile(file: string): DecodedDraft {
  return decodeDraft(readFileSync(file));
}
