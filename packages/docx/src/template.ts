/**
 * A kommun's Word template (.dotx or .docx) read for the export: its styles, page set-up, theme,
 * and its headers and footers with their images (logo). Pure: the bytes come from the caller
 * (node.ts `readTemplate` reads the file), so a browser can use a template the user picks.
 *
 * What is taken: word/styles.xml (our paragraphs are mapped to the template's built-in styles by
 * their names: Normal, heading 1–6, Title, List Paragraph, Table Grid, footnote text, …, whatever
 * style ids a Swedish or English Word gave them), the page size and margins and the header and
 * footer references of the template's last section, and the theme (the fonts styles refer to).
 * The template's own body text is not taken.
 */
import { unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import type { PageSetup } from './wml.js';

import { TemplateError } from './template-error.js';

export { TemplateError } from './template-error.js';

export interface TemplateRelationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** A header or footer of the template, with what it refers to (images: the logo). */
export interface TemplatePart {
  /** default, first (titlePg) or even. */
  type: 'default' | 'first' | 'even';
  xml: string;
  relationships: TemplateRelationship[];
  /** Internal targets of the relationships (word/media/logo.png, …) with their bytes, by target as written. */
  media: Map<string, Uint8Array>;
  /** True when the part already shows a page number (a PAGE field). */
  hasPageNumber: boolean;
}

export interface TemplateStyle {
  type: string;
  id: string;
  name: string;
}

export interface WordTemplate {
  /** The file name, for messages. */
  name: string;
  stylesXml: string;
  styles: TemplateStyle[];
  page: PageSetup;
  /** A different first page (w:titlePg). */
  titlePage: boolean;
  headers: TemplatePart[];
  footers: TemplatePart[];
  theme?: Uint8Array | undefined;
}

const decoder = new TextDecoder();

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function relationships(xml: string): TemplateRelationship[] {
  const out: TemplateRelationship[] = [];
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const tag = m[0];
    out.push({
      id: attribute(tag, 'Id') ?? '',
      type: attribute(tag, 'Type') ?? '',
      target: attribute(tag, 'Target') ?? '',
      external: attribute(tag, 'TargetMode') === 'External',
    });
  }
  return out;
}

/** A part's path from a relationship target (relative to the source part's folder, or absolute). */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = sourcePart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg && seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

function relsPathOf(part: string): string {
  const at = part.lastIndexOf('/');
  return `${part.slice(0, at + 1)}_rels/${part.slice(at + 1)}.rels`;
}

const twips = (v: string | undefined, fallback: number) => {
  const n = v === undefined ? NaN : Number(v);
  return Number.isFinite(n) && n >= 0 ? Math.round(n) : fallback;
};

/**
 * Reads a template from its bytes. Throws TemplateError, in Swedish, naming what is wrong: not a
 * Word file, a part missing, XML that does not parse.
 */
