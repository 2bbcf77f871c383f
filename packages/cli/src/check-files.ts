import { readFileSync } from 'node:fs';
import path from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkDraft, parseDraft, type ArendeConfig, type Diagnostic } from '@arende/core';
import type { Target } from './files.js';

/** What checking one file gave: its diagnostics, or that it was skipped or unreadable. */
export type FileResult =
  | { kind: 'checked'; path: string; text: string; diagnostics: Diagnostic[] }
  | { kind: 'skipped'; path: string }
  | { kind: 'unreadable'; path: string; code: string };

/** Checks one file. In a folder, plain Markdown (a README, notes) without `typ` is not a draft. */
export function checkFile(target: Target, cwd: string, config: ArendeConfig): FileResult {
  let text: string;
  try {
    text = readFileSync(path.resolve(cwd, target.path), 'utf8');
  } catch (e) {
    return { kind: 'unreadable', path: target.path, code: (e as NodeJS.ErrnoException).code ?? 'EIO' };
  }
  const draft = parseDraft(text, { path: target.path });
  if (!target.explicit && !(draft.frontmatter && 'typ' in draft.metadata.raw)) return { kind: 'skipped', path: target.path };
  return { kind: 'checked', path: target.path, text: draft.text, diagnostics: checkDraft(draft, { config }) };
}

/** Below this many files a second thread costs more (its own start-up and JIT) than it saves. */
const PARALLEL_FROM = 24;

/**
 * The worker script, set by the bundled CLI's entry (bin.ts). Unset when running from source (tests),
 * where files are checked in this thread.
 */
export function workerScript(): URL | undefined {
  return (globalThis as { __arendeCheckWorker?: URL }).__arendeCheckWorker;
}

/**
 * Checks many files, on several threads when there are many and cores to spare (remark's parse is
 * CPU-bound; 200 drafts take ~1.2 s on one core). Results come back in the targets' order.
 */
export async function checkFiles(targets: Target[], cwd: string, config: ArendeConfig): Promise<FileResult[]> {
  const script = workerScript();
  const threads = Math.min(availableParallelism(), 4);
  if (!script || threads < 2 || targets.length < PARALLEL_FROM) return targets.map((t) => checkFile(t, cwd, config));
  // Interleave so each thread gets a similar mix of short and long files. This thread only
  // collects and reports: giving it a share too made it the slowest (it also formats the report).
  const shares: Target[][] = Array.from({ length: threads }, () => []);
  targets.forEach((t, i) => shares[i % threads]!.push(t));
  const byShare = await Promise.all(
    shares.map(
      (share) =>
        new Promise<FileResult[]>((resolve, reject) => {
          const worker = new Worker(script, { workerData: { targets: share, cwd, config } });
          worker.once('message', (results: FileResult[]) => resolve(results));
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`arbetstråden avslutades med kod ${code}`)));
        }),
    ),
  );
  return targets.map((_, i) => byShare[i % threads]![Math.floor(i / threads)]!);
}
