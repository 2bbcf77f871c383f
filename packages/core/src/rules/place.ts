import type { Draft, Range } from '../model/types.js';

/**
 * Where to report a requirement that follows from the draft's kind when the required thing is
 * absent: the `typ` value (the requirement comes from it), else the frontmatter's first line.
 */
export function kindPlace(draft: Draft): Range {
  return draft.rangeOf(['typ'], 'value') ?? draft.frontmatter?.openingRange ?? { start: draft.pointAt(0), end: draft.pointAt(draft.text.search(/\r?\n|\r|$/)) };
}

/** The range of an mdast node in the draft's text (its `position` offsets). */
export function nodeRange(draft: Draft, node: { position?: { start: { offset?: number }; end: { offset?: number } } | undefined }): Range {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  return { start: draft.pointAt(start), end: draft.pointAt(end) };
}
