/**
 * Readability of a draft, section by section and as a whole: what `arende läsbarhet` prints, what the
 * rules readability-lix and sentence-long report, and what the editor and the web page show.
 */
import type { ArendeConfig } from '../config.js';
import { kindByName } from '../kinds/index.js';
import type { Draft, Range } from '../model/types.js';
import { countSentences, lix, lixLevel, ovix, sentences, type Counts, type Sentence } from './lix.js';
import { blockRange, draftProse, type SectionProse } from './prose.js';

/** Sentences longer than this (in words) are long, unless arende.config.json says otherwise. */
export const DEFAULT_SENTENCE_WORDS = 35;

/**
 * The LIX a section should stay under. On Björnsson's scale 50–60 is "hard", where Swedish official
 * texts usually land: 55 flags the hardest sections of a tjänsteskrivelse, motion or initiative without
 * calling every sentence of administrative prose too hard. A kind written by private persons (the
 * medborgarförslag: `features.privateSenders` in the table of kinds), often on the web page, for readers
 * of every kind, gets 50 (the line between medium and hard). Both can be changed in arende.config.json
 * (`läsbarhet.lix`, per kind).
 */
export const DEFAULT_LIX_TARGET = 55;
export const DEFAULT_LIX_TARGET_PRIVATE = 50;

/** A section shorter than this (in words) gets no readability-lix problem: LIX on a few lines says little. */
export const MIN_WORDS_FOR_LIX = 50;

export interface LongSentence {
  words: number;
  range: Range;
}

export interface SectionReadability {
  /** The heading as written; '' for the text before the first heading. */
  heading: string;
  /** 1-based line of the heading (of the first prose for the text before the first heading). */
  line: number;
  headingRange: Range;
  counts: Counts;
  lix: number | null;
  ovix: number | null;
  longSentences: LongSentence[];
}

export interface DraftReadability {
  sections: SectionReadability[];
  /** The whole text's prose. */
  total: { counts: Counts; lix: number | null; ovix: number | null; longSentences: number };
}

/** Words per sentence above which a sentence is long (config `läsbarhet.meningslängd`). */
export function sentenceLimit(config: ArendeConfig | undefined): number {
  return config?.läsbarhet?.meningslängd ?? DEFAULT_SENTENCE_WORDS;
}

/** The LIX target for a kind (config `läsbarhet.lix`: a number for all kinds, or one per kind). */
export function lixTarget(kind: string | undefined, config: ArendeConfig | undefined): number {
  const own = config?.läsbarhet?.lix;
  if (own !== undefined) {
    if (kind !== undefined && own[kind] !== undefined) return own[kind]!;
    if (own.alla !== undefined) return own.alla;
  }
  return kindByName(kind)?.features.privateSenders ? DEFAULT_LIX_TARGET_PRIVATE : DEFAULT_LIX_TARGET;
}

const cache = new WeakMap<Draft, { limit: number; result: DraftReadability }>();

/** Readability of each section with prose, and of the whole text (cached per draft and sentence limit). */
export function draftReadability(draft: Draft, config?: ArendeConfig): DraftReadability {
  const limit = sentenceLimit(config);
  const hit = cache.get(draft);
  if (hit && hit.limit === limit) return hit.result;
  const result = computeReadability(draft, limit);
  cache.set(draft, { limit, result });
  return result;
}

function computeReadability(draft: Draft, limit: number): DraftReadability {
  // Each block is split into sentences once; sections and the whole text are counted from the same.
  const all: Sentence[][] = [];
  const sections = draftProse(draft)
    .filter((p) => p.blocks.length > 0)
    .map((p) => {
      const perBlock = p.blocks.map((b) => sentences(b.text));
      all.push(...perBlock);
      return sectionReadability(draft, p, perBlock, limit);
    });
  const counts = countSentences(all);
  return {
    sections,
    total: { counts, lix: lix(counts), ovix: ovix(counts), longSentences: sections.reduce((n, s) => n + s.longSentences.length, 0) },
  };
}

function sectionReadability(draft: Draft, prose: SectionProse, perBlock: Sentence[][], limit: number): SectionReadability {
  const counts = countSentences(perBlock);
  const longSentences: LongSentence[] = [];
  prose.blocks.forEach((block, i) => {
    for (const s of perBlock[i]!) {
      if (s.words.length > limit) longSentences.push({ words: s.words.length, range: blockRange(draft, block, s.start, s.end) });
    }
  });
  const { section } = prose;
  const line = section.heading ? section.headingRange.start.line : draft.pointAt(prose.blocks[0]!.offsets[0]!).line;
  return { heading: section.heading, line, headingRange: section.headingRange, counts, lix: lix(counts), ovix: ovix(counts), longSentences };
}

/** Rounded to one decimal, as printed. */
export function round1(n: number | null): number | null {
  return n === null ? null : Math.round(n * 10) / 10;
}

/**
 * The readability in plain words, for the web page and the editor: "Texten är lätt att läsa" (LIX under
 * 40), "Texten går bra att läsa" (at most the target), or "Texten är svår att läsa: korta meningarna i
 * avsnittet Bakgrund" (naming the sections over the target).
 */
export function readabilitySummary(r: DraftReadability, target: number): { sv: string; en: string } {
  const value = r.total.lix;
  if (value === null) return { sv: 'Texten har ännu inga meningar att bedöma.', en: 'The text has no sentences to judge yet.' };
  const hard = r.sections.filter((s) => s.lix !== null && s.lix > target && s.counts.words >= MIN_WORDS_FOR_LIX);
  const level = lixLevel(value);
  const easy = value <= target && hard.length === 0;
  const named = hard.map((s) => s.heading || 'inledningen');
  const namedEn = hard.map((s) => s.heading || 'the introduction');
  const where = (names: string[], sv: boolean) =>
    names.length === 1 ? (sv ? `avsnittet ${names[0]}` : `the section ${names[0]}`) : `${sv ? 'avsnitten' : 'the sections'} ${names.join(', ')}`;
  const lixText = `LIX ${Math.round(value)}, ${level.sv}`;
  const lixTextEn = `LIX ${Math.round(value)}, ${level.en}`;
  if (easy && value < 40) return { sv: `Texten är lätt att läsa (${lixText}).`, en: `The text is easy to read (${lixTextEn}).` };
  if (easy) return { sv: `Texten går bra att läsa (${lixText}).`, en: `The text reads well enough (${lixTextEn}).` };
  if (hard.length === 0)
    return {
      sv: `Texten är svår att läsa (${lixText}): korta meningarna och byt långa ord mot kortare.`,
      en: `The text is hard to read (${lixTextEn}): shorten the sentences and use shorter words.`,
    };
  return {
    sv: `Texten är svår att läsa (${lixText}): korta meningarna i ${where(named, true)}.`,
    en: `The text is hard to read (${lixTextEn}): shorten the sentences in ${where(namedEn, false)}.`,
  };
}
