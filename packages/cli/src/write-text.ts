import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
// Only the file replacement, not the Word writer: `arende check --fix` never loads the exporter.
import { replaceFileAtomically } from '@arende/docx/replace-file';

/**
 * Replaces a text file (a draft after `--fix`) without ever leaving it half-written: temporary file
 * in the same folder, old permissions kept, renamed over the file; through a symbolic link the file
 * it points to is replaced and the link kept. If anything fails, the original is untouched. A file
 * the user made read-only is not replaced (a rename would get round the protection).
 */
export async function replaceTextFile(file: string, text: string): Promise<void> {
  await access(file, constants.W_OK);
  await replaceFileAtomically(file, text);
}
