import path from 'node:path';
import {
  checkDraftInSteps,
  draftVerdict,
  fileText,
  parseDraft,
  setSpeller,
  spellingQueries,
  type ArendeConfig,
  type CheckOptions,
  type Diagnostic,
  type Draft,
  type SkipReason,
} from '@arende/core';
import { nodeFileProbe } from '@arende/core/node';
import type { SpellerWorker } from '@arende/core/speller-node';
import type { ConfigFor } from './config.js';
import type { Target } from './files.js';
import { NotRegularFile, readDraftFile } from './read-draft.js';
import { diskLoader } from './handlings.js';

/** What checking one file gave: its diagnostics, or that it was skipped or unreadable. */
export type FileResult =
  | {
      kind: 'checked';
      path: string;
      text: string;
      hadBom: boolean;
      diagnostics: Diagnostic[];
      /** Set when the file is not UTF-8 (then `diagnostics` is that one problem): never write it back. */
      encoding?: string;
    }
  | { kind: 'skipped'; path: string; reason: SkipReason }
  | { kind: 'unreadable'; path: string; code: string; message?: string };

/** Checks one file by the config given (its own: see `draftConfigs`). In a folder, Markdown that is not a draft (core's `draftVerdict`) is skipped, with its reason. */
function checkFile(target: Target, cwd: string, config: ArendeConfig): FileResult {
  return finished(checkFileInSteps(target, cwd, config, NOTHING_LATER));
}

const NOTHING_LATER: ReadonlySet<string> = new Set();

/** A file's result with the diagnostics of the rules in `later` still to come (see checkFileInSteps). */
type StepResult =
  | Exclude<FileResult, { kind: 'checked' }>
  | (Omit<Extract<FileResult, { kind: 'checked' }>, 'diagnostics'> & { draft?: Draft; finish: () => Diagnostic[] });

function finished(r: StepResult): FileResult {
  if (r.kind !== 'checked') return r;
  const { finish, draft: _, ...rest } = r;
  return { ...rest, diagnostics: finish() };
}

/** checkFile with the rules named in `later` run when the result's `finish` is called (core's checkDraftInSteps). */
function checkFileInSteps(target: Target, cwd: string, config: ArendeConfig, later: ReadonlySet<string>): StepResult {
  let decoded;
  try {
    decoded = readDraftFile(path.resolve(cwd, target.path));
  } catch (e) {
    if (e instanceof NotRegularFile) return { kind: 'unreadable', path: target.path, code: e.code, message: e.message };
    return { kind: 'unreadable', path: target.path, code: (e as NodeJS.ErrnoException).code ?? 'EIO' };
  }
  if (!target.explicit) {
    const verdict = draftVerdict(decoded.text);
    if (!verdict.draft) return { kind: 'skipped', path: target.path, reason: verdict.reason };
  }
  const draft = parseDraft(decoded.text, { path: target.path, incremental: false });
  if (decoded.problem) {
    // One problem, nothing else: the rules would only report the misread characters.
    const problem = decoded.problem;
    return { kind: 'checked', path: target.path, text: fileText(draft), hadBom: draft.hadBom, finish: () => [problem], encoding: decoded.encoding };
  }
  const options: CheckOptions = { config, files: nodeFileProbe(cwd), handlingar: diskLoader(path.resolve(cwd, target.path)) };
  return { kind: 'checked', path: target.path, text: fileText(draft), hadBom: draft.hadBom, draft, finish: checkDraftInSteps(draft, options, later) };
}

/**
 * Checks files one after the other, each by its own config (throws core's ConfigError for one that cannot be used). (Worker threads were tried: on two cores they gave nothing, since
 * V8 already spends the second core on concurrent compilation and garbage collection.)
 */
export function checkFiles(targets: Target[], cwd: string, configFor: ConfigFor): FileResult[] {
  return targets.map((t) => checkFile(t, cwd, configFor(t.path)));
}

const SPELLING_LATER: ReadonlySet<string> = new Set(['spelling']);

/**
 * checkFiles with Hunspell loading on a worker thread meanwhile (what used to be the biggest single
 * wait of `arende check` on a folder): every rule but `spelling` runs on each file first, and the words
 * the rule will ask about are sent to the worker as each file is done. Between two files the answers
 * that have come are taken in, and each file whose words are all answered gets `spelling` then (so
 * few parsed drafts wait in memory: those checked while Hunspell was loading). The diagnostics are
 * those checkFiles gives with the speller loaded first. A speller that does not start is said by
 * `onFailure`; the files are then finished without spelling, as before.
 */
export async function checkFilesWithSpellerWorker(
  targets: Target[],
  cwd: string,
  configFor: ConfigFor,
  worker: SpellerWorker,
  onFailure: (e: Error) => void,
): Promise<FileResult[]> {
  const asked = new Set<string>();
  const out: FileResult[] = new Array(targets.length);
  // Files waiting for the answers to batch `batch` (in order of their batches).
  const waiting: { index: number; step: StepResult; batch: number }[] = [];
  const finishAnswered = (answered: number) => {
    while (waiting.length && waiting[0]!.batch < answered) {
      const w = waiting.shift()!;
      out[w.index] = finished(w.step);
    }
  };
  // Every word the rule asks was asked (spellingQueries) before the rule runs; an unknown one is let through.
  setSpeller({ correct: (w) => worker.verdict(w) ?? true, suggest: () => [] });
  try {
    targets.forEach((t, index) => {
      const config = configFor(t.path);
      const step = checkFileInSteps(t, cwd, config, SPELLING_LATER);
      if (step.kind === 'checked' && step.draft && !step.draft.limit && config.rules.spelling !== 'off') {
        const words = new Set<string>();
        spellingQueries(step.draft, config, words);
        const fresh = [...words].filter((w) => !asked.has(w));
        for (const w of fresh) asked.add(w);
        // A file whose words were all asked before waits for the last batch sent.
        const batch = fresh.length ? worker.ask(fresh) : worker.asked() - 1;
        waiting.push({ index, step, batch });
      } else {
        out[index] = finished(step);
      }
      finishAnswered(worker.poll());
    });
    const failure = await worker.settle();
    if (failure) {
      onFailure(failure);
      setSpeller(undefined);
    }
    finishAnswered(Number.POSITIVE_INFINITY);
  } finally {
    worker.close();
    setSpeller(undefined);
  }
  return out;
}
