/**
 * arende.config.json for a document (by its uri): the nearest one from its folder upwards, as the CLI finds it.
 * Read again when it changes (a file watcher clears the cache).
 */
import type * as vscode from 'vscode';
import path from 'node:path';
import { ConfigError, DEFAULT_CONFIG, findConfigFile, loadConfig, rules, type ArendeConfig } from '@arende/core';
import { language } from './texts.js';

const cache = new Map<string, ArendeConfig | ConfigError>();
const ruleIds = rules.map((r) => r.id);

export interface ConfigResult {
  config: ArendeConfig;
  /** The config file and why it cannot be used (the defaults are used meanwhile). */
  problem?: { file: string; message: string };
}

export function configFor(uri: vscode.Uri): ConfigResult {
  if (uri.scheme !== 'file') return { config: DEFAULT_CONFIG };
  const file = findConfigFile(path.dirname(uri.fsPath));
  if (!file) return { config: DEFAULT_CONFIG };
  let entry = cache.get(file);
  if (!entry) {
    try {
      entry = loadConfig(file, ruleIds);
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      entry = e;
    }
    cache.set(file, entry);
  }
  return entry instanceof ConfigError
    ? { config: DEFAULT_CONFIG, problem: { file, message: language() === 'en' ? entry.messageEn : entry.message } }
    : { config: entry };
}

export function clearConfigCache(): void {
  cache.clear();
}