export function parseTemplate(bytes: Uint8Array, name: string): WordTemplate {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new TemplateError(
      `mallen '${name}' är ingen Word-fil (.dotx eller .docx): den går inte att packa upp. Spara mallen i Word som Word-mall (.dotx) och försök igen.`,
    );
  }
  const text = (part: string, what: string): string => {
    const data = files[part];
    if (!data)
      throw new TemplateError(`mallen '${name}' saknar ${what} (${part}); den verkar inte vara en Word-fil. Spara mallen i Word som Word-mall (.dotx).`);
    const xml = decoder.decode(data);
    const valid = XMLValidator.validate(xml);
    if (valid !== true) {
      throw new TemplateError(
        `mallen '${name}' är skadad: ${part} är inte giltig XML (rad ${valid.err.line}: ${valid.err.msg}). Öppna och spara mallen i Word igen.`,
      );
    }
    return xml;
  };
  const packageRels = relationships(text('_rels/.rels', 'paketets relationer'));
  const main = packageRels.find((r) => r.type.endsWith('/officeDocument'));
  if (!main) throw new TemplateError(`mallen '${name}' har inget huvuddokument; den verkar inte vara en Word-fil.`);
  const documentPart = resolveTarget('', main.target);
  const documentXml = text(documentPart, 'huvuddokumentet');
  const docRelsPath = relsPathOf(documentPart);
  const docRels = files[docRelsPath] ? relationships(text(docRelsPath, 'dokumentets relationer')) : [];
  const byId = new Map(docRels.map((r) => [r.id, r]));
  const stylesRel = docRels.find((r) => r.type.endsWith('/styles'));
  if (!stylesRel) throw new TemplateError(`mallen '${name}' har inga formatmallar (styles.xml); det är formatmallarna exporten använder.`);
  const stylesXml = text(resolveTarget(documentPart, stylesRel.target), 'formatmallarna');
  const themeRel = docRels.find((r) => r.type.endsWith('/theme'));
  const theme = themeRel ? files[resolveTarget(documentPart, themeRel.target)] : undefined;

  const styles: TemplateStyle[] = [];
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = attribute(m[1]!, 'w:styleId');
    const type = attribute(m[1]!, 'w:type') ?? 'paragraph';
    const styleName = /<w:name w:val="([^"]*)"/.exec(m[2]!)?.[1];
    if (id && styleName) styles.push({ type, id, name: styleName });
  }

  // The body's own section properties: the last w:sectPr of the document.
  const sectStart = documentXml.lastIndexOf('<w:sectPr');
  const sectEnd = documentXml.indexOf('</w:sectPr>', sectStart);
  const sectPr = sectStart >= 0 && sectEnd > sectStart ? documentXml.slice(sectStart, sectEnd) : '';
  const pgSz = /<w:pgSz\b[^>]*>/.exec(sectPr)?.[0] ?? '';
  const pgMar = /<w:pgMar\b[^>]*>/.exec(sectPr)?.[0] ?? '';
  const page: PageSetup = {
    width: twips(attribute(pgSz, 'w:w'), 11906),
    height: twips(attribute(pgSz, 'w:h'), 16838),
    margin: {
      top: Math.abs(twips(attribute(pgMar, 'w:top'), 1134)),
      right: twips(attribute(pgMar, 'w:right'), 1134),
      bottom: Math.abs(twips(attribute(pgMar, 'w:bottom'), 1417)),
      left: twips(attribute(pgMar, 'w:left'), 1417),
      header: twips(attribute(pgMar, 'w:header'), 680),
      footer: twips(attribute(pgMar, 'w:footer'), 680),
    },
  };
  if (page.width - page.margin.left - page.margin.right < 1440) {
    throw new TemplateError(`mallen '${name}' har ett sidformat utan plats för text (marginalerna är bredare än sidan).`);
  }

  const part = (kind: 'header' | 'footer') => {
    const out: TemplatePart[] = [];
    for (const m of sectPr.matchAll(new RegExp(`<w:${kind}Reference\\b[^>]*>`, 'g'))) {
      const type = (attribute(m[0], 'w:type') ?? 'default') as TemplatePart['type'];
      const rel = byId.get(attribute(m[0], 'r:id') ?? '');
      if (!rel || !['default', 'first', 'even'].includes(type)) continue;
      const partPath = resolveTarget(documentPart, rel.target);
      const xml = text(partPath, kind === 'header' ? 'ett sidhuvud' : 'en sidfot');
      const relsPath = relsPathOf(partPath);
      const rels = files[relsPath] ? relationships(text(relsPath, 'relationerna för sidhuvud/sidfot')) : [];
      const media = new Map<string, Uint8Array>();
      for (const r of rels) {
        if (r.external) continue;
        const data = files[resolveTarget(partPath, r.target)];
        if (!data)
          throw new TemplateError(`mallen '${name}' saknar bilden eller delen '${r.target}' som ${kind === 'header' ? 'sidhuvudet' : 'sidfoten'} använder.`);
        media.set(r.target, data);
      }
      out.push({ type, xml, relationships: rels, media, hasPageNumber: /<w:instrText[^>]*>\s*PAGE\b/.test(xml) || /w:instr="\s*PAGE\b/.test(xml) });
    }
    return out;
  };

  return {
    name,
    stylesXml,
    styles,
    page,
    titlePage: /<w:titlePg(?:\s[^>]*)?\/>/.test(sectPr) && !/<w:titlePg\s+w:val="(?:0|false)"/.test(sectPr),
    headers: part('header'),
    footers: part('footer'),
    theme,
  };
}
