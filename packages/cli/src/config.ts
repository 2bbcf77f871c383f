import path from 'node:path';
import { findConfigFile, loadConfig, rules, DEFAULT_CONFIG, type ArendeConfig } from '@arende/core';

/** The config named by --config, else the nearest arende.config.json from the working folder up. */
export function resolveConfig(cwd: string, explicit?: string): ArendeConfig {
  const file = explicit ? path.resolve(cwd, explicit) : findConfigFile(cwd);
  if (!file) return DEFAULT_CONFIG;
  return loadConfig(file, rules.map((r) => r.id));
}
