import { currentSpeller, setSpeller, type ArendeConfig } from '@arende/core';
import { loadNodeSpeller } from '@arende/core/speller-node';
import type { CliIo } from './io.js';

/**
 * Loads the Swedish speller before `arende check` checks, unless every draft's config turns the rule
 * `spelling` off (then the 2.3 MB dictionary is never read). Hunspell starts asynchronously and the
 * rules are synchronous, so it must be ready first. A speller that cannot be loaded is said once on
 * stderr; the check goes on without spelling.
 */
export async function prepareSpeller(io: CliIo, configs: readonly ArendeConfig[]): Promise<void> {
  if (currentSpeller() || configs.length === 0 || configs.every((c) => c.rules.spelling === 'off')) return;
  try {
    setSpeller(await loadNodeSpeller());
  } catch (e) {
    io.stderr(`arende: stavningskontrollen görs inte: ${(e as Error).message}.\n`);
  }
}
