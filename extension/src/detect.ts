/** Whether a text is a draft: it opens with a frontmatter block that has a `typ` key (the CLI's rule). */
export function looksLikeDraft(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split('\n', 200);
  if (lines[0]?.trimEnd() !== '---') return false;
  for (const line of lines.slice(1)) {
    if (/^(?:---|\.\.\.)\s*$/.test(line)) return false;
    if (/^typ\s*:/.test(line)) return true;
  }
  return false;
}
