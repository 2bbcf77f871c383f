import { TEMPLATES } from './templates.generated.js';
import type { DraftKind } from './model/types.js';

export { TEMPLATES };

/** A file name for a new draft of a kind, without å/ä/ö (they travel badly in e-mail and on file shares). */
export const TEMPLATE_FILE_NAMES: Record<DraftKind, string> = {
  politikerinitiativ: 'politikerinitiativ.md',
  medborgarförslag: 'medborgarforslag.md',
  nämnduppdrag: 'namnduppdrag.md',
};

/**
 * The template of a kind (templates/*.md) with `datum` set to `today` (YYYY-MM-DD): the start of
 * `arende new` and of the extension's "Nytt ärende".
 */
export function draftFromTemplate(kind: DraftKind, today: string): string {
  return TEMPLATES[kind].replace(/^datum: \d{4}-\d{2}-\d{2}$/m, `datum: ${today}`);
}
