/**
 * The file probe for Node (the CLI and the extension): a path in a draft is relative to the
 * draft's folder, and the draft's own path relative to `cwd`. Kept apart from the rules so that
 * core's checking runs where there is no file system (the web page passes no probe).
 */
import { accessSync, constants, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { MAX_IMAGE_BYTES, type FileProbe, type ImageFileStatus } from './model/media.js';
import { MAX_DRAFT_BYTES } from './model/limits.js';
import { MAX_HANDLING_BYTES, type HandlingLoader, type HandlingSource } from './meeting/resolve.js';

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

/** What a path that is no regular file is, in Swedish (for a handling's message). */
function whatItIs(stats: Stats): string {
  if (stats.isDirectory()) return 'en mapp';
  if (stats.isFIFO()) return 'en FIFO (namngiven rörledning)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'en enhet';
  if (stats.isSocket()) return 'ett uttag (socket)';
  return 'ingen vanlig fil';
}

/**
 * Reads the handlingar a meeting file names, relative to the meeting file's folder (`meetingPath`,
 * absolute). Only Markdown is read as text (a draft); any other file (a PDF bilaga) only has to exist.
 * Stat first (issue 17): a FIFO or a device is never opened, and a file over its cap is never read (a
 * Markdown handling is a draft: MAX_DRAFT_BYTES; any other: MAX_HANDLING_BYTES, since `agenda --pdf`
 * reads a PDF whole to append its pages).
 */
export function nodeHandlingLoader(meetingPath: string): HandlingLoader {
  const dir = path.dirname(meetingPath);
  return (relative: string): HandlingSource => {
    const abs = path.resolve(dir, relative);
    try {
      const stats = statSync(abs);
      if (!stats.isFile()) return { exists: true, path: abs, unreadable: { reason: 'not-regular', what: whatItIs(stats) } };
      const markdown = abs.toLowerCase().endsWith('.md');
      const limit = markdown ? MAX_DRAFT_BYTES : MAX_HANDLING_BYTES;
      if (stats.size > limit) return { exists: true, path: abs, unreadable: { reason: 'too-large', size: stats.size, limit } };
      if (!markdown) return { exists: true, path: abs };
      return { exists: true, text: readFileSync(abs, 'utf8'), path: abs };
    } catch {
      return { exists: false };
    }
  };
}
