/**
 * The package's parts other than the body, styles and numbering: [Content_Types].xml, the package
 * relationships, the document properties (core and app), settings, footnotes (with the separator
 * footnotes -1 and 0 that Word expects), the font table and the section footers.
 */
import { withoutContactDetails } from '@arende/core';
import type { DocumentState } from './document-state.js';
import { BODY_FONT, CODE_FONT, HEADING_FONT, LANGUAGE, RIGHT_TAB, STYLE } from './layout.js';
import { WML_NAMESPACES, field, paragraph, run, tabRun } from './wml.js';
import { XML_DECLARATION, escapeText } from './xml.js';

const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/** [Content_Types].xml: a content type for every part the package holds. */
/** Content types of the binary parts by extension (images in word/media/). */
const MEDIA_TYPES: Record<string, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  emf: 'image/x-emf',
  wmf: 'image/x-wmf',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  bmp: 'image/bmp',
};

export function contentTypesXml(
  parts: readonly (string | { name: string; kind?: 'header' | 'footer' | undefined })[],
  mediaPaths: readonly string[] = [],
  extraOverrides: readonly [string, string][] = [],
): string {
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  const extensions = [...new Set(mediaPaths.map((p) => /\.([^./]+)$/.exec(p)?.[1]?.toLowerCase() ?? '').filter((e) => MEDIA_TYPES[e]))].sort();
  return (
    XML_DECLARATION +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    extensions.map((e) => `<Default Extension="${e}" ContentType="${MEDIA_TYPES[e]}"/>`).join('') +
    override('/word/document.xml', `${CT}.document.main+xml`) +
    override('/word/styles.xml', `${CT}.styles+xml`) +
    override('/word/settings.xml', `${CT}.settings+xml`) +
    override('/word/numbering.xml', `${CT}.numbering+xml`) +
    override('/word/footnotes.xml', `${CT}.footnotes+xml`) +
    override('/word/fontTable.xml', `${CT}.fontTable+xml`) +
    parts
      .map((p) => (typeof p === 'string' ? { name: p, kind: 'footer' } : p))
      .map((p) => override(`/word/${p.name}`, `${CT}.${p.kind === 'header' ? 'header' : 'footer'}+xml`))
      .join('') +
    extraOverrides.map(([part, type]) => override(part, type)).join('') +
    override('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    override('/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml') +
    '</Types>'
  );
}

/** _rels/.rels: the main document and the two property parts. */
export function packageRelsXml(): string {
  return (
    XML_DECLARATION +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
    '</Relationships>'
  );
}

export interface CoreProperties {
  title: string;
  subject: string;
  creator: string;
  /** `YYYY-MM-DD`: created and modified at T00:00:00Z. */
  date: string;
}

/** docProps/core.xml: title, subject, creator, language and the dates, from the draft. */
export function corePropertiesXml(properties: CoreProperties): string {
  // Document properties travel with the file unseen (search engines index them): never contact details,
  // whatever a writer typed into a name or title (issue 8).
  const p = {
    ...properties,
    title: withoutContactDetails(properties.title),
    subject: withoutContactDetails(properties.subject),
    creator: withoutContactDetails(properties.creator),
  };
  const stamp = `${p.date}T00:00:00Z`;
  return (
    XML_DECLARATION +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeText(p.title)}</dc:title>` +
    `<dc:subject>${escapeText(p.subject)}</dc:subject>` +
    `<dc:creator>${escapeText(p.creator)}</dc:creator>` +
    `<dc:description>Skapad med ärende (${LANGUAGE})</dc:description>` +
    `<cp:lastModifiedBy>${escapeText(p.creator)}</cp:lastModifiedBy>` +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    `<dc:language>${LANGUAGE}</dc:language>` +
    '</cp:coreProperties>'
  );
}

/** docProps/app.xml. */
export function appPropertiesXml(): string {
  return (
    XML_DECLARATION +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Application>ärende</Application><DocSecurity>0</DocSecurity></Properties>'
  );
}

/** word/settings.xml, in CT_Settings order; footnotePr names the separator footnotes. */
export function settingsXml(): string {
  return (
    `${XML_DECLARATION}<w:settings ${WML_NAMESPACES}>` +
    '<w:defaultTabStop w:val="720"/>' +
    '<w:characterSpacingControl w:val="doNotCompress"/>' +
    '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    `<w:themeFontLang w:val="${LANGUAGE}"/>` +
    '<w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>' +
    '</w:settings>'
  );
}

const SEPARATOR_PARAGRAPH_PROPS = '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>';

/** word/footnotes.xml: the separators (-1, 0), then the document's footnotes 1, 2, … */
export function footnotesXml(state: DocumentState): string {
  let out =
    `${XML_DECLARATION}<w:footnotes ${WML_NAMESPACES}>` +
    `<w:footnote w:type="separator" w:id="-1"><w:p>${SEPARATOR_PARAGRAPH_PROPS}<w:r><w:separator/></w:r></w:p></w:footnote>` +
    `<w:footnote w:type="continuationSeparator" w:id="0"><w:p>${SEPARATOR_PARAGRAPH_PROPS}<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`;
  state.footnotes.forEach((body, i) => {
    out += `<w:footnote w:id="${i + 1}">${body}</w:footnote>`;
  });
  return `${out}</w:footnotes>`;
}

/** word/fontTable.xml: the three fonts the styles use, with their families for substitution. */
export function fontTableXml(): string {
  const font = (name: string, panose: string, family: string, pitch: string) =>
    `<w:font w:name="${name}"><w:panose1 w:val="${panose}"/><w:charset w:val="00"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`;
  return (
    `${XML_DECLARATION}<w:fonts ${WML_NAMESPACES}>` +
    font(BODY_FONT, '02020603050405020304', 'roman', 'variable') +
    font(HEADING_FONT, '020B0604020202020204', 'swiss', 'variable') +
    font(CODE_FONT, '02070309020205020404', 'modern', 'fixed') +
    '</w:fonts>'
  );
}

/** Our footer line: "Sida X av Y" (PAGE and NUMPAGES fields), and `right` at the right margin. */
export function footerParagraph(right: string): string {
  const content = run('Sida ') + field('PAGE') + run(' av ') + field('NUMPAGES') + (right ? tabRun(right) : '');
  return paragraph({ style: STYLE.footer, tabs: RIGHT_TAB }, content);
}

/** A footer part with our footer line. */
export function footerXml(right: string): string {
  return `${XML_DECLARATION}<w:ftr ${WML_NAMESPACES}>${footerParagraph(right)}</w:ftr>`;
}

/** word/document.xml around the body's blocks; `finalSectPr` closes the last section. */
export function documentXml(body: string, finalSectPr: string): string {
  return `${XML_DECLARATION}<w:document ${WML_NAMESPACES}><w:body>${body}${finalSectPr}</w:body></w:document>`;
}
