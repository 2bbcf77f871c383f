/**
 * The file name an unsaved draft's export suggests: its rubrik in lower case, words joined by hyphens,
 * Swedish letters kept (file systems and Word take them), at most 60 characters, cut at a word.
 */
export function fileNameFromRubrik(rubrik: string | undefined, extension: string): string | undefined {
  const words = (rubrik ?? '')
    .toLocaleLowerCase('sv')
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let name = '';
  for (const w of words) {
    const next = name ? `${name}-${w}` : w;
    if (next.length > 60) break;
    name = next;
  }
  if (!name && words[0]) name = words[0].slice(0, 60);
  return name ? `${name}.${extension}` : undefined;
}
