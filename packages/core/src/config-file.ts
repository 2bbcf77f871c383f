/**
 * Finding and reading arende.config.json on disk (Node only, exported from @arende/core/node): the
 * parsing itself is parseConfig in config.ts, which the web page and the extension's settings use too.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE, ConfigError, parseConfig, type ArendeConfig } from './config.js';

/** Finds the nearest arende.config.json from `dir` upwards. */
export function findConfigFile(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    const candidate = path.join(current, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Reads and parses a config file; a file that cannot be read is a ConfigError. */
export function loadConfig(file: string, knownRules?: readonly string[]): ArendeConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new ConfigError(`${file}: kan inte läsas (${why}).`, `${file}: cannot be read (${why}).`);
  }
  const config = parseConfig(text, file, knownRules);
  // The template is written relative to the config file's own folder.
  if (config.mall !== undefined) config.mall = path.resolve(path.dirname(path.resolve(file)), config.mall);
  return config;
}
