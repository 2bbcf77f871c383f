/**
 * What a kommun needs to publish an export (issue 12): embedded images with alt text, what
 * assistive technology reads (title, language, heading styles, repeated header rows), the
 * kommun's template, and the sender's own version. Checked in the package's XML.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, unzipSync, strToU8 } from 'fflate';
import { parseDraft } from '@arende/core';
import { CONTACT_VERSION_NOTICE, exportAgenda, exportDraft, imageSize, TemplateError, type EmbeddedImage } from '../src/index.js';
import { parseTemplate } from '../src/template.js';
import { loadImages, readTemplate, ImageError } from '../src/node.js';
import { TEXT_WIDTH } from '../src/layout.js';
import { fixturePath, loadDraft, paragraphs, parts } from './helpers.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const TEMPLATE = path.join(ROOT, 'templates/word/sjoviks-kommun.dotx');

describe('images in the export', () => {
  const draft = loadDraft('udda-markdown.md');

  it('loadImages reads a local image relative to the draft, and the export embeds it with its alt text', async () => {
    const images = await loadImages(draft);
    assert.deepEqual([...images.keys()], ['bild.png']);
    const files = parts(exportDraft(draft, { images }));
    const raw = unzipSync(exportDraft(draft, { images }));
    assert.ok(raw['word/media/image1.png'], 'the image part');
    assert.deepEqual(raw['word/media/image1.png'], new Uint8Array(readFileSync(fixturePath('bild.png'))));
    assert.match(files['[Content_Types].xml']!, /<Default Extension="png" ContentType="image\/png"\/>/);
    const rel = /<Relationship Id="(rId\d+)" Type="[^"]*\/image" Target="media\/image1.png"\/>/.exec(files['word/_rels/document.xml.rels']!);
    assert.ok(rel, 'a relationship to the image');
    const doc = files['word/document.xml']!;
    assert.match(doc, new RegExp(`<a:blip r:embed="${rel[1]}">`));
    assert.match(doc, /<wp:docPr id="1" name="bild.png" descr="diagram över SIP" title="diagram över SIP"\/>/);
    assert.doesNotMatch(doc, /\[Bild: /);
  });

  it('scales a wide image down to the text width, keeping its proportions, and never up', () => {
    const png = new Uint8Array(readFileSync(fixturePath('bild.png')));
    const size = imageSize({ data: png, type: 'image/png' });
    assert.deepEqual([size.width, size.height], [800, 300]);
    const doc = parts(exportDraft(draft, { images: new Map([['bild.png', { data: png, type: 'image/png' }]]) }))['word/document.xml']!;
    const [cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(doc)!.slice(1).map(Number) as [number, number];
    assert.equal(cx, TEXT_WIDTH * 635);
    assert.ok(Math.abs(cy / cx - 300 / 800) < 0.001);
    // A small image keeps its own size (64 px at 96 dpi = 2/3 inch).
    const small = tinyPng(64, 32);
    const doc2 = parts(exportDraft(draft, { images: new Map([['bild.png', small]]) }))['word/document.xml']!;
    assert.match(doc2, /<wp:extent cx="609600" cy="304800"\/>/);
  });

  it('an image the caller did not give (missing, remote) is written as its alt text', () => {
    const doc = parts(exportDraft(draft))['word/document.xml']!;
    assert.match(doc, /\[Bild: diagram över SIP\]/);
    assert.doesNotMatch(doc, /<w:drawing>/);
  });

  it('a file that is not the image its name says is an ImageError (nothing exported)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'arende-bild-'));
    try {
      writeFileSync(path.join(dir, 'bild.png'), 'inte en bild');
      const d = parseDraft(readFileSync(fixturePath('udda-markdown.md'), 'utf8'), { path: path.join(dir, 'utkast.md') });
      await assert.rejects(loadImages(d), (e: Error) => e instanceof ImageError && /Bilden 'bild.png' är ingen giltig PNG-bild/.test(e.message));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("embeds an SVG as the picture and in Word's svgBlip extension", () => {
    const svg = strToU8('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200"><rect width="400" height="200" fill="#2a6"/></svg>');
    const bytes = exportDraft(draft, { images: new Map([['bild.png', { data: svg, type: 'image/svg+xml' as const }]]) });
    const files = parts(bytes);
    assert.match(files['[Content_Types].xml']!, /<Default Extension="svg" ContentType="image\/svg\+xml"\/>/);
    assert.ok(unzipSync(bytes)['word/media/image1.svg']);
    assert.match(
      files['word/document.xml']!,
      /<a:blip r:embed="(rId\d+)"><a:extLst><a:ext uri="\{96DAC541-7B7A-43D3-8B79-37D633B846F1\}"><asvg:svgBlip [^>]*r:embed="\1"\/>/,
    );
  });

  it('in a kallelse each draft has its own images: the same name for two files gives two pictures', () => {
    const a = { ...draft, images: new Map([['bild.png', tinyPng(64, 32)]]) };
    const b = { ...draft, images: new Map([['bild.png', tinyPng(32, 64)]]) };
    const raw = unzipSync(exportAgenda({ namnd: 'Socialnämnden', datum: '2026-04-15' }, [a, b], { withDocuments: true }));
    assert.deepEqual(
      Object.keys(raw)
        .filter((k) => k.startsWith('word/media/'))
        .sort(),
      ['word/media/image1.png', 'word/media/image2.png'],
    );
  });

  it('reads JPEG, GIF and SVG sizes from their headers', () => {
    const jpeg = new Uint8Array([
      0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 1, 0, 150, 0, 150, 0, 0, 0xff, 0xc0, 0, 11, 8, 0, 120, 0, 200, 3,
    ]);
    assert.deepEqual(imageSize({ data: jpeg, type: 'image/jpeg' }), { width: 200, height: 120, dpi: 150 });
    const gif = strToU8('GIF89a\x0a\x00\x05\x00');
    assert.deepEqual(imageSize({ data: gif, type: 'image/gif' }), { width: 10, height: 5, dpi: 96 });
    const svg = strToU8('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 100" width="200mm"></svg>');
    const s = imageSize({ data: svg, type: 'image/svg+xml' });
    assert.ok(Math.abs(s.width - (200 * 96) / 25.4) < 0.01 && Math.abs(s.height - s.width / 4) < 0.01);
  });
});

describe('what assistive technology reads, in the XML', () => {
  const draft = loadDraft('rich-politikerinitiativ.md');
  const files = parts(exportDraft(draft));
  const doc = files['word/document.xml']!;

  it('title = rubrik and language sv-SE in the properties; sv-SE as the default run language', () => {
    assert.match(files['docProps/core.xml']!, new RegExp(`<dc:title>${draft.metadata.rubrik}</dc:title>`));
    assert.match(files['docProps/core.xml']!, /<dc:language>sv-SE<\/dc:language>/);
    assert.match(files['word/styles.xml']!, /<w:rPrDefault><w:rPr>[\s\S]*<w:lang w:val="sv-SE"\/>/);
  });

  it('headings are real heading styles with outline levels, in reading order (rubrik first)', () => {
    const headings = paragraphs(doc).filter((p) => p.style?.startsWith('Heading'));
    assert.equal(headings[0]!.style, 'Heading1');
    assert.equal(headings[0]!.text, draft.metadata.rubrik);
    for (const level of [1, 2, 3])
      assert.match(files['word/styles.xml']!, new RegExp(`w:styleId="Heading${level}"[\\s\\S]*?<w:outlineLvl w:val="${level - 1}"/>`));
  });

  it('tables repeat their header row, name it in the table look, and use Table Grid', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(doc)![0];
    assert.match(table, /<w:tblStyle w:val="TableGrid"\/>/);
    assert.match(table, /w:firstRow="1"/);
    const rows = table.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    assert.match(rows[0]!, /<w:tblHeader\/>/);
    assert.doesNotMatch(rows[1]!, /<w:tblHeader\/>/);
    assert.match(files['word/styles.xml']!, /<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"\/>/);
  });
});

describe('the kommun template (templates/word/sjoviks-kommun.dotx)', () => {
  const draft = loadDraft('rich-politikerinitiativ.md');
  let files: Record<string, string> = {};
  let raw: Record<string, Uint8Array> = {};

  before(async () => {
    const bytes = exportDraft(draft, { template: await readTemplate(TEMPLATE) });
    files = parts(bytes);
    raw = unzipSync(bytes);
  });

  it("maps our paragraphs onto the template's styles by built-in name (Swedish style ids)", () => {
    const doc = files['word/document.xml']!;
    assert.match(doc, /<w:pStyle w:val="Rubrik1"\/>/);
    assert.match(doc, /<w:pStyle w:val="Rubrik2"\/>/);
    assert.match(doc, /<w:pStyle w:val="Liststycke"\/>/);
    assert.match(doc, /<w:tblStyle w:val="Tabellrutnt"\/>/);
    assert.doesNotMatch(doc, /w:val="Heading\d"|w:val="ListParagraph"|w:val="TableGrid"/);
    assert.match(files['word/footnotes.xml']!, /<w:pStyle w:val="Fotnotstext"\/>/);
    const styles = files['word/styles.xml']!;
    // The template's own styles stay; ours that it lacks are added, without our fonts.
    assert.match(styles, /w:styleId="Rubrik1"><w:name w:val="heading 1"\/>[\s\S]*?Georgia/);
    const added = /<w:style [^>]*w:styleId="Brevhuvud">[\s\S]*?<\/w:style>/.exec(styles)![0];
    assert.doesNotMatch(added, /Arial/);
    assert.match(styles, /<w:lang w:val="sv-SE"/);
  });

  it('takes the page set-up and the header with the logo (and its alt text)', () => {
    assert.match(files['word/document.xml']!, /<w:pgMar w:top="1985" w:right="1418" w:bottom="1418" w:left="1418" w:header="567" w:footer="567"/);
    const header = files['word/header1.xml']!;
    assert.match(header, /Sjöviks kommun/);
    assert.match(header, /descr="Sjöviks kommuns logotyp/);
    assert.match(files['word/_rels/header1.xml.rels']!, /Target="media\/mall1.png"/);
    assert.ok(raw['word/media/mall1.png']);
    assert.match(files['word/document.xml']!, /<w:headerReference w:type="default" r:id="rId\d+"\/><w:footerReference w:type="default"/);
    assert.match(files['[Content_Types].xml']!, /PartName="\/word\/header1.xml" ContentType="[^"]*header\+xml"/);
  });

  it("keeps the template's footer and adds our page line below it", () => {
    const footer = files['word/footer1.xml']!;
    const address = footer.indexOf('Storgatan 1');
    const page = footer.indexOf('Sida ');
    assert.ok(address > 0 && page > address, 'address first, then "Sida X av Y"');
    assert.match(footer, /<w:pStyle w:val="Sidfot"\/>/);
  });

  it('a template that numbers its own pages gets only our dnr', async () => {
    const t = await readTemplate(TEMPLATE);
    const own = { ...t, footers: t.footers.map((f) => ({ ...f, hasPageNumber: true })) };
    const d = loadDraft('namnduppdrag-kort.md');
    const footer = parts(exportDraft(d, { template: own }))['word/footer1.xml']!;
    assert.doesNotMatch(footer, /Sida /);
    assert.match(footer, /Dnr: /);
  });

  it('the agenda takes the template too', async () => {
    const files2 = parts(
      exportAgenda({ namnd: 'Socialnämnden', datum: '2026-04-15' }, [draft], { withDocuments: true, template: await readTemplate(TEMPLATE) }),
    );
    assert.match(files2['word/document.xml']!, /<w:pStyle w:val="Rubrik1"\/>/);
    assert.ok(files2['word/header1.xml']);
  });

  it('a broken or missing template is a TemplateError saying what is wrong', async () => {
    await assert.rejects(
      readTemplate('/finns/inte/mall.dotx'),
      (e: Error) => e instanceof TemplateError && /mallen '\/finns\/inte\/mall.dotx' finns inte/.test(e.message),
    );
    await assert.rejects(readTemplate(fixturePath('udda-markdown.md')), /ingen Word-mall: ange en .dotx- eller .docx-fil/);
    assert.throws(() => parseTemplate(strToU8('inte en zip'), 'x.dotx'), /'x.dotx' är ingen Word-fil/);
    const good = unzipSync(new Uint8Array(readFileSync(TEMPLATE)));
    const broken = zipSync({ ...good, 'word/styles.xml': strToU8('<w:styles><w:style>') });
    assert.throws(() => parseTemplate(broken, 'y.dotx'), /mallen 'y.dotx' är skadad: word\/styles.xml är inte giltig XML/);
    const { 'word/styles.xml': _s, ...noStyles } = good;
    const rels = strToU8(new TextDecoder().decode(good['word/_rels/document.xml.rels']).replace(/<Relationship [^>]*\/styles"[^>]*\/>/, ''));
    assert.throws(() => parseTemplate(zipSync({ ...noStyles, 'word/_rels/document.xml.rels': rels }), 'z.dotx'), /har inga formatmallar/);
  });
});

describe("the sender's own version (withContactDetails)", () => {
  const draft = loadDraft('medborgarforslag-kontakt.md');

  it("has the senders' adress, e-post and telefon and says it is not for publication", () => {
    const all = Object.values(parts(exportDraft(draft, { withContactDetails: true }))).join('');
    assert.ok(all.includes(CONTACT_VERSION_NOTICE));
    for (const p of draft.senders) for (const v of [p.adress, p['e-post'], p.telefon]) if (v) assert.ok(all.includes(v), v);
  });

  it('the default export has neither', () => {
    const all = Object.values(parts(exportDraft(draft))).join('');
    assert.ok(!all.includes(CONTACT_VERSION_NOTICE));
    for (const p of draft.senders) for (const v of [p.adress, p['e-post'], p.telefon]) if (v) assert.ok(!all.includes(v), v);
  });
});

/** A valid PNG of `w` × `h` white pixels (no pHYs: 96 dpi). */
function tinyPng(w: number, h: number): EmbeddedImage {
  const data = new Uint8Array(24);
  data.set([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82]);
  new DataView(data.buffer).setUint32(16, w);
  new DataView(data.buffer).setUint32(20, h);
  return { data, type: 'image/png' };
}
