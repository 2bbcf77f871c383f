/** Worker thread of `arende check`: checks its share of the files and posts the results back. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile } from './check-files.js';
import type { Target } from './files.js';
import type { ArendeConfig } from '@arende/core';

const { targets, cwd, config } = workerData as { targets: Target[]; cwd: string; config: ArendeConfig };
parentPort!.postMessage(targets.map((t) => checkFile(t, cwd, config)));
