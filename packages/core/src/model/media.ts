/**
 * Images and links in a draft's body, as the accessibility rules and the export see them. Kept
 * free of file access: whether a local image exists is asked of a `FileProbe` the caller gives
 * (the CLI and the extension pass Node's file system; a browser passes none).
 */
import type { Image, ImageReference, Link, LinkReference, Nodes, Root } from 'mdast';

/** An image in the body, its reference resolved (`![alt][ref]` takes the definition's URL). */
export interface DraftImage {
  node: Image | ImageReference;
  /** The address as written ('' for a reference without definition). */
  url: string;
  alt: string;
}

/** A link in the body (a bare address included: the parser turns it into a link whose text is the address). */
export interface DraftLink {
  node: Link | LinkReference;
  url: string;
}

function walk(node: Nodes, visit: (n: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children as Nodes[]) walk(child, visit);
}

function definitions(tree: Root): Map<string, string> {
  const defs = new Map<string, string>();
  walk(tree, (n) => {
    if (n.type === 'definition' && !defs.has(n.identifier)) defs.set(n.identifier, n.url);
  });
  return defs;
}

export function draftImages(tree: Root): DraftImage[] {
  const defs = definitions(tree);
  const out: DraftImage[] = [];
  walk(tree, (n) => {
    if (n.type === 'image') out.push({ node: n, url: n.url, alt: n.alt ?? '' });
    else if (n.type === 'imageReference') out.push({ node: n, url: defs.get(n.identifier) ?? '', alt: n.alt ?? '' });
  });
  return out;
}

export function draftLinks(tree: Root): DraftLink[] {
  const defs = definitions(tree);
  const out: DraftLink[] = [];
  walk(tree, (n) => {
    if (n.type === 'link') out.push({ node: n, url: n.url });
    else if (n.type === 'linkReference' && defs.has(n.identifier)) out.push({ node: n, url: defs.get(n.identifier)! });
  });
  return out;
}

/** Image formats the export embeds, by file extension (what Word and LibreOffice both display). */
export const IMAGE_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
};

/**
 * How a local image's address leaves the draft's folder, when it does (issue 17): a draft from someone
 * else must not pull any picture on the machine into a public document.
 */
export type OutsideFolder = 'absolute' | 'file-url' | 'parent';

export type ImageSource =
  | { kind: 'remote' }
  | { kind: 'empty' }
  | { kind: 'local'; path: string; type: string | undefined; extension: string; outside?: OutsideFolder };

/** Largest image file read, in bytes (a photo from a phone is 3–10 MB). */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/** Whether a relative path, written with / or \\, leaves its folder (`../x`, `a/../../x`). */
function leavesFolder(p: string): boolean {
  let depth = 0;
  for (const part of p.split(/[\\/]+/)) {
    if (part === '..') depth--;
    else if (part !== '.' && part !== '') depth++;
    if (depth < 0) return true;
  }
  return false;
}

/**
 * What an image address is: remote (http, https, protocol-relative or data; never fetched), or a
 * local path relative to the draft, with its file type by extension (undefined: not one we embed).
 */
export function imageSource(url: string): ImageSource {
  const u = url.trim();
  if (!u) return { kind: 'empty' };
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(u) && !/^file:/i.test(u) && !/^[a-z]:[\\/]/i.test(u)) return { kind: 'remote' };
  let p = u.replace(/^file:\/\//i, '').replace(/[?#].*$/, '');
  try {
    p = decodeURI(p);
  } catch {
    // A malformed %-escape: use the address as written.
  }
  const extension = /\.([A-Za-z0-9]+)$/.exec(p)?.[1]?.toLowerCase() ?? '';
  const outside: OutsideFolder | undefined = /^file:/i.test(u)
    ? 'file-url'
    : /^(?:[\\/]|[a-z]:)/i.test(p) || /^~[\\/]/.test(p)
      ? 'absolute'
      : leavesFolder(p)
        ? 'parent'
        : undefined;
  return { kind: 'local', path: p, type: IMAGE_TYPES[extension], extension, ...(outside ? { outside } : {}) };
}

/** What a local image file is, as a file probe finds it. */
export type ImageFileStatus = 'ok' | 'missing' | 'outside' | 'not-regular' | 'empty' | 'too-large' | 'unreadable';

/** Answers whether a file named in a draft exists; `draftPath` is the draft's path (relative names are relative to its folder). */
export interface FileProbe {
  exists(draftPath: string | undefined, relativePath: string): boolean;
  /**
   * What the image file is (issue 17): a regular, readable, non-empty file of at most MAX_IMAGE_BYTES
   * inside the draft's folder once symbolic links are resolved ('ok'), or why not. Optional: without it,
   * `exists` is asked.
   */
  image?(draftPath: string | undefined, relativePath: string): ImageFileStatus;
}
