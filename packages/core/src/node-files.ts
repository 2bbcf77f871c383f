/**
 * The file probe for Node (the CLI and the extension): a path in a draft is relative to the
 * draft's folder, and the draft's own path relative to `cwd`. Kept apart from the rules so that
 * core's checking runs where there is no file system (the web page passes no probe).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FileProbe } from './model/media.js';
import type { HandlingLoader, HandlingSource } from './meeting/resolve.js';

export function resolveDraftRelative(cwd: string, draftPath: string | undefined, relativePath: string): string {
  const base = draftPath ? path.dirname(path.resolve(cwd, draftPath)) : cwd;
  return path.resolve(base, relativePath);
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
