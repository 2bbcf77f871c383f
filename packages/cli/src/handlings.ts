import path from 'node:path';
import type { HandlingLoader } from '@arende/core';
import { nodeHandlingLoader } from '@arende/core/node';

/** The handlingar of a meeting file at `draftPath`, read from disk (core's loader for Node). */
export function diskLoader(draftPath: string): HandlingLoader {
  return nodeHandlingLoader(path.resolve(draftPath));
}
