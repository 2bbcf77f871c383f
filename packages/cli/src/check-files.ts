import path from 'node:path';
import { checkDraft, draftVerdict, fileText, parseDraft, type ArendeConfig, type Diagnostic, type SkipReason } from '@arende/core';
import { nodeFileProbe } from '@arende/core/node';
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
    return { kind: 'checked', path: target.path, text: fileText(draft), hadBom: draft.hadBom, diagnostics: [decoded.problem], encoding: decoded.encoding };
  }
  return {
    kind: 'checked',
    path: target.path,
    text: fileText(draft),
    hadBom: draft.hadBom,
    diagnostics: checkDraft(draft, { config, files: nodeFileProbe(cwd), handlingar: diskLoader(path.resolve(cwd, target.path)) }),
  };
}

/**
 * Checks files one after the other, each by its own config (throws core's ConfigError for one that cannot be used). (Worker threads were tried: on two cores they gave nothing, since
 * V8 already spends the second core on concurrent compilation and garbage collection.)
 */
export function checkFiles(targets: Target[], cwd: string, configFor: ConfigFor): FileResult[] {
  return targets.map((t) => checkFile(t, cwd, configFor(t.path)));
}
