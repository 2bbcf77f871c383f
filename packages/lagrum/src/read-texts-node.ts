/**
 * The provision texts file (registry/texts.json) as text, read from disk: in Node (the CLI, the
 * extension, the tests) `#read-texts` is this module. `ARENDE_LAGRUM_TEXTS` names another file; the
 * bundles put texts.json at '../registry/texts.json' from themselves.
 */
import { readFileSync } from 'node:fs';

export function readTextsFile(): string | null {
  return readFileSync(process.env.ARENDE_LAGRUM_TEXTS ?? new URL('../registry/texts.json', import.meta.url), 'utf8');
}
