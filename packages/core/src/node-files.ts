/**
 * The file probe for Node (the CLI and the extension): a path in a draft is relative to the
 * draft's folder, and the draft's own path relative to `cwd`. Kept apart from the rules so that
 * core's checking runs where there is no file system (the web page passes no probe).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { FileProbe } from './model/media.js';

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
