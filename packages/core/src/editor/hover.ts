/** Hover: a citation's provision and its status on the draft's date, or a frontmatter key's meaning. */
import { hoverMarkdown, oldSolReading } from '@arende/lagrum';
import { draftCitations } from '../citations.js';
import type { Draft, Range } from '../model/types.js';
import { keyDocs } from './key-docs.js';
import { type EditorOptions, type HoverResult, inside } from './types.js';

/** Hover at an offset in Draft.text: a citation (text of the provision, status on the draft's date), or a frontmatter key. */
export function hoverAt(draft: Draft, offset: number, options: EditorOptions = {}): HoverResult | null {
  const en = options.language === 'en';
  const { datum, citations } = draftCitations(draft);
  const hit =
    citations.find((c) => inside(c.range, offset) && c.range.start.offset < c.range.end.offset) ?? citations.find((c) => inside(c.groupRange, offset));
  if (hit) {
    // An old SoL number whose words fit the repealed law (rule citation-old-sol) says so in the hover too.
    // Not when that problem is shown in the same hover: the ~400 characters would stand there twice.
    const overlaps = (r: Range) => r.start.offset <= hit.groupRange.end.offset && hit.groupRange.start.offset <= r.end.offset;
    const shown = options.shownProblems?.some((p) => p.ruleId === 'citation-old-sol' && overlaps(p.range));
    const old = shown ? null : oldSolReading(hit.resolved, hit.context);
    const markdown = hoverMarkdown(hit.resolved, datum, options);
    if (!old) return { range: hit.groupRange, markdown };
    return { range: hit.groupRange, markdown: en ? `${markdown}\n\n**Note:** ${old.messageEn}` : `${markdown}\n\n**Obs!** ${old.message}` };
  }
  const fm = draft.frontmatter;
  if (!fm || offset < fm.offset || offset > fm.offset + fm.source.length) return null;
  for (const path of keyPaths(draft)) {
    const range = draft.rangeOf(path, 'key');
    if (range && inside(range, offset)) {
      const markdown = keyDocs(draft, path, options.language);
      return markdown ? { range, markdown } : null;
    }
  }
  return null;
}

/** Every key path in the frontmatter (['avsändare', 0, 'namn'] …). */
function keyPaths(draft: Draft): (string | number)[][] {
  const out: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value))
      value.forEach((v, i) => {
        walk(v, [...path, i]);
      });
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        out.push([...path, k]);
        walk(v, [...path, k]);
      }
    }
  };
  walk(draft.metadata.raw, []);
  return out;
}
