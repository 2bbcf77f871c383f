/**
 * The one rule for "is this file a draft?", used by every command, the extension and the scripts, so
 * that a draft is never skipped in one place and checked in another.
 *
 * A Markdown file is a draft when it opens with a frontmatter block (`---` on the first line) that
 * has a `typ` key, or looks as if it meant to: the block cannot be read as YAML (a tab, an unquoted
 * colon, no closing `---`), or a key is within edit distance 2 of `typ` in any case (`Typ:`, `tpy:`,
 * `type:`). Such a draft is checked and its problems reported; when its kind cannot be told (no
 * readable `typ`, or a `typ` ärende does not know) it is *broken*: agenda and export leave it out and
 * say so. A file without frontmatter (a README, notes) is not a draft, and a command says it skipped it.
 */
import { isMap, isScalar } from 'yaml';
import { splitFrontmatter } from './model/frontmatter.js';
import { LineIndex } from './model/positions.js';
import { isDraftKind, type DraftKind } from './kinds/index.js';
import { editDistance } from './nearest.js';

export type SkipReason = 'no-frontmatter' | 'no-typ';

export type DraftVerdict =
  /** A draft; `kind` is undefined when it is broken (its kind cannot be told). */
  { draft: true; kind: DraftKind | undefined } | { draft: false; reason: SkipReason };

/** Why a file was not taken as a draft, in Swedish (for "hoppade över 2 filer: …"). */
export const SKIP_REASONS: Readonly<Record<SkipReason, string>> = {
  'no-frontmatter': 'inget huvud (frontmatter) överst',
  'no-typ': "huvudet har ingen nyckel 'typ'",
};

/** A key that is, or was probably meant to be, `typ`. */
function meansTyp(key: string): boolean {
  // toLowerCase: Swedish has no casing rules of its own (only Turkish, Azeri and Lithuanian do), and
  // toLocaleLowerCase asks ICU for the locale at every key.
  return editDistance(key.trim().toLowerCase(), 'typ') <= 2;
}

/** Whether a file name is one ärende looks at in a folder (Markdown). */
export function isMarkdownFile(name: string): boolean {
  return /\.(md|markdown)$/i.test(name);
}

/**
 * Decides from the text alone whether it is a draft (cheap: reads the frontmatter only). The frontmatter is
 * found by the same splitFrontmatter as parseDraft, so the two never disagree on where it is (line breaks
 * of any kind), and its YAML is parsed once for both (parseFrontmatterYaml keeps the last).
 */
export function draftVerdict(text: string): DraftVerdict {
  const body = text.replace(/^\uFEFF/, '');
  // Most Markdown that is no draft says so at its first character: no index of its lines is needed.
  if (!body.startsWith('---')) return { draft: false, reason: 'no-frontmatter' };
  const split = splitFrontmatter(body, new LineIndex(body));
  // An opening fence that is never closed: the writer started a frontmatter and it cannot be read.
  if (split.unclosed) return { draft: true, kind: undefined };
  if (!split.frontmatter) return { draft: false, reason: 'no-frontmatter' };
  const document = split.frontmatter.document;
  if (document.errors.length > 0) return { draft: true, kind: undefined };
  const contents = document.contents;
  if (isMap(contents)) {
    const keys = contents.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
    if (keys.includes('typ')) {
      const typ = contents.get('typ');
      return { draft: true, kind: isDraftKind(typ) ? typ : undefined };
    }
    return keys.some(meansTyp) ? { draft: true, kind: undefined } : { draft: false, reason: 'no-typ' };
  }
  // Not a mapping ("typ politikerinitiativ" without its colon is one string): look at each line's first word.
  const words = split.frontmatter.source.split(/\r\n?|\n/).map((line) => /^\s*([\p{L}_-]+)/u.exec(line)?.[1] ?? '');
  return words.some((w) => w && meansTyp(w)) ? { draft: true, kind: undefined } : { draft: false, reason: 'no-typ' };
}

/** "2 filer hoppades över: a.md (inget huvud …), b.md (…)": one line for a command to print, or ''. */
export function skippedSummary(skipped: readonly { path: string; reason: SkipReason }[]): string {
  if (skipped.length === 0) return '';
  const list = skipped.map((s) => `${s.path} (${SKIP_REASONS[s.reason]})`).join(', ');
  return skipped.length === 1 ? `1 fil hoppades över, den är inget utkast: ${list}.` : `${skipped.length} filer hoppades över, de är inte utkast: ${list}.`;
}
