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

export type ImageSource = { kind: 'remote' } | { kind: 'empty' } | { kind: 'local'; path: string; type: string | undefined; extension: string };

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
  return { kind: 'local', path: p, type: IMAGE_TYPES[extension], extension };
}

/** Answers whether a file named in a draft exists; `draftPath` is the draft's path (relative names are relative to its folder). */
export interface FileProbe {
  exists(draftPath: string | undefined, relativePath: string): boolean;
}
