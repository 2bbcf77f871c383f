/**
 * arende.config.json for a document (by its uri): the nearest one from its folder upwards, as the CLI finds it.
 * Read again when it changes (a file watcher clears the cache).
 */
import * as vscode from 'vscode';
import path from 'node:path';
import { ConfigError, DEFAULT_CONFIG, parseConfig, rules, type ArendeConfig, type RuleSetting } from '@arende/core';
import { findConfigFile, loadConfig } from '@arende/core/node';
import { language } from './texts.js';

const cache = new Map<string, ArendeConfig | ConfigError>();
const ruleIds = rules.map((r) => r.id);

export interface ConfigResult {
  config: ArendeConfig;
  /** The config file and why it cannot be used (the defaults are used meanwhile). */
  problem?: { file: string; message: string };
}

/**
 * The rule families a setting turns off as a whole, by rule id (the klarspråk rules, the spelling rules).
 * Ids that no rule has yet are simply never matched.
 */
const FAMILIES: readonly { setting: string; member: (id: string) => boolean }[] = [
  { setting: 'readability.enable', member: (id) => /^(readability-|sentence-long$|plain-word$|abbreviation-unexplained$)/.test(id) },
  { setting: 'spelling.enable', member: (id) => /^spelling/.test(id) },
];

/** What the settings say about the rules: `arende.rules` per rule, and the families turned off. */
function settingsRules(): Record<string, RuleSetting> {
  const settings = vscode.workspace.getConfiguration('arende');
  const out: Record<string, RuleSetting> = {};
  for (const family of FAMILIES) if (!settings.get<boolean>(family.setting, true)) for (const id of ruleIds) if (family.member(id)) out[id] = 'off';
  const perRule = settings.get<Record<string, string>>('rules', {});
  try {
    // The same words as arende.config.json, read by the same code; an unknown id or value is left out
    // (VS Code's settings editor already flags it against the schema).
    Object.assign(out, parseConfig(JSON.stringify({ regler: perRule }), 'arende.rules', ruleIds).rules);
  } catch {
    for (const [id, value] of Object.entries(perRule)) {
      try {
        Object.assign(out, parseConfig(JSON.stringify({ regler: { [id]: value } }), 'arende.rules', ruleIds).rules);
      } catch {
        // this one entry is wrong; the others apply
      }
    }
  }
  return out;
}

/** The settings' rules under the file's: arende.config.json is the workspace's word, for the CLI too. */
function withSettings(config: ArendeConfig): ArendeConfig {
  const fromSettings = settingsRules();
  return Object.keys(fromSettings).length ? { ...config, rules: { ...fromSettings, ...config.rules } } : config;
}

export function configFor(uri: vscode.Uri): ConfigResult {
  const result = configFromFile(uri);
  return { ...result, config: withSettings(result.config) };
}

function configFromFile(uri: vscode.Uri): ConfigResult {
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
