import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { findConfigFile, loadConfig, rules, DEFAULT_CONFIG, type ArendeConfig } from '@arende/core';

/**
 * The config named by --config, else the nearest arende.config.json from the draft's own folder upwards
 * (as linters and the extension do; issue 8): a config above the working folder must not decide for a
 * draft elsewhere. `target` is the first path given (a file or a folder); without one, the working folder.
 */
export function resolveConfig(cwd: string, explicit?: string, target?: string): ArendeConfig {
  let from = cwd;
  if (target !== undefined) {
    const abs = path.resolve(cwd, target);
    from = existsSync(abs) && statSync(abs).isDirectory() ? abs : path.dirname(abs);
  }
  const file = explicit ? path.resolve(cwd, explicit) : findConfigFile(from);
  if (!file) return DEFAULT_CONFIG;
  return loadConfig(
    file,
    rules.map((r) => r.id),
  );
}
