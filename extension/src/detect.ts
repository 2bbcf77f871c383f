import { draftVerdict } from '@arende/core';

/**
 * Whether a text is a draft: core's one rule (`draftVerdict`), the same the CLI and the scripts use. A
 * frontmatter with a misspelled `typ` or one that cannot be read counts, so its problems are shown.
 */
export function looksLikeDraft(text: string): boolean {
  return draftVerdict(text).draft;
}

/**
 * The value of the frontmatter's `typ` line as written, read line by line: the status bar can still say
 * what kind of draft it is when the YAML around it is broken (and the parsed model has no kind).
 */
export function typLine(text: string): string | undefined {
  const lines = text.replace(/^\uFEFF/, '').split('\n', 200);
  if (lines[0]?.trimEnd() !== '---') return undefined;
  for (const line of lines.slice(1)) {
    if (/^(?:---|\.\.\.)\s*$/.test(line)) return undefined;
    const m = /^typ\s*:\s*["']?([^"'#\r]*?)["']?\s*(?:#.*)?\r?$/.exec(line);
    if (m) return m[1] || undefined;
  }
  return undefined;
}
