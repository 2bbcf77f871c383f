import { SEVERITY_WORDS, type Severity } from './diagnostic.js';
import { isDraftKind, kindNamesText } from './kinds/index.js';

/** The config file users put at the workspace root. */
export const CONFIG_FILE = 'arende.config.json';

export type RuleSetting = Severity | 'off';

export interface ArendeConfig {
  /** Per rule id: a new severity, or 'off'. */
  rules: Record<string, RuleSetting>;
  /** The file it came from, if any. */
  path?: string;
  /**
   * The kommun's Word template (.dotx or .docx) for exports: as written in the file (relative to the
   * file's own folder) from parseConfig, an absolute path from loadConfig (@arende/core/node).
   */
  mall?: string;
  /**
   * `"nästa_steg": false` leaves out the closing note on what happens next in an exported
   * medborgarförslag (see next-steps.ts). Default: the note is there.
   */
  nästa_steg?: boolean;
  /** Readability targets (`"läsbarhet": {"lix": {"<typ>": 45, "alla": 50}, "meningslängd": 35}`). */
  läsbarhet?: ReadabilityConfig;
  /** Words the spelling rule accepts besides the dictionary: the kommun's place names, people, terms. */
  ordlista?: string[];
}

export interface ReadabilityConfig {
  /** Highest LIX per kind (`alla`: every kind not named). */
  lix?: Record<string, number>;
  /** Words per sentence above which sentence-long reports a sentence. */
  meningslängd?: number;
}

export const DEFAULT_CONFIG: ArendeConfig = { rules: {} };

/** What a rule may be set to: the Swedish words, or the English ids (also the config file's JSON Schema). */
export const RULE_SETTINGS: Readonly<Record<string, RuleSetting>> = {
  ...Object.fromEntries(Object.entries(SEVERITY_WORDS).map(([id, w]) => [w.config, id as Severity])),
  error: 'error',
  warning: 'warning',
  info: 'info',
  av: 'off',
  off: 'off',
};

/** A config file that cannot be used: `message` is Swedish (what the CLI prints), `messageEn` the same in English. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly messageEn: string = message,
  ) {
    super(message);
  }
}

/**
 * Reads a config text: `{"regler": {"frontmatter-unknown-key": "fel"}}` (values fel, varning, info, av;
 * the English error, warning, info, off and the key "rules" work too). Throws ConfigError, in Swedish.
 */
