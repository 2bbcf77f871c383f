/**
 * Puts a draft's document into a kommun's template: our styles mapped onto the template's by
 * their built-in names, our footer line merged with the template's footer, the template's headers
 * (logo, kommun name) on every page. pack.ts calls it when `ExportOptions.template` is given.
 *
 * The footer, where ours ("Sida X av Y" and the dnr at the right margin) meets the template's
 * (address, switchboard, web site): the template's footer stays as it is and our line is added
 * below it; when the template already numbers its pages (a PAGE field), only our right-hand text
 * (the dnr) is added, so no page number appears twice.
 */
import { LANGUAGE } from './layout.js';
import { STYLES, style, type StyleDef } from './styles.js';
import type { TemplatePart, WordTemplate } from './template.js';

/** Our style id → the id the document uses (the template's style of the same name, or ours). */
export type StyleIdMap = ReadonlyMap<string, string>;

/** Styles whose font belongs to what they are (code): kept when the template lacks them. */
const KEEP_FONT = new Set(['SourceCode', 'VerbatimChar']);

function withoutFont(def: StyleDef): StyleDef {
  if (!def.run?.font || KEEP_FONT.has(def.id)) return def;
  const { font: _font, ...run } = def.run;
  return { ...def, run };
}

/**
 * The template's styles.xml with the styles it lacks added (ours, but without our fonts, so its
 * Normal's font carries through), the document language set to sv-SE, and the id map.
 */
export function mergeStyles(template: WordTemplate): { xml: string; ids: StyleIdMap } {
  const byName = new Map(template.styles.map((s) => [`${s.type}:${s.name.toLowerCase()}`, s.id]));
  const taken = new Set(template.styles.map((s) => s.id));
  const ids = new Map<string, string>();
  const missing: StyleDef[] = [];
  for (const def of STYLES) {
    const found = byName.get(`${def.type}:${def.name.toLowerCase()}`);
    if (found) ids.set(def.id, found);
    else {
      // A template style with our id but another name (a kommun's own "Etikett") keeps its id; ours is renamed.
      const id = taken.has(def.id) ? `Arende${def.id}` : def.id;
      ids.set(def.id, id);
      missing.push(def);
    }
  }
  const added = missing
    .map((def) =>
      withoutFont({
        ...def,
        id: ids.get(def.id)!,
        basedOn: def.basedOn && (ids.get(def.basedOn) ?? def.basedOn),
        next: def.next && (ids.get(def.next) ?? def.next),
      }),
    )
    .map(style)
    .join('');
  let xml = template.stylesXml.replace(/<\/w:styles>\s*$/, `${added}</w:styles>`);
  xml = withLanguage(xml);
  return { xml, ids };
}

/** Sets the document's default language to sv-SE (a published document states its language). */
function withLanguage(stylesXml: string): string {
  const lang = `<w:lang w:val="${LANGUAGE}" w:eastAsia="${LANGUAGE}" w:bidi="ar-SA"/>`;
  const rPrDefault = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(stylesXml);
  if (rPrDefault) {
    const inner = rPrDefault[1]!;
    let next: string;
    if (/<w:lang\b[^>]*\/>/.test(inner)) next = inner.replace(/<w:lang\b[^>]*\/>/, lang);
    else if (inner.includes('</w:rPr>')) next = inner.replace('</w:rPr>', `${lang}</w:rPr>`);
    else next = `<w:rPr>${lang}</w:rPr>`;
    return stylesXml.replace(rPrDefault[0], `<w:rPrDefault>${next}</w:rPrDefault>`);
  }
  const defaults = `<w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault>`;
  if (stylesXml.includes('<w:docDefaults>')) return stylesXml.replace('<w:docDefaults>', `<w:docDefaults>${defaults}`);
  if (stylesXml.includes('<w:docDefaults/>')) return stylesXml.replace('<w:docDefaults/>', `<w:docDefaults>${defaults}</w:docDefaults>`);
  // docDefaults is the first child of w:styles.
  return stylesXml.replace(/(<w:styles\b[^>]*>)/, `$1<w:docDefaults>${defaults}</w:docDefaults>`);
}

/** Rewrites pStyle, rStyle and tblStyle references from our ids to the document's. */
export function remapStyleIds(xml: string, ids: StyleIdMap): string {
  return xml.replace(/<w:(pStyle|rStyle|tblStyle) w:val="([^"]*)"\/>/g, (all, el: string, id: string) => {
    const to = ids.get(id);
    return to && to !== id ? `<w:${el} w:val="${to}"/>` : all;
  });
}

/**
 * A section's footer in the template: the template's footer with our paragraph below it, or with
 * only our right-hand text when the template numbers its pages itself. `ours` is our whole footer
 * paragraph, `rightOnly` the paragraph with just the dnr ('' when there is none).
 */
export function mergedFooterXml(part: TemplatePart, ours: string, rightOnly: string): string {
  const add = part.hasPageNumber ? rightOnly : ours;
  return part.xml.replace(/<\/w:ftr>\s*$/, `${add}</w:ftr>`);
}
