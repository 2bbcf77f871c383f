/**
 * Packs a compiled document into .docx bytes: the body's sections (each with its own footer), the
 * styles, numbering, footnotes and the other parts, zipped by zip.ts (native zlib, fixed entry
 * dates). Nothing depends on the clock or on chance: the dates come from the draft and every id is
 * given in order of appearance, so the same draft always gives the same bytes.
 */
import type { DocumentState } from './document-state.js';
import { PAGE_SETUP } from './layout.js';
import type { Block } from './mdast-to-docx.js';
import { numberingXml } from './numbering.js';
import {
  appPropertiesXml,
  contentTypesXml,
  corePropertiesXml,
  documentXml,
  fontTableXml,
  footerXml,
  footnotesXml,
  packageRelsXml,
  settingsXml,
} from './package-parts.js';
import { stylesXml } from './styles.js';
import { sectionProperties } from './wml.js';
import { zipEntries, type ZipEntry } from './zip.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks a `YYYY-MM-DD` date and falls back to 2000-01-01 (zip dates cannot be before 1980). */
export function packageDate(date: string | undefined): string {
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

/** Writes every part and zips them; `date` (`YYYY-MM-DD`) stamps the properties and the zip entries. */
export function packDocument(content: DocumentContent, date: string | undefined): Uint8Array {
  const day = packageDate(date);
  const { state } = content;
  let body = '';
  let finalSectPr = '';
  content.sections.forEach((section, i) => {
    const sectPr = sectionProperties(PAGE_SETUP, state.addFooter(footerXml(section.footer)));
    if (i === content.sections.length - 1) {
      body += section.blocks.join('');
      finalSectPr = sectPr;
    } else body += closeSection(section.blocks, sectPr).join('');
  });
  const parts: [string, string][] = [
    ['[Content_Types].xml', contentTypesXml(state.footers.map((f) => f.name))],
    ['_rels/.rels', packageRelsXml()],
    ['docProps/core.xml', corePropertiesXml({ title: content.title, subject: content.subject, creator: content.creator, date: day })],
    ['docProps/app.xml', appPropertiesXml()],
    ['word/document.xml', documentXml(body, finalSectPr)],
    ['word/_rels/document.xml.rels', state.documentRels.toXml()],
    ['word/styles.xml', stylesXml()],
    ['word/settings.xml', settingsXml()],
    ['word/numbering.xml', numberingXml(state.lists)],
    ['word/footnotes.xml', footnotesXml(state)],
    ['word/fontTable.xml', fontTableXml()],
  ];
  if (state.footnoteRels.size > 0) parts.push(['word/_rels/footnotes.xml.rels', state.footnoteRels.toXml()]);
  for (const footer of state.footers) parts.push([`word/${footer.name}`, footer.xml]);
  const encoder = new TextEncoder();
  const entries: ZipEntry[] = parts.map(([path, xml]) => ({ path, data: encoder.encode(xml) }));
  return zipEntries(entries, day);
}
