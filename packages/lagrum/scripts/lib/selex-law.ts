/**
 * Reads a law from the statute data folder's selex/sfs-YYYY-NNN.md: frontmatter, "## N kap. Title",
 * "### subheading", "#### N §" (chapterless laws: "## subheading", "### N §"). Amendment stamps are links
 * ("Lag ([2019:835](https://…))"): we keep their text and drop the link targets.
 */
import type { ProvisionDraft } from './provision-draft.js';
import { normaliseLabel } from './section-order.js';
import { readStructure } from './structure.js';

export interface SelexLaw {
  frontmatter: Record<string, string>;
  hasChapters: boolean;
  chapterTitles: Record<string, string>;
  provisions: ProvisionDraft[];
  /** The transitional provisions as plain text ("1991:1128 1. Denna lag träder i kraft …"), for a law
   * only in selex/ (the JSON's `transitional` otherwise): its in-force date and the laws it repealed. */
  transitional: string;
}

export function readSelexLaw(markdown: string): SelexLaw {
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  const frontmatter: Record<string, string> = {};
  if (fm) {
    for (const line of fm[1]!.split('\n')) {
      const m = /^([a-z_]+):\s*"?(.*?)"?\s*$/.exec(line);
      if (m) frontmatter[m[1]!] = m[2]!;
    }
  }
  const body = fm ? markdown.slice(fm[0].length) : markdown;
  const hasChapters = /^## \d+(?: [a-z])? kap\./m.test(body);
  const chapterTitles: Record<string, string> = {};
  const provisions: ProvisionDraft[] = [];
  let kapitel: string | null = null;
  let heading = '';
  let current: ProvisionDraft | null = null;
  // The provision's paragraphs (stycken and points), as separated by blank lines in the source.
  let blocks: string[] = [];
  let blank = true;
  let transitional = '';

  const flush = () => {
    if (current) {
      // The subheading above the next paragraph is sometimes a plain line, not a "###" heading: it would end
      // this paragraph's text and count as a stycke ("… avslutas.\nNärvarorätt"). It heads the next one.
      const trailing: string[] = [];
      while (blocks.length > 1 && isPlainHeading(blocks[blocks.length - 1]!)) trailing.unshift(blocks.pop()!);
      if (trailing.length) heading = [heading, ...trailing].filter(Boolean).join(' ');
      current.text = blocks.join('\n').trim();
      current.structure = readStructure(blocks);
    }
    blocks = [];
    blank = true;
  };

  const lines = body.split('\n');
  for (let li = 0; li < lines.length; li++) {
    const raw = lines[li]!;
    const line = raw.trimEnd();
    const h = /^(#{1,6}) (.*)$/.exec(line);
    if (h) {
      const level = h[1]!.length;
      const title = plain(h[2]!);
      if (level === 1) continue;
      if (/^Övergångsbestämmelser$|^Ikraftträdande- och övergångsbestämmelser$/u.test(title)) {
        flush();
        current = null;
        transitional = plain(
          lines
            .slice(li + 1)
            .join('\n')
            .replace(/^#+ /gmu, ''),
        );
        break;
      }
      const kap = /^(\d+(?: [a-z])?) kap\.\s*(.*)$/u.exec(title);
      if (level === 2 && kap && hasChapters) {
        flush();
        current = null;
        kapitel = normaliseLabel(kap[1]!);
        chapterTitles[kapitel] = kap[2]!;
        heading = '';
        continue;
      }
      const par = /^(\d+(?:\s?[a-z])?) §$/u.exec(title);
      if (par) {
        flush();
        current = {
          kapitel: hasChapters ? kapitel : null,
          paragraf: normaliseLabel(par[1]!),
          text: '',
          rubrik: heading,
          from: '',
          until: '',
        };
        provisions.push(current);
        heading = '';
        continue;
      }
      flush();
      current = null;
      heading = heading ? `${heading} ${title}` : title;
      continue;
    }
    if (line.trim() === '') {
      blank = true;
      continue;
    }
    if (!current) continue;
    // A line without a blank line before it continues the paragraph (the source has none such today).
    if (!blank && blocks.length) blocks[blocks.length - 1] += ` ${plain(line)}`;
    else blocks.push(plain(line));
    blank = false;
  }
  flush();
  return { frontmatter, hasChapters, chapterTitles, provisions, transitional: transitional.trim() };
}

/** A short line that ends without sentence punctuation and starts with a capital: a subheading, not a stycke
 * (a stycke ends with ".", ":" or ";"; a list item that continues a sentence starts with a number or lower case). */
function isPlainHeading(block: string): boolean {
  return block.length <= 100 && /^\p{Lu}/u.test(block) && !/[.:;,!?)]$/u.test(block) && !/^\d/.test(block);
}

/** Markdown inline → plain text: links keep their label, emphasis markers go. */
function plain(s: string): string {
  return s
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
