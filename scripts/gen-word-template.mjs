#!/usr/bin/env node
// Generates templates/word/sjoviks-kommun.dotx: the Word template of a fictional kommun (Sjöviks
// kommun, the kommun of the examples), to show and test `arende export --mall`. Written from this
// script rather than by hand so that every part is readable here: Swedish style ids as Word gives
// them in a Swedish installation (Rubrik1 for "heading 1", Liststycke for "List Paragraph"), so the
// export's mapping by built-in name is exercised; a header with a logo and the kommun's name; a
// footer with the kommun's address; its own fonts, sizes, colours and margins.
// Usage: node scripts/gen-word-template.mjs   (deterministic: the same bytes every run)
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// fflate is a dependency of @arende/docx (it reads templates); the script borrows it from there.
const { zipSync } = createRequire(path.join(root, 'packages/docx/package.json'))('fflate');
const out = path.join(root, 'templates/word/sjoviks-kommun.dotx');

const GREEN = '1F5C3A';
const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// ---------------------------------------------------------------- the logo: a PNG drawn here
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc(body));
  return Buffer.concat([len, body, sum]);
}
/** An RGBA PNG at 300 dpi from a pixel function. */
function png(width, height, pixel) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), y * (width * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const phys = Buffer.alloc(9);
  phys.writeUInt32BE(11811, 0); // 300 dpi in pixels per metre
  phys.writeUInt32BE(11811, 4);
  phys[8] = 1;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('pHYs', phys),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
/** A round emblem: green sky over two blue waves of a lake (sjö), white rim. */
const logo = png(180, 180, (x, y) => {
  const dx = x - 89.5;
  const dy = y - 89.5;
  const r = Math.hypot(dx, dy);
  if (r > 88) return [255, 255, 255, 0];
  if (r > 82) return [0x1f, 0x5c, 0x3a, 255];
  const wave1 = 100 + 8 * Math.sin(x / 14);
  const wave2 = 128 + 7 * Math.sin(x / 11 + 1.5);
  if (y > wave2) return [0x1d, 0x4e, 0x89, 255];
  if (y > wave1) return [0x4a, 0x86, 0xc5, 255];
  if (Math.hypot(x - 120, y - 58) < 16) return [0xf2, 0xc1, 0x4e, 255];
  return [0xe8, 0xf2, 0xea, 255];
});

// ---------------------------------------------------------------- parts
const font = (name) => `<w:rFonts w:ascii="${name}" w:hAnsi="${name}" w:eastAsia="${name}" w:cs="${name}"/>`;
function style(type, id, name, inner, extra = '') {
  return `<w:style w:type="${type}"${extra} w:styleId="${id}"><w:name w:val="${name}"/>${inner}</w:style>`;
}
const heading = (level, id, size, color, fontName, before) =>
  style(
    'paragraph',
    id,
    `heading ${level}`,
    `<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>` +
      `<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="${before}" w:after="120"/><w:outlineLvl w:val="${level - 1}"/></w:pPr>` +
      `<w:rPr>${font(fontName)}<w:b/><w:bCs/><w:color w:val="${color}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`,
  );

const styles =
  DECL +
  `<w:styles ${W}>` +
  '<w:docDefaults><w:rPrDefault><w:rPr>' +
  font('Verdana') +
  '<w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="sv-SE" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="288" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  style('paragraph', 'Normal', 'Normal', '<w:qFormat/>', ' w:default="1"') +
  style('character', 'Standardstycketeckensnitt', 'Default Paragraph Font', '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>', ' w:default="1"') +
  style(
    'table',
    'Normaltabell',
    'Normal Table',
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>',
    ' w:default="1"',
  ) +
  style('numbering', 'Ingenlista', 'No List', '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>', ' w:default="1"') +
  heading(1, 'Rubrik1', 36, GREEN, 'Georgia', 0) +
  heading(2, 'Rubrik2', 26, GREEN, 'Georgia', 280) +
  heading(3, 'Rubrik3', 22, '333333', 'Verdana', 200) +
  style(
    'paragraph',
    'Rubrik',
    'Title',
    `<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr>${font('Georgia')}<w:color w:val="${GREEN}"/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr>`,
  ) +
  style(
    'paragraph',
    'Liststycke',
    'List Paragraph',
    '<w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:spacing w:after="80"/><w:ind w:left="720"/><w:contextualSpacing/></w:pPr>',
  ) +
  style(
    'table',
    'Tabellrutnt',
    'Table Grid',
    '<w:basedOn w:val="Normaltabell"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>' +
      `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="${GREEN}"/>`).join('')}</w:tblBorders></w:tblPr>`,
  ) +
  style(
    'paragraph',
    'Fotnotstext',
    'footnote text',
    '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>',
  ) +
  style(
    'character',
    'Fotnotsreferens',
    'footnote reference',
    '<w:basedOn w:val="Standardstycketeckensnitt"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>',
  ) +
  style(
    'paragraph',
    'Sidhuvud',
    'header',
    '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="right" w:pos="9071"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>',
  ) +
  style(
    'paragraph',
    'Sidfot',
    'footer',
    '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:color w:val="555555"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>',
  ) +
  style(
    'character',
    'Hyperlnk',
    'Hyperlink',
    `<w:basedOn w:val="Standardstycketeckensnitt"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="1D4E89"/><w:u w:val="single"/></w:rPr>`,
  ) +
  style(
    'paragraph',
    'Citat',
    'Quote',
    `<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="29"/><w:qFormat/><w:pPr><w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="${GREEN}"/></w:pBdr><w:ind w:left="567"/></w:pPr><w:rPr><w:i/><w:iCs/></w:rPr>`,
  ) +
  '</w:styles>';

// The header: the logo (with its alt text), the kommun's name at the right margin, a green rule under it.
const EMU = 9144 * 100; // 1 inch
const logoSize = Math.round((1.5 / 2.54) * EMU); // 1.5 cm
const header =
  DECL +
  `<w:hdr ${W} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
  `<w:p><w:pPr><w:pStyle w:val="Sidhuvud"/><w:pBdr><w:bottom w:val="single" w:sz="12" w:space="4" w:color="${GREEN}"/></w:pBdr><w:tabs><w:tab w:val="right" w:pos="9071"/></w:tabs></w:pPr>` +
  '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">' +
  `<wp:extent cx="${logoSize}" cy="${logoSize}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
  '<wp:docPr id="100" name="Logotyp" descr="Sjöviks kommuns logotyp: en sjö med en sol över"/>' +
  '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>' +
  '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>' +
  '<pic:nvPicPr><pic:cNvPr id="100" name="logotyp.png" descr="Sjöviks kommuns logotyp: en sjö med en sol över"/><pic:cNvPicPr/></pic:nvPicPr>' +
  '<pic:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>' +
  `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${logoSize}" cy="${logoSize}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
  '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>' +
  `<w:r><w:rPr>${font('Georgia')}<w:b/><w:color w:val="${GREEN}"/><w:sz w:val="32"/></w:rPr><w:tab/><w:t>Sjöviks kommun</w:t></w:r></w:p>` +
  '</w:hdr>';

