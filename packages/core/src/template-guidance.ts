/**
 * The templates' guidance left in a draft: the instructions, explanations and placeholder att-satser a
 * template's body holds (TEMPLATE_GUIDANCE, read from templates/*.md by `pnpm generate`), found in a
 * text however its lines are wrapped. What counts as guidance is the templates' own text, sentence by
 * sentence, so a changed template needs no change here (only `pnpm generate`).
 */
import { TEMPLATE_GUIDANCE } from './templates.generated.js';

/** Every template's guidance sentences, once each (some recur in several templates), longest first. */
const SENTENCES: readonly string[] = [...new Set(Object.values(TEMPLATE_GUIDANCE).flat())].sort((a, b) => b.length - a.length);

export interface GuidanceLeft {
  /** Offsets in the text searched (end exclusive). */
  start: number;
  end: number;
  /** The first template sentence in the span, as the template has it. */
  sentence: string;
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * For each sentence, its longest run without white space: collapsing white space leaves such a run as it
 * is, so a text without it cannot hold the sentence. Most drafts hold none of them, and are answered by
 * a few searches of the text instead of building the collapsed copy.
 */
const MARKERS: readonly string[] = SENTENCES.map((s) => s.split(/[ \t\r\n]+/).reduce((a, b) => (b.length > a.length ? b : a), ''));

/**
 * The text with each run of white space as one space, and for each of its characters the offset in
 * `text` it came from: a sentence the writer rewrapped (or indented as a list item's continuation) is
 * still the same sentence.
 */
function collapsed(text: string): { flat: string; from: Int32Array } {
  const from = new Int32Array(text.length + 1);
  // The kept characters are copied in runs (slices), not one by one: this runs over every draft's body.
  let flat = '';
  let run = 0;
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13;
    if (space && inSpace) {
      flat += text.slice(run, i);
      run = i + 1;
      continue;
    }
    inSpace = space;
    if (space && c !== 32) {
      flat += `${text.slice(run, i)} `;
      run = i + 1;
    }
    from[n++] = i;
  }
  flat += text.slice(run);
  from[n] = text.length;
  return { flat, from: from.subarray(0, n + 1) };
}

/**
 * The spans of `text` that are a template's guidance, word for word (white space aside), each starting
 * and ending at a word boundary. Sentences that follow each other in one paragraph are one span, so a
 * paragraph left as the template wrote it is one problem, not five.
 */
export function guidanceLeft(text: string): GuidanceLeft[] {
  if (text.length === 0 || !MARKERS.some((m) => text.includes(m))) return [];
  const { flat, from } = collapsed(text);
  const found: GuidanceLeft[] = [];
  const taken = new Uint8Array(flat.length);
  for (const sentence of SENTENCES) {
    for (let at = flat.indexOf(sentence); at >= 0; at = flat.indexOf(sentence, at + 1)) {
      const end = at + sentence.length;
      if (taken[at]) continue;
      // At word boundaries: "Ange lagrum …" inside "Angelägna …" is no guidance.
      if (at > 0 && WORD.test(flat[at - 1]!) && WORD.test(sentence[0]!)) continue;
      if (end < flat.length && WORD.test(flat[end]!) && WORD.test(sentence[sentence.length - 1]!)) continue;
      taken.fill(1, at, end);
      found.push({ start: from[at]!, end: from[end - 1]! + 1, sentence });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const merged: GuidanceLeft[] = [];
  for (const span of found) {
    const last = merged[merged.length - 1];
    // Only white space between them, and no blank line: the same paragraph.
    const between = last ? text.slice(last.end, span.start) : '';
    if (last && /^[ \t]*\r?\n?[ \t]*$/.test(between)) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
