/**
 * The file probe for Node (the CLI and the extension): a path in a draft is relative to the
 * draft's folder, and the draft's own path relative to `cwd`. Kept apart from the rules so that
 * core's checking runs where there is no file system (the web page passes no probe).
 */
import { accessSync, constants, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { MAX_IMAGE_BYTES, type FileProbe, type ImageFileStatus } from './model/media.js';
import type { HandlingLoader, HandlingSource } from './meeting/resolve.js';

export function resolveDraftRelative(cwd: string, draftPath: string | undefined, relativePath: string): string {
  const base = draftPath ? path.dirname(path.resolve(cwd, draftPath)) : cwd;
  return path.resolve(base, relativePath);
}

/**
 * What an image file is (issue 17): stat first (never open a FIFO or a device), then whether it lies in
 * the draft's folder once symbolic links are resolved, its size, and whether it can be read.
 */
export function imageFileStatus(cwd: string, draftPath: string | undefined, relativePath: string): ImageFileStatus {
  const file = resolveDraftRelative(cwd, draftPath, relativePath);
  const folder = draftPath ? path.dirname(path.resolve(cwd, draftPath)) : cwd;
  let stats;
  try {
    stats = statSync(file);
  } catch (e) {
    // A link pointing nowhere is as missing as a name that does not exist.
    return (e as NodeJS.ErrnoException).code === 'EACCES' ? 'unreadable' : 'missing';
  }
  try {
    const real = realpathSync(file);
    const home = realpathSync(folder);
    if (real !== home && !real.startsWith(home.endsWith(path.sep) ? home : home + path.sep)) return 'outside';
  } catch {
    return 'unreadable';
  }
  if (!stats.isFile()) return 'not-regular';
  if (stats.size === 0) return 'empty';
  if (stats.size > MAX_IMAGE_BYTES) return 'too-large';
  try {
    accessSync(file, constants.R_OK);
  } catch {
    return 'unreadable';
  }
  return 'ok';
}

export function nodeFileProbe(cwd: string = process.cwd()): FileProbe {
  return {
    exists(draftPath, relativePath) {
      try {
        return statSync(resolveDraftRelative(cwd, draftPath, relativePath)).isFile();
      } catch {
        return false;
      }
    },
    image: (draftPath, relativePath) => imageFileStatus(cwd, draftPath, relativePath),
  };
}

/**
 * Reads the handlingar a meeting file names, relative to the meeting file's folder (`meetingPath`,
 * absolute). Only Markdown is read as text (a draft); any other file (a PDF bilaga) only has to exist.
 */
export function nodeHandlingLoader(meetingPath: string): HandlingLoader {
  const dir = path.dirname(meetingPath);
  return (relative: string): HandlingSource => {
    const abs = path.resolve(dir, relative);
    try {
      if (!statSync(abs).isFile()) return { exists: false };
      if (!abs.toLowerCase().endsWith('.md')) return { exists: true, path: abs };
      return { exists: true, text: readFileSync(abs, 'utf8'), path: abs };
    } catch {
      return { exists: false };
    }
  };
}
