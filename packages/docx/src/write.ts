/**
 * Writing an export safely: never over a draft, never while Word has the target open, and never a
 * half-written file (write a temporary file in the target's folder, then rename it into place).
 */
import { access, constants, lstat, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A reason in Swedish, one line, for the user. */
export class WriteError extends Error {
  override name = 'WriteError';
}

export interface WriteOptions {
  /** Files that must never be overwritten (the drafts being exported). */
  protect?: readonly string[];
  /** How to name the target in messages (default: the path as given). */
  label?: string;
}

async function exists(p: string): Promise<boolean> {
  try {
    await lstat(p);
    return true;
  } catch {
    return false;
  }
}

async function canonical(p: string): Promise<string> {
  try {
    return await realpath(p);
  } catch {
    return path.resolve(p);
  }
}

/**
 * The lock files an office program keeps next to an open document: Word's owner file `~$name.docx`
 * (for longer names Word drops the first one or two characters: `~$kument.docx` for
 * `Dokument.docx`), and LibreOffice's `.~lock.name.docx#`.
 */
export function lockFileNames(fileName: string): string[] {
  const names = new Set([`~$${fileName}`, `~$${fileName.slice(1)}`, `~$${fileName.slice(2)}`, `.~lock.${fileName}#`]);
  return [...names];
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'behörighet saknas';
    case 'EROFS':
      return 'skrivskyddat filsystem';
    case 'ENOSPC':
      return 'disken är full';
    case 'EBUSY':
      return 'filen används av ett annat program';
    default:
      return code ?? (e as Error).message;
  }
}

/** Writes `bytes` to `target` (resolved already) safely; throws WriteError with a Swedish reason. */
export async function writeFileSafely(target: string, bytes: Uint8Array, options: WriteOptions = {}): Promise<void> {
  const abs = path.resolve(target);
  const shown = options.label ?? target;
  const dir = path.dirname(abs);
  const name = path.basename(abs);
  if (!name.toLowerCase().endsWith('.docx')) {
    throw new WriteError(`'${shown}' slutar inte på .docx; ange en Word-fil, t.ex. -o ${name.replace(/\.[^.]*$/, '')}.docx.`);
  }
  const targetReal = await canonical(abs);
  for (const p of options.protect ?? []) {
    if ((await canonical(p)) === targetReal) throw new WriteError(`'${shown}' är utkastet självt och skrivs inte över; ange en annan fil med -o.`);
  }
  let dirInfo;
  try {
    dirInfo = await stat(dir);
  } catch {
    throw new WriteError(`mappen '${dir}' finns inte.`);
  }
  if (!dirInfo.isDirectory()) throw new WriteError(`'${dir}' är ingen mapp.`);
  for (const lock of lockFileNames(name)) {
    if (await exists(path.join(dir, lock))) {
      throw new WriteError(`'${shown}' är öppen i Word eller ett annat program (låsfilen '${lock}' finns); stäng dokumentet och försök igen.`);
    }
  }
  if (await exists(abs)) {
    const info = await stat(abs);
    if (info.isDirectory()) throw new WriteError(`'${shown}' är en mapp.`);
    try {
      await access(abs, constants.W_OK);
    } catch (e) {
      throw new WriteError(`'${shown}' går inte att skriva över (${reason(e)}).`);
    }
  }
  const temp = path.join(dir, `.${name}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new WriteError(`kan inte skriva i mappen '${dir}' (${reason(e)}).`);
  }
  try {
    await rename(temp, abs);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new WriteError(`kan inte spara '${shown}' (${reason(e)}); är filen öppen i Word?`);
  }
}
