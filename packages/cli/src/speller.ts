import { currentSpeller, setSpeller, type ArendeConfig } from '@arende/core';
import { loadNodeSpeller, startSpellerWorker, type SpellerWorker } from '@arende/core/speller-node';
import type { CliIo } from './io.js';

/**
 * Loads the Swedish speller before `arende check` checks, unless every draft's config turns the rule
 * `spelling` off (then the 2.3 MB dictionary is never read). Hunspell starts asynchronously and the
 * rules are synchronous, so it must be ready first. A speller that cannot be loaded is said once on
 * stderr; the check goes on without spelling.
 */
export async function prepareSpeller(io: CliIo, configs: readonly ArendeConfig[]): Promise<void> {
  if (!wantsSpeller(configs)) return;
  try {
    setSpeller(await loadNodeSpeller());
  } catch (e) {
    io.stderr(spellerFailure(e as Error));
  }
}

/** The line said once on stderr when the speller cannot be loaded. */
export function spellerFailure(e: Error): string {
  return `arende: stavningskontrollen görs inte: ${e.message}.\n`;
}

/** Whether a speller is to be loaded: none is loaded yet in this process, and some draft's config has `spelling` on. */
export function wantsSpeller(configs: readonly ArendeConfig[]): boolean {
  return !currentSpeller() && configs.some((c) => c.rules.spelling !== 'off');
}

/**
 * Hunspell started on a worker thread (core's startSpellerWorker), for a check that runs the other rules
 * meanwhile; undefined when the dictionary cannot be read (said on stderr, as prepareSpeller does).
 */
export async function spellerWorker(io: CliIo): Promise<SpellerWorker | undefined> {
  try {
    return await startSpellerWorker();
  } catch (e) {
    io.stderr(spellerFailure(e as Error));
    return undefined;
  }
}
