/**
 * What must be unique across one .docx while it is compiled: footnote ids, list instances (one
 * w:num each), the footer parts of the sections, and the relationships of each part. Everything is
 * numbered in order of appearance, so the same input always gives the same ids.
 */
import type { ListKind } from './numbering.js';
import { escapeAttr } from './xml.js';
import { drawingRun, imageExtension, imageSize, pageExtent, type EmbeddedImage } from './images.js';
import { TEXT_HEIGHT, TEXT_WIDTH } from './layout.js';
import type { WordTemplate } from './template.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const RELATIONSHIP_TYPE = {
  styles: `${REL}/styles`,
  numbering: `${REL}/numbering`,
  footnotes: `${REL}/footnotes`,
  settings: `${REL}/settings`,
  fontTable: `${REL}/fontTable`,
  footer: `${REL}/footer`,
  hyperlink: `${REL}/hyperlink`,
  image: `${REL}/image`,
  header: `${REL}/header`,
  theme: `${REL}/theme`,
} as const;

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** The relationships of one part (word/_rels/<part>.rels): ids rId1, rId2, … in order of adding. */
export class Relationships {
  private readonly list: Relationship[] = [];
  private readonly external = new Map<string, string>();

  add(type: string, target: string): string {
    const id = `rId${this.list.length + 1}`;
    this.list.push({ id, type, target, external: false });
    return id;
  }

  /** A hyperlink target; the same URL in the same part shares one relationship. */
  hyperlink(url: string): string {
    let id = this.external.get(url);
    if (!id) {
      id = `rId${this.list.length + 1}`;
      this.list.push({ id, type: RELATIONSHIP_TYPE.hyperlink, target: url, external: true });
      this.external.set(url, id);
    }
    return id;
  }

  get size(): number {
    return this.list.length;
  }

  /** The .rels part. */
  toXml(): string {
    let out =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';
    for (const r of this.list) {
      out += `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeAttr(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`;
    }
    return `${out}</Relationships>`;
  }
}

export interface ListInstance {
  numId: number;
  kind: ListKind;
  start: number;
}

/** A binary part under word/media/. */
export interface MediaPart {
  /** Path inside the package, e.g. word/media/image1.png. */
  path: string;
  data: Uint8Array;
}

/** The text area the body may fill (twips): images are scaled to it, tables span its width. */
export interface TextArea {
  width: number;
  height: number;
}

export interface FooterPart {
  /** File name under word/, e.g. footer1.xml (header1.xml for a template's header). */
  name: string;
  relationshipId: string;
  xml: string;
  /** The part's own relationships (a template footer's logo), if any. */
  relsXml?: string | undefined;
  kind?: 'header' | 'footer';
}

/**
 * State shared by everything compiled into one .docx: an agenda holds many drafts, and their
 * footnotes, lists and links must not collide.
 */
export class DocumentState {
  /** word/document.xml's relationships: styles, settings, numbering, footnotes, fontTable first. */
  readonly documentRels = new Relationships();
  /** word/footnotes.xml's relationships (links inside footnotes). */
  readonly footnoteRels = new Relationships();
  /** Footnote bodies (block XML, the footnoteRef mark already in place) by id 1, 2, … */
  readonly footnotes: string[] = [];
  readonly lists: ListInstance[] = [];
  readonly footers: FooterPart[] = [];
  readonly media: MediaPart[] = [];
  /** The text area (a template's page set-up changes it). */
  textArea: TextArea = { width: TEXT_WIDTH, height: TEXT_HEIGHT };
  private drawings = 0;
  private readonly imageRels = new Map<Uint8Array, { rel: string; svgRel?: string | undefined }>();

  /**
   * @param images the draft's local images by address as written (read by the caller: node.ts
   * `loadImages`); an image not given here is written as its alt text.
   */
  constructor(
    readonly images: ReadonlyMap<string, EmbeddedImage> = new Map(),
    readonly template?: WordTemplate | undefined,
  ) {
    if (template) {
      const p = template.page;
      this.textArea = { width: p.width - p.margin.left - p.margin.right, height: p.height - p.margin.top - p.margin.bottom };
    }
    this.documentRels.add(RELATIONSHIP_TYPE.styles, 'styles.xml');
    this.documentRels.add(RELATIONSHIP_TYPE.settings, 'settings.xml');
    this.documentRels.add(RELATIONSHIP_TYPE.numbering, 'numbering.xml');
    this.documentRels.add(RELATIONSHIP_TYPE.footnotes, 'footnotes.xml');
    this.documentRels.add(RELATIONSHIP_TYPE.fontTable, 'fontTable.xml');
  }

  /** Adds a footnote; ids start at 1 (-1 and 0 are the separators). */
  addFootnote(blocksXml: string): number {
    this.footnotes.push(blocksXml);
    return this.footnotes.length;
  }

  /** A new list instance (its own w:num): numbering starts again from `start`. */
  listInstance(kind: ListKind = 'ordered', start = 1): number {
    const numId = this.lists.length + 1;
    this.lists.push({ numId, kind, start });
    return numId;
  }

  /**
   * An inline picture for the image the draft names `url`, or undefined when the caller gave no
   * bytes for it. The same file used twice is stored once.
   */
  picture(url: string, alt: string, images: ReadonlyMap<string, EmbeddedImage> = this.images): string | undefined {
    const image = images.get(url);
    if (!image) return undefined;
    const size = imageSize(image, `Bilden '${url}'`);
    // Keyed by the bytes: two drafts of a kallelse may both name "karta.png" for different files.
    let rels = this.imageRels.get(image.data);
    if (!rels) {
      const n = this.media.length + 1;
      const path = `media/image${n}.${imageExtension(image.type)}`;
      this.media.push({ path: `word/${path}`, data: image.data });
      const rel = this.documentRels.add(RELATIONSHIP_TYPE.image, path);
      // An SVG without a raster fallback: the SVG is both, which LibreOffice draws and Word 2016+ reads through svgBlip.
      rels = image.type === 'image/svg+xml' ? { rel, svgRel: rel } : { rel };
      this.imageRels.set(image.data, rels);
    }
    const id = ++this.drawings;
    const name = url.split(/[\\/]/).pop() || `Bild ${id}`;
    return drawingRun({ id, name, alt, extent: pageExtent(size, this.textArea), relationshipId: rels.rel, svgRelationshipId: rels.svgRel });
  }

  /** Registers a section's footer part; returns its relationship id for the section's w:sectPr. */
  addFooter(xml: string, relsXml?: string): string {
    const name = `footer${this.footers.filter((f) => f.kind !== 'header').length + 1}.xml`;
    const relationshipId = this.documentRels.add(RELATIONSHIP_TYPE.footer, name);
    this.footers.push({ name, relationshipId, xml, relsXml, kind: 'footer' });
    return relationshipId;
  }

  /** Registers a header part (a template's); returns its relationship id. */
  addHeader(xml: string, relsXml?: string): string {
    const name = `header${this.footers.filter((f) => f.kind === 'header').length + 1}.xml`;
    const relationshipId = this.documentRels.add(RELATIONSHIP_TYPE.header, name);
    this.footers.push({ name, relationshipId, xml, relsXml, kind: 'header' });
    return relationshipId;
  }
}
