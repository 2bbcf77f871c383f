/**
 * `#read-texts` in a browser bundle (package.json "imports", condition "browser"): the web page does
 * not ship the 1.2 MB of provision texts, so citations are checked without them (textsAvailable() is
 * false) and nothing here needs a file system.
 */
export function readTextsFile(): string | null {
  return null;
}
