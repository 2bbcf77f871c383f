/**
 * Packs a compiled document into .docx bytes: the body's sections (each with its own footer), the
 * styles, numbering, footnotes and the other parts, zipped by zip.ts (native zlib, fixed entry
 * dates). Nothing depends on the clock or on chance: the dates come from the draft and every id is
 * given in order of appearance, so the same draft always gives the same bytes.
 */
import type { DocumentState } from './document-state.js';
import { PAGE_SETUP, STYLE, TEXT_WIDTH } from './layout.js';
import { mergeStyles, mergedFooterXml, remapStyleIds } from './apply-template.js';
import { RELATIONSHIP_TYPE } from './document-state.js';
import type { TemplatePart } from './template.js';
import { XML_DECLARATION, escapeAttr } from './xml.js';
import type { Block } from './mdast-to-docx.js';
import { numberingXml } from './numbering.js';
import {
  appPropertiesXml,
  contentTypesXml,
  corePropertiesXml,
  documentXml,
  fontTableXml,
  footerParagraph,
  footerXml,
  footnotesXml,
  packageRelsXml,
  settingsXml,
} from './package-parts.js';
import { stylesXml } from './styles.js';
import { paragraph, run, sectionProperties, type PartReference } from './wml.js';
import { zipEntries, type ZipEntry } from './zip.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks a `YYYY-MM-DD` date and falls back to 2000-01-01 (zip dates cannot be before 1980). */
function packageDate(date: string | undefined): string {
  const m = date ? DATE.exec(date) : null;
  if (!m || Number(m[1]) < 1980 || Number(m[1]) > 2099) return '2000-01-01';
  return date!;
}

/** A Word section: it starts on a new page and has its own footer text (right of "Sida X av Y"). */
export interface SectionContent {
  blocks: Block[];
  footer: string;
}

export interface DocumentContent {
  title: string;
  subject: string;
  creator: string;
  sections: SectionContent[];
  state: DocumentState;
  /** Number the lines in the margin (`arende export --radnummer`). */
  lineNumbers?: boolean | undefined;
}

/**
 * Ends a section with its last paragraph: a section's properties sit in the w:pPr of its last
 * paragraph (after any other paragraph property, as CT_PPr orders them); after a table an empty
 * paragraph carries them.
 */
export function closeSection(blocks: readonly Block[], sectPr: string): Block[] {
  const out = blocks.slice();
  const last = out[out.length - 1];
  if (last === undefined || !last.startsWith('<w:p>')) out.push(`<w:p><w:pPr>${sectPr}</w:pPr></w:p>`);
  else if (last.startsWith('<w:p><w:pPr>')) {
    const at = last.indexOf('</w:pPr>');
    out[out.length - 1] = last.slice(0, at) + sectPr + last.slice(at);
  } else out[out.length - 1] = `<w:p><w:pPr>${sectPr}</w:pPr>${last.slice('<w:p>'.length)}`;
  return out;
}

/** Relationships of a copied template part, its media renamed into our word/media/. */
function copiedRelationships(part: TemplatePart, mediaName: (target: string, data: Uint8Array) => string): string | undefined {
  if (part.relationships.length === 0) return undefined;
  let out = `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`;
  for (const r of part.relationships) {
    const data = part.media.get(r.target);
    const target = !r.external && data ? mediaName(r.target, data) : r.target;
    out += `<Relationship Id="${escapeAttr(r.id)}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(target)}"${r.external ? ' TargetMode="External"' : ''}/>`;
  }
  return `${out}</Relationships>`;
}

