/**
 * Replacing a file without ever leaving it half-written, shared by `arende export` (the .docx) and
 * `arende check --fix` (the draft): the new bytes go to a temporary file in the same folder (same file
 * system, so the rename is atomic), which gets the old file's permissions and is then renamed over it.
 *
 * - A symbolic link is followed: its target is replaced and the link kept (renaming over the link
 *   would turn it into a plain file and leave the real file as it was).
 * - The temporary name has a fixed length (`.arende-<pid>-<random>.tmp`), so a file name of 250 bytes
 *   still works (its own name plus a suffix would pass NAME_MAX, 255 bytes).
 * - Temporary files a killed run left behind (their process is gone) are removed on the next write
 *   into the same folder.
 */
import { randomBytes } from 'node:crypto';
import { chmod, lstat, readdir, readlink, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Our temporary files; earlier versions named them after the file (kept so their leftovers go too). */
const TEMP = /^\.arende-(\d+)-[0-9a-f]+\.tmp$/;
const OLD_TEMPS = [/^\..+\.docx\.(\d+)\.tmp$/, /^\..+\.arende-(\d+)\.tmp$/];
/** A leftover older than this is removed even if a process with its number runs (numbers are reused). */
const STALE_MS = 24 * 60 * 60 * 1000;

/** The name of a new temporary file (fixed length, unique per process and call). */
function tempFileName(): string {
  return `.arende-${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files of ours in `dir` whose process is gone (or that are a day old). Never throws. */
export async function removeStaleTempFiles(dir: string): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = TEMP.exec(name) ?? OLD_TEMPS.map((r) => r.exec(name)).find((x) => x);
    if (!m) continue;
    const full = path.join(dir, name);
    try {
      const info = await lstat(full);
      if (!info.isFile()) continue;
      if (alive(Number(m[1])) && Date.now() - info.mtimeMs < STALE_MS) continue;
      await rm(full, { force: true });
      removed.push(full);
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}

/**
 * The file a path finally names: symbolic links followed (also a link to a file that does not exist
 * yet, which is then created where the link points).
 */
export async function resolveLinks(file: string): Promise<string> {
  let current = path.resolve(file);
  for (let hops = 0; hops < 40; hops++) {
    let info;
    try {
      info = await lstat(current);
    } catch {
      return current;
    }
    if (!info.isSymbolicLink()) return current;
    current = path.resolve(path.dirname(current), await readlink(current));
  }
  const e: NodeJS.ErrnoException = new Error(`too many symbolic links: ${file}`);
  e.code = 'ELOOP';
  throw e;
}

/**
 * Replaces (or creates) `file` with `bytes` atomically, through symbolic links, keeping an existing
 * file's permissions. Throws the file system's error; the file is then untouched.
 */
export async function replaceFileAtomically(file: string, bytes: Uint8Array | string): Promise<void> {
  const target = await resolveLinks(file);
  const dir = path.dirname(target);
  await removeStaleTempFiles(dir);
  let mode: number | undefined;
  try {
    mode = (await stat(target)).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  const temp = path.join(dir, tempFileName());
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
}
