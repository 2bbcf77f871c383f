import { constants } from 'node:fs';
import { access, chmod, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Replaces a text file without ever leaving it half-written: the new text goes to a temporary file
 * in the same folder (same file system, so the rename is atomic), keeps the old file's permissions,
 * and is then renamed over it. If anything fails, the original is untouched. A file the user made
 * read-only is not replaced (a rename would get round the protection).
 */
export async function replaceTextFile(file: string, text: string): Promise<void> {
  await access(file, constants.W_OK);
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.arende-${process.pid}.tmp`);
  try {
    const { mode } = await stat(file);
    await writeFile(temp, text, { encoding: 'utf8', flag: 'wx' });
    await chmod(temp, mode & 0o7777);
    await rename(temp, file);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}
