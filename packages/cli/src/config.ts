import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { rules, DEFAULT_CONFIG, type ArendeConfig } from '@arende/core';
import { findConfigFile, loadConfig } from '@arende/core/node';

/**
 * The config named by --config, else the nearest arende.config.json from the draft's own folder upwards
 * (as linters and the extension do; issue 8): a config above the working folder must not decide for a
 * draft elsewhere. `target` is a path given (a file or a folder); without one, the working folder.
 * Throws core's ConfigError when the file cannot be used.
 */
export function resolveConfig(cwd: string, explicit?: string, target?: string): ArendeConfig {
  let from = cwd;
  if (target !== undefined) {
    const abs = path.resolve(cwd, target);
    from = existsSync(abs) && statSync(abs).isDirectory() ? abs : path.dirname(abs);
  }
  const file = explicit ? path.resolve(cwd, explicit) : findConfigFile(from);
  return file ? readConfigFile(file) : DEFAULT_CONFIG;
}

function readConfigFile(file: string): ArendeConfig {
  return loadConfig(
    file,
    rules.map((r) => r.id),
  );
}

/** The config that decides for one draft (path relative to the working folder, or absolute). */
export type ConfigFor = (draft: string) => ArendeConfig;

/**
 * Each draft's own config, so that `arende check a/x.md b/y.md` (or two folders) checks each draft by
 * the arende.config.json nearest to it, not by the one nearest the first path given. Looked up once
 * per folder and read once per config file. With --config, that file decides for every draft.
 * Throws core's ConfigError (when first needed) for a config that cannot be used.
 */
export function draftConfigs(cwd: string, explicit?: string): ConfigFor {
  if (explicit) {
    let config: ArendeConfig | undefined;
    return () => (config ??= readConfigFile(path.resolve(cwd, explicit)));
  }
  const fileOfFolder = new Map<string, string | undefined>();
  const configOfFile = new Map<string, ArendeConfig>();
  return (draft) => {
    const folder = path.dirname(path.resolve(cwd, draft));
    if (!fileOfFolder.has(folder)) fileOfFolder.set(folder, findConfigFile(folder));
    const file = fileOfFolder.get(folder);
    if (!file) return DEFAULT_CONFIG;
    let config = configOfFile.get(file);
    if (!config) {
      config = readConfigFile(file);
      configOfFile.set(file, config);
    }
    return config;
  };
}