export function parseConfig(text: string, file = CONFIG_FILE, knownRules?: readonly string[]): ArendeConfig {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${file}: filen är inte giltig JSON (${(e as Error).message}).`, `${file}: the file is not valid JSON (${(e as Error).message}).`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new ConfigError(`${file}: ska innehålla ett JSON-objekt, t.ex. {"regler": {}}.`, `${file}: should contain a JSON object, e.g. {"regler": {}}.`);
  const obj = data as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!TOP_KEYS.includes(key)) {
      throw new ConfigError(
        `${file}: okänd nyckel '${key}'; bara "regler", "mall", "nästa_steg", "läsbarhet" och "ordlista" finns.`,
        `${file}: unknown key '${key}'; only "regler", "mall", "nästa_steg", "läsbarhet" and "ordlista" exist.`,
      );
    }
  }
  const raw = (obj.regler ?? obj.rules ?? {}) as Record<string, unknown>;
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw new ConfigError(`${file}: "regler" ska vara ett objekt med regel-id som nycklar.`, `${file}: "regler" should be an object with rule ids as keys.`);
  const rules: Record<string, RuleSetting> = {};
  for (const [id, value] of Object.entries(raw)) {
    if (knownRules && !knownRules.includes(id))
      throw new ConfigError(
        `${file}: okänd regel '${id}'. Kör 'arende regler' för en lista.`,
        `${file}: unknown rule '${id}'. Run 'arende regler' for a list.`,
      );
    const setting = typeof value === 'string' ? RULE_SETTINGS[value.toLowerCase()] : undefined;
    if (!setting)
      throw new ConfigError(
        `${file}: regeln '${id}' har värdet ${JSON.stringify(value)}; skriv "fel", "varning", "info" eller "av".`,
        `${file}: the rule '${id}' has the value ${JSON.stringify(value)}; write "fel", "varning", "info" or "av" (or "error", "warning", "info", "off").`,
      );
    rules[id] = setting;
  }
  const config: ArendeConfig = { rules, path: file };
  if (obj.mall !== undefined) {
    if (typeof obj.mall !== 'string' || !obj.mall.trim()) {
      throw new ConfigError(
        `${file}: "mall" ska vara sökvägen till kommunens Word-mall, t.ex. "mallar/kommunen.dotx".`,
        `${file}: "mall" should be the path to the municipality's Word template, e.g. "mallar/kommunen.dotx".`,
      );
    }
    config.mall = obj.mall.trim();
  }
  if (obj.nästa_steg !== undefined) {
    if (typeof obj.nästa_steg !== 'boolean') {
      throw new ConfigError(
        `${file}: "nästa_steg" ska vara true eller false (false tar bort slutnoten om vad som händer sedan i ett exporterat medborgarförslag).`,
        `${file}: "nästa_steg" should be true or false (false leaves out the closing note on what happens next in an exported citizen's proposal).`,
      );
    }
    config.nästa_steg = obj.nästa_steg;
  }
  if (obj.läsbarhet !== undefined) config.läsbarhet = readabilityConfig(obj.läsbarhet, file);
  if (obj.ordlista !== undefined) {
    if (!Array.isArray(obj.ordlista) || obj.ordlista.some((w) => typeof w !== 'string' || !w.trim())) {
      throw new ConfigError(
        `${file}: "ordlista" ska vara en lista med ord, t.ex. ["Sjövik", "Kvarnbacken"].`,
        `${file}: "ordlista" should be a list of words, e.g. ["Sjövik", "Kvarnbacken"].`,
      );
    }
    config.ordlista = (obj.ordlista as string[]).map((w) => w.trim());
  }
  return config;
}

const TOP_KEYS = ['regler', 'rules', '$schema', 'mall', 'nästa_steg', 'läsbarhet', 'ordlista'];

function readabilityConfig(value: unknown, file: string): ReadabilityConfig {
  const example = '{"lix": 50, "meningslängd": 35} eller {"lix": {"alla": 55}} med en typ som nyckel';
  const bad = (what: string, whatEn: string) =>
    new ConfigError(`${file}: "läsbarhet" ${what}, t.ex. ${example}.`, `${file}: "läsbarhet" ${whatEn}, e.g. ${example}.`);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw bad('ska vara ett objekt', 'should be an object');
  const obj = value as Record<string, unknown>;
  const out: ReadabilityConfig = {};
  for (const key of Object.keys(obj)) {
    if (key !== 'lix' && key !== 'meningslängd')
      throw bad(`har en okänd nyckel '${key}'; bara "lix" och "meningslängd" finns`, `has an unknown key '${key}'; only "lix" and "meningslängd" exist`);
  }
  const positive = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n > 0;
  if (obj.lix !== undefined) {
    if (positive(obj.lix)) out.lix = { alla: obj.lix as number };
    else if (obj.lix && typeof obj.lix === 'object' && !Array.isArray(obj.lix) && Object.values(obj.lix).every(positive))
      out.lix = { ...(obj.lix as Record<string, number>) };
    else throw bad('har "lix" som varken är ett tal eller ett tal per typ', 'has a "lix" that is neither a number nor a number per kind');
    const unknown = Object.keys(out.lix).find((k) => k !== 'alla' && !isDraftKind(k));
    if (unknown !== undefined)
      throw bad(
        `har "lix" för '${unknown}', som inte är någon typ (${kindNamesText()}, eller "alla")`,
        `has "lix" for '${unknown}', which is no kind (${kindNamesText()}, or "alla")`,
      );
  }
  if (obj.meningslängd !== undefined) {
    if (!positive(obj.meningslängd) || !Number.isInteger(obj.meningslängd))
      throw bad('har "meningslängd" som inte är ett heltal större än 0', 'has a "meningslängd" that is not a whole number above 0');
    out.meningslängd = obj.meningslängd as number;
  }
  return out;
}
