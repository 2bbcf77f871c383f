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
export function checkFile(target: Target, cwd: string, config: ArendeConfig): FileResult {
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
 * the rule will ask about are sent to the worker as each file is done; once all are answered, `spelling`
 * runs on each file with those answers. The diagnostics are those checkFiles gives with the speller
 * loaded first. A speller that does not start is said by `onFailure`; the check then goes on without
 * spelling, as before.
 */
export async function checkFilesWithSpellerWorker(
  targets: Target[],
  cwd: string,
  configFor: ConfigFor,
  worker: SpellerWorker,
  onFailure: (e: Error) => void,
): Promise<FileResult[]> {
  const asked = new Set<string>();
  const out: FileResult[] = [];
  let failed = false;
  try {
    // In slices, so that a folder of thousands of drafts does not hold every parsed draft at once.
    for (let i = 0; i < targets.length; i += FILES_PER_SLICE) {
      const steps = targets.slice(i, i + FILES_PER_SLICE).map((t) => {
        const config = configFor(t.path);
        const step = checkFileInSteps(t, cwd, config, SPELLING_LATER);
        if (!failed && step.kind === 'checked' && step.draft && !step.draft.limit && config.rules.spelling !== 'off') {
          const words = new Set<string>();
          spellingQueries(step.draft, config, words);
          const fresh = [...words].filter((w) => !asked.has(w));
          for (const w of fresh) asked.add(w);
          worker.ask(fresh);
        }
        return step;
      });
      const answers = failed ? undefined : await worker.answers();
      if (answers instanceof Error) {
        onFailure(answers);
        failed = true;
      }
      // Every word the rule asks was asked above (spellingQueries); an unknown one is let through.
      setSpeller(answers instanceof Map ? { correct: (w) => answers.get(w) ?? true, suggest: () => [] } : undefined);
      out.push(...steps.map(finished));
    }
  } finally {
    worker.close();
    setSpeller(undefined);
  }
  return out;
}

const FILES_PER_SLICE = 500;
