/** Quick fixes: the `expected` values of the diagnostics, titled in both languages. */
import { citeText } from '@arende/lagrum';
import type { Diagnostic } from '../diagnostic.js';
import type { Fix } from './types.js';

/** Quick fixes: one per `expected` value of each diagnostic that has them. */
export function fixesFor(diagnostics: readonly Diagnostic[]): Fix[] {
  const out: Fix[] = [];
  for (const d of diagnostics) {
    const several = (d.expected?.length ?? 0) > 1 || d.choose === true;
    d.expected?.forEach((text, i) => {
      const rename = d.ruleId === 'frontmatter-unknown-key';
      let title = rename ? `Byt namn till '${text}'` : `Ersätt med '${text}'`;
      let titleEn = rename ? `Rename to '${text}'` : `Replace with '${text}'`;
      // A repealed paragraph taken over by several new ones: each choice says what its paragraph is about,
      // so the writer need not look six numbers up to pick one.
      if (several && d.ruleId.startsWith('citation-')) {
        const heading = headingOf(text);
        if (heading) {
          title += ` – ${heading}`;
          titleEn += ` – '${heading}'`;
        }
      }
      // Answers to choose between: none is preferred (an editor's "fix all" and auto-fix skip them).
      out.push({ title, titleEn, ruleId: d.ruleId, range: d.range, newText: text, preferred: i === 0 && !d.choose });
    });
  }
  return out;
}

/** The heading (rubrik) of the one provision `citation` names, when the registry has one. */
function headingOf(citation: string): string | undefined {
  const found = citeText(citation);
  return found.length === 1 && found[0]!.rubrik ? found[0]!.rubrik : undefined;
}
