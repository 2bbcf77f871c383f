/**
 * What must be unique across one .docx while it is compiled: footnote ids, list instances (one
 * w:num each), the footer parts of the sections, and the relationships of each part. Everything is
 * numbered in order of appearance, so the same input always gives the same ids.
 */
import type { ListKind } from './numbering.js';
import { escapeAttr } from './xml.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const RELATIONSHIP_TYPE = {
  styles: `${REL}/styles`,
  numbering: `${REL}/numbering`,
  footnotes: `${REL}/footnotes`,
  settings: `${REL}/settings`,
  fontTable: `${REL}/fontTable`,
  footer: `${REL}/footer`,
  hyperlink: `${REL}/hyperlink`,
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
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';
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

export interface FooterPart {
  /** File name under word/, e.g. footer1.xml. */
  name: string;
  relationshipId: string;
  xml: string;
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

  constructor() {
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

  /** Registers a section's footer part; returns its relationship id for the section's w:sectPr. */
  addFooter(xml: string): string {
    const name = `footer${this.footers.length + 1}.xml`;
    const relationshipId = this.documentRels.add(RELATIONSHIP_TYPE.footer, name);
    this.footers.push({ name, relationshipId, xml });
    return relationshipId;
  }
}
