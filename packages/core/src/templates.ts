import { TEMPLATES } from './templates.generated.js';
import { KINDS, type DraftKind } from './kinds/index.js';

export { TEMPLATES };

/** A file name for a new draft of a kind, without å/ä/ö (they travel badly in e-mail and on file shares). */
export const TEMPLATE_FILE_NAMES = Object.fromEntries(KINDS.map((k) => [k.name, `${k.ascii}.md`])) as Record<DraftKind, string>;

/**
 * The template of a kind (templates/<ascii>.md) with `datum` set to `today` (YYYY-MM-DD): the start of
 * `arende new` and of the extension's "Nytt ärende".
 */
export function draftFromTemplate(kind: DraftKind, today: string): string {
  return TEMPLATES[kind].replace(/^datum: \d{4}-\d{2}-\d{2}$/m, `datum: ${today}`);
}