const footer =
  DECL +
  `<w:ftr ${W}>` +
  `<w:p><w:pPr><w:pStyle w:val="Sidfot"/><w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="${GREEN}"/></w:pBdr><w:spacing w:after="60"/></w:pPr>` +
  '<w:r><w:t xml:space="preserve">Sjöviks kommun · Storgatan 1, 123 45 Sjövik · 0123-45 67 00 · kommunen@sjovik.example · sjovik.example</w:t></w:r></w:p>' +
  '</w:ftr>';

const document =
  DECL +
  `<w:document ${W}><w:body>` +
  '<w:p><w:pPr><w:pStyle w:val="Rubrik1"/></w:pPr><w:r><w:t>Rubrik</w:t></w:r></w:p>' +
  '<w:p><w:r><w:t>Mall för handlingar till Sjöviks kommuns nämnder. Brödtexten skrivs i formatmallen Normal.</w:t></w:r></w:p>' +
  '<w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:footerReference w:type="default" r:id="rId5"/>' +
  '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1985" w:right="1418" w:bottom="1418" w:left="1418" w:header="567" w:footer="567" w:gutter="0"/>' +
  '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>' +
  '</w:body></w:document>';

const settings = `${DECL}<w:settings ${W}><w:defaultTabStop w:val="1304"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="sv-SE"/></w:settings>`;

const rel = (id, type, target) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/${type}" Target="${target}"/>`;
const rels = (...items) => `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
const contentTypes =
  DECL +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>' +
  `<Override PartName="/word/document.xml" ContentType="${CT}.template.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="${CT}.styles+xml"/>` +
  `<Override PartName="/word/settings.xml" ContentType="${CT}.settings+xml"/>` +
  `<Override PartName="/word/header1.xml" ContentType="${CT}.header+xml"/>` +
  `<Override PartName="/word/footer1.xml" ContentType="${CT}.footer+xml"/>` +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '</Types>';
const core =
  DECL +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  '<dc:title>Sjöviks kommun: mall för nämndhandlingar</dc:title><dc:language>sv-SE</dc:language>' +
  '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created></cp:coreProperties>';

const enc = (s) => new TextEncoder().encode(s);
const mtime = new Date(Date.UTC(2026, 0, 1, 12));
const files = {
  '[Content_Types].xml': enc(contentTypes),
  '_rels/.rels': enc(
    rels(
      rel('rId1', 'officeDocument/2006/relationships/officeDocument', 'word/document.xml'),
      rel('rId2', 'package/2006/relationships/metadata/core-properties', 'docProps/core.xml'),
    ),
  ),
  'docProps/core.xml': enc(core),
  'word/document.xml': enc(document),
  'word/_rels/document.xml.rels': enc(
    rels(
      rel('rId1', 'officeDocument/2006/relationships/styles', 'styles.xml'),
      rel('rId2', 'officeDocument/2006/relationships/settings', 'settings.xml'),
      rel('rId4', 'officeDocument/2006/relationships/header', 'header1.xml'),
      rel('rId5', 'officeDocument/2006/relationships/footer', 'footer1.xml'),
    ),
  ),
  'word/styles.xml': enc(styles),
  'word/settings.xml': enc(settings),
  'word/header1.xml': enc(header),
  'word/_rels/header1.xml.rels': enc(rels(rel('rId1', 'officeDocument/2006/relationships/image', 'media/logotyp.png'))),
  'word/footer1.xml': enc(footer),
  'word/media/logotyp.png': new Uint8Array(logo),
};
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v, { mtime }]]))));
console.log(`gen-word-template: ${path.relative(root, out)}`);
