import { whatFileIs } from './read-draft.js';
import { readdir, stat } from 'node:fs/promises';
import { isMarkdownFile } from '@arende/core';
import path from 'node:path';

export class InputError extends Error {}

/** Folders never searched for drafts. */
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out']);

export interface Target {
  path: string;
  /** Named on the command line (always checked) rather than found in a folder. */
  explicit: boolean;
}

/**
 * Expands command-line paths: a file is taken as it is; a folder is searched for `.md` files
 * (hidden folders and node_modules skipped), in a stable order.
 */
export async function collectTargets(paths: string[], cwd: string): Promise<Target[]> {
  const out: Target[] = [];
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let info;
    try {
      info = await stat(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new InputError(code === 'ENOENT' ? `'${p}' finns inte.` : `'${p}' går inte att läsa (${code}).`);
    }
    // A FIFO, a device or a socket: said at once, never opened (opening a FIFO blocks).
    if (!info.isDirectory() && !info.isFile()) throw new InputError(`'${p}' är ${whatFileIs(info)}, ingen vanlig fil; ärende läser bara vanliga filer.`);
    if (info.isDirectory()) {
      for (const f of await walk(abs)) out.push({ path: path.relative(cwd, f) || f, explicit: false });
    } else out.push({ path: p, explicit: true });
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    throw new InputError(`mappen '${dir}' går inte att läsa (${(e as NodeJS.ErrnoException).code}).`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile() && isMarkdownFile(e.name)) out.push(full);
  }
  return out;
}
