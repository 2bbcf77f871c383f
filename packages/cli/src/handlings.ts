import path from 'node:path';
import { nodeHandlingLoader, type HandlingLoader } from '@arende/core';

/** The handlingar of a meeting file at `draftPath`, read from disk (core's loader for Node). */
export function diskLoader(draftPath: string): HandlingLoader {
  return nodeHandlingLoader(path.resolve(draftPath));
}
