/**
 * Writing an export safely: never over a draft, never while Word has the target open, and never a
 * half-written file (write a temporary file in the target's folder, then rename it into place: see
 * replace-file.ts, which also keeps the old file's permissions, follows symbolic links and clears leftovers).
 */
import { access, constants, lstat, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { replaceFileAtomically, resolveLinks } from './replace-file.js';

/** A reason in Swedish, one line, for the user. */
export class WriteError extends Error {
  override name = 'WriteError';
}

export interface WriteOptions {
  /** Files that must never be overwritten (the drafts being exported). */
  protect?: readonly string[];
  /** How to name the target in messages (default: the path as given). */
  label?: string;
  /** The file type the target must have (default `.docx`; the PDF of an export is `.pdf`; the published files are web pages, tables, text and a feed). */
  extension?: '.docx' | '.pdf' | '.html' | '.csv' | '.txt' | '.xml';
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
  const extension = options.extension ?? '.docx';
  if (!name.toLowerCase().endsWith(extension)) {
    const what = { '.docx': 'en Word-fil', '.pdf': 'en PDF-fil', '.html': 'en webbsida', '.csv': 'en CSV-fil', '.txt': 'en textfil', '.xml': 'en XML-fil' }[
      extension
    ];
    throw new WriteError(`'${shown}' slutar inte på ${extension}; ange ${what}, t.ex. -o ${name.replace(/\.[^.]*$/, '')}${extension}.`);
  }
  // Through a symbolic link (also one whose target does not exist yet): the file it names is written.
  let real: string;
  try {
    real = await resolveLinks(abs);
  } catch (e) {
    throw new WriteError(`'${shown}' går inte att följa (${reason(e)}).`);
  }
  const targetReal = await canonical(real);
  for (const p of options.protect ?? []) {
    if ((await canonical(p)) === targetReal) throw new WriteError(`'${shown}' är utkastet självt och skrivs inte över; ange en annan fil med -o.`);
  }
  const realDir = path.dirname(real);
  let dirInfo;
  try {
    dirInfo = await stat(realDir);
  } catch {
    throw new WriteError(realDir === dir ? `mappen '${dir}' finns inte.` : `'${shown}' pekar på '${real}', men mappen '${realDir}' finns inte.`);
  }
  if (!dirInfo.isDirectory()) throw new WriteError(`'${realDir}' är ingen mapp.`);
  // Word keeps its lock file next to the path it opened: the link's or the real file's.
  const locks = [...lockFileNames(name).map((l) => path.join(dir, l)), ...lockFileNames(path.basename(real)).map((l) => path.join(realDir, l))];
  for (const lock of new Set(locks)) {
    if (await exists(lock)) {
      throw new WriteError(`'${shown}' är öppen i Word eller ett annat program (låsfilen '${path.basename(lock)}' finns); stäng dokumentet och försök igen.`);
    }
  }
  if (await exists(real)) {
    const info = await stat(real);
    if (info.isDirectory()) throw new WriteError(`'${shown}' är en mapp.`);
    try {
      await access(real, constants.W_OK);
    } catch (e) {
      throw new WriteError(`'${shown}' går inte att skriva över (${reason(e)}).`);
    }
  }
  try {
    await replaceFileAtomically(real, bytes);
  } catch (e) {
    throw new WriteError(`kan inte spara '${shown}' i mappen '${realDir}' (${reason(e)}); är filen öppen i Word?`);
  }
}