/** Writes every part and zips them; `date` (`YYYY-MM-DD`) stamps the properties and the zip entries. */
export function packDocument(content: DocumentContent, date: string | undefined): Uint8Array {
  const day = packageDate(date);
  const { state } = content;
  const template = state.template;
  const page = template?.page ?? PAGE_SETUP;
  const extraOverrides: [string, string][] = [];

  // A template's parts: its media copied once (same bytes, same name), its headers shared by every section.
  const templateMedia = new Map<Uint8Array, string>();
  const mediaName = (target: string, data: Uint8Array) => {
    let name = templateMedia.get(data);
    if (!name) {
      const ext = /\.([A-Za-z0-9]+)$/.exec(target)?.[1]?.toLowerCase() ?? 'bin';
      name = `media/mall${templateMedia.size + 1}.${ext}`;
      templateMedia.set(data, name);
      state.media.push({ path: `word/${name}`, data });
    }
    return name;
  };
  const headers: PartReference[] = [];
  if (template) {
    for (const h of template.headers) {
      if (h.type === 'even') continue; // Word shows even headers only with evenAndOddHeaders, which we do not set.
      headers.push({ kind: 'header', type: h.type, relationshipId: state.addHeader(h.xml, copiedRelationships(h, mediaName)) });
    }
    if (template.theme) {
      state.documentRels.add(RELATIONSHIP_TYPE.theme, 'theme/theme1.xml');
      extraOverrides.push(['/word/theme/theme1.xml', 'application/vnd.openxmlformats-officedocument.theme+xml']);
    }
  }
  const titlePage = template?.titlePage ?? false;

  /** The footer references of a section whose right-hand footer text is `right`. */
  const footers = (right: string): PartReference[] => {
    if (!template) return [{ kind: 'footer', type: 'default', relationshipId: state.addFooter(footerXml(right)) }];
    const refs: PartReference[] = [];
    const rightOnly = right ? paragraph({ style: STYLE.footer, alignment: 'right' }, run(right)) : '';
    for (const type of titlePage ? (['default', 'first'] as const) : (['default'] as const)) {
      const own = template.footers.find((f) => f.type === type);
      const xml = own ? mergedFooterXml(own, footerParagraph(right), rightOnly) : footerXml(right);
      refs.push({ kind: 'footer', type, relationshipId: state.addFooter(xml, own ? copiedRelationships(own, mediaName) : undefined) });
    }
    return refs;
  };

  let body = '';
  let finalSectPr = '';
  content.sections.forEach((section, i) => {
    const sectPr = sectionProperties(page, [...headers, ...footers(section.footer)], { titlePage, lineNumbers: content.lineNumbers });
    if (i === content.sections.length - 1) {
      body += section.blocks.join('');
      finalSectPr = sectPr;
    } else body += closeSection(section.blocks, sectPr).join('');
  });

  let stylesPart = stylesXml();
  let fix = (xml: string) => xml;
  if (template) {
    const merged = mergeStyles(template);
    stylesPart = merged.xml;
    const width = state.textArea.width;
    // Our right tab stops sit at our text width; in the template's page they move to its right margin.
    fix = (xml) => remapStyleIds(xml, merged.ids).replaceAll(`w:pos="${TEXT_WIDTH}"`, `w:pos="${width}"`);
  }
  const parts: [string, string][] = [
    ['[Content_Types].xml', ''],
    ['_rels/.rels', packageRelsXml()],
    ['docProps/core.xml', corePropertiesXml({ title: content.title, subject: content.subject, creator: content.creator, date: day })],
    ['docProps/app.xml', appPropertiesXml()],
    ['word/document.xml', fix(documentXml(body, finalSectPr))],
    ['word/_rels/document.xml.rels', state.documentRels.toXml()],
    ['word/styles.xml', stylesPart],
    ['word/settings.xml', settingsXml()],
    ['word/numbering.xml', numberingXml(state.lists)],
    ['word/footnotes.xml', fix(footnotesXml(state))],
    ['word/fontTable.xml', fontTableXml()],
  ];
  if (state.footnoteRels.size > 0) parts.push(['word/_rels/footnotes.xml.rels', state.footnoteRels.toXml()]);
  for (const part of state.footers) {
    parts.push([`word/${part.name}`, fix(part.xml)]);
    if (part.relsXml) parts.push([`word/_rels/${part.name}.rels`, part.relsXml]);
  }
  parts[0]![1] = contentTypesXml(
    state.footers,
    state.media.map((m) => m.path),
    extraOverrides,
  );
  const encoder = new TextEncoder();
  const entries: ZipEntry[] = parts.map(([path, xml]) => ({ path, data: encoder.encode(xml) }));
  if (template?.theme) entries.push({ path: 'word/theme/theme1.xml', data: template.theme });
  for (const m of state.media) entries.push({ path: m.path, data: m.data });
  return zipEntries(entries, day);
}
