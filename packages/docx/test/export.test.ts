import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { exportDraft, isSafeUrl, remarkDocx, KIND_LABEL } from '../src/index.js';
import { parseDraft } from '@arende/core';
import { loadDraft, paragraphs, parts, testMetadata } from './helpers.js';

describe('exportDraft', () => {
  const draft = loadDraft('rich-politikerinitiativ.md');
  const bytes = exportDraft(draft);
  const files = parts(bytes);
  const doc = files['word/document.xml']!;
  const paras = paragraphs(doc);

  it('gives the same bytes for the same draft, however often and in whatever order it runs', () => {
    const other = exportDraft(loadDraft('medborgarforslag-kontakt.md'));
    assert.ok(other.length > 0);
    const again = exportDraft(loadDraft('rich-politikerinitiativ.md'));
    assert.equal(Buffer.compare(Buffer.from(bytes), Buffer.from(again)), 0);
  });

  it('gives the same bytes in another process and another time zone', function () {
    this.timeout(30_000);
    const script = `
      import { createHash } from 'node:crypto';
      import { exportDraft } from './src/index.ts';
      import { loadDraft } from './test/helpers.ts';
      process.stdout.write(createHash('sha256').update(exportDraft(loadDraft('rich-politikerinitiativ.md'))).digest('hex'));
    `;
    const cwd = fileURLToPath(new URL('..', import.meta.url));
    const other = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd,
      env: { ...process.env, TZ: 'Pacific/Kiritimati' },
      encoding: 'utf8',
    });
    assert.equal(other, createHash('sha256').update(bytes).digest('hex'));
  });

  it('dates the package from datum, in the properties and the zip entries', () => {
    assert.match(files['docProps/core.xml']!, /<dcterms:created[^>]*>2026-03-02T00:00:00Z</);
    assert.match(files['docProps/core.xml']!, /<dcterms:modified[^>]*>2026-03-02T00:00:00Z</);
    // Local file header: mod time at offset 10, mod date at 12 (DOS format).
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const dosDate = view.getUint16(12, true);
    assert.deepEqual([(dosDate >> 9) + 1980, (dosDate >> 5) & 15, dosDate & 31], [2026, 3, 2]);
  });

  it('sets title, creator, subject and language in the document properties', () => {
    const core = files['docProps/core.xml']!;
    assert.match(core, /<dc:title>Bättre samordning för personer med psykisk ohälsa<\/dc:title>/);
    assert.match(core, /<dc:creator>Kim Exempel, Alex Prov<\/dc:creator>/);
    assert.match(core, /<dc:subject>Politikerinitiativ<\/dc:subject>/);
    assert.match(core, /<dc:language>sv-SE<\/dc:language>/);
    assert.match(files['word/styles.xml']!, /<w:lang w:val="sv-SE"\/>/);
  });

  it('has a Normal style that the heading styles are based on', () => {
    const styles = files['word/styles.xml']!;
    assert.match(styles, /<w:style w:type="paragraph" w:styleId="Normal"/);
    const h2 = /<w:style [^>]*w:styleId="Heading2"[\s\S]*?<\/w:style>/.exec(styles)![0];
    assert.match(h2, /<w:name w:val="Heading 2"\/>/);
    assert.match(h2, /<w:basedOn w:val="Normal"\/>/);
  });

  it('uses A4 and the municipal margins', () => {
    assert.match(doc, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(doc, /<w:pgMar w:top="1134" w:right="1134" w:bottom="1417" w:left="1417"/);
  });

  it('writes the first-page block: kommun, kind, datum, diarienummer, mottagare', () => {
    const head = paras.slice(0, 4).map((p) => p.text);
    assert.deepEqual(head, ['Exempelby kommun\tPolitikerinitiativ', '\tDatum: 2026-03-02', '\tDnr: SN 2026/17', 'Till Socialnämnden']);
  });

  it('makes the rubrik the Heading 1 once (a # heading repeating it is dropped) and ## Heading 2', () => {
    const headings = paras.filter((p) => p.style?.startsWith('Heading')).map((p) => [p.style, p.text]);
    assert.deepEqual(headings, [
      ['Heading1', 'Bättre samordning för personer med psykisk ohälsa'],
      ['Heading2', 'Bakgrund'],
      ['Heading3', 'Underrubrik'],
      ['Heading2', 'Vi föreslår därför att'],
    ]);
  });

  it('keeps bold, italic and strike-through, and code in its own character style', () => {
    assert.match(doc, /<w:b\/>[\s\S]*?<w:t[^>]*>långvarig<\/w:t>/);
    assert.match(doc, /<w:i\/>[\s\S]*?<w:t[^>]*>ofta<\/w:t>/);
    assert.match(doc, /<w:strike\/>[\s\S]*?<w:t[^>]*>struken<\/w:t>/);
    assert.match(doc, /<w:rStyle w:val="VerbatimChar"\/>[\s\S]*?<w:t[^>]*>kod<\/w:t>/);
  });

  it('links only http, https and mailto; other links are their plain text', () => {
    const rels = files['word/_rels/document.xml.rels']!;
    const targets = [...rels.matchAll(/Target="([^"]+)" TargetMode="External"/g)].map((m) => m[1]).sort();
    assert.deepEqual(targets, ['https://www.socialstyrelsen.se/sip', 'mailto:sn@exempelby.se']);
    assert.ok(!doc.includes('javascript'));
    assert.ok(paras.some((p) => p.text.includes('En farlig länk och en relativ länk blir vanlig text')));
    assert.equal((doc.match(/<w:hyperlink /g) ?? []).length, 2);
  });

  it('writes tables with the first row marked as header row', () => {
    assert.equal((doc.match(/<w:tbl>/g) ?? []).length, 1);
    const firstRow = /<w:tr>[\s\S]*?<\/w:tr>/.exec(doc)![0];
    assert.match(firstRow, /<w:tblHeader\/>/);
    assert.match(firstRow, /Upprättade SIP/);
    assert.equal((doc.match(/<w:tblHeader\/>/g) ?? []).length, 1);
  });

  it('writes footnotes, one per call', () => {
    const notes = files['word/footnotes.xml']!;
    assert.equal((doc.match(/<w:footnoteReference w:id="\d+"\/>/g) ?? []).length, 3);
    assert.match(notes, /Samordnad individuell plan/);
    assert.match(notes, /Tidigare 2 kap\. 7 § socialtjänstlagen \(2001:453\)/);
  });

  it('numbers the att-satser even when the draft bullets them', () => {
    const numbering = files['word/numbering.xml']!;
    const att = paras.filter((p) => p.text.startsWith('socialnämnden ger') || p.text.startsWith('redovisningen sker'));
    assert.equal(att.length, 2);
    const numIds = att.map((p) => /<w:numId w:val="(\d+)"\/>/.exec(p.xml)![1]);
    assert.equal(numIds[0], numIds[1]);
    const num = new RegExp(`<w:num w:numId="${numIds[0]}"[^>]*>[\\s\\S]*?<w:abstractNumId w:val="(\\d+)"/>`).exec(numbering)!;
    const abstract = new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${num[1]}"[\\s\\S]*?</w:abstractNum>`).exec(numbering)![0];
    assert.match(abstract, /<w:numFmt w:val="decimal"\/>/);
  });

  it('writes bullet and nested lists, block quotes and code blocks', () => {
    const sub = paras.find((p) => p.text === 'underpunkt a')!;
    assert.match(sub.xml, /<w:ilvl w:val="1"\/>/);
    assert.equal(paras.find((p) => p.text.startsWith('Brukarna uppskattar'))!.style, 'Quote');
    assert.deepEqual(
      paras.filter((p) => p.style === 'SourceCode').map((p) => p.text),
      ['kodblock rad 1', 'kodblock rad 2'],
    );
  });

  it('ends with the closing: kommun and date, then per sender a line to sign on, namn, parti and roll as written', () => {
    const sig = paras.filter((p) => p.style === 'Underskrift');
    assert.deepEqual(
      sig.map((p) => p.text),
      ['Exempelby kommun, 2 mars 2026', 'Kim ExempelExempelpartiet, ledamot', 'Alex ProvProvpartiet, tjänstgörande ersättare'],
    );
    assert.match(sig[1]!.xml, /<w:br\/>/);
    // Each name has its own signature line: an empty paragraph with a bottom border right before it.
    for (const name of sig.slice(1)) {
      const before = paras[paras.indexOf(name) - 1]!;
      assert.equal(before.text, '');
      assert.match(before.xml, /<w:pBdr><w:bottom w:val="single"/);
    }
  });

  it('keeps the closing together and with the text before it (keep-with-next up to the last name)', () => {
    const first = paras.findIndex((p) => p.style === 'Underskrift');
    const last = paras.map((p) => p.style).lastIndexOf('Underskrift');
    for (let i = first - 1; i < last; i++) assert.match(paras[i]!.xml, /<w:keepNext\/>/, `paragraph ${i}: ${paras[i]!.text}`);
    assert.doesNotMatch(paras[last]!.xml, /<w:keepNext\/>/);
  });

  it('writes "Sida X av Y" with PAGE and NUMPAGES fields and the diarienummer in the footer', () => {
    const footer = Object.entries(files).find(([name]) => /^word\/footer\d*\.xml$/.test(name))![1];
    assert.match(footer, /Sida /);
    assert.match(footer, /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    assert.match(footer, /<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    assert.match(footer, /Dnr: SN 2026\/17/);
  });
});

describe('exportDraft: nämnduppdrag', () => {
  const files = parts(exportDraft(loadDraft('namnduppdrag-kort.md')));
  const paras = paragraphs(files['word/document.xml']!);

  it('names it Tjänsteskrivelse and cites the assignment in the first-page block', () => {
    assert.equal(paras[0]!.text, 'Exempelby kommun\tTjänsteskrivelse');
    assert.equal(paras[1]!.text, 'Socialförvaltningen\tDatum: 2026-02-20');
    assert.ok(paras.some((p) => p.text === 'Uppdrag: SN 2025-09-10 § 88'));
    assert.ok(paras.some((p) => p.text === 'Socialnämnden'));
    assert.match(files['docProps/core.xml']!, /<dc:subject>Tjänsteskrivelse<\/dc:subject>/);
  });

  it('lists Bilagor and "Beslutet skickas till" after the signatures', () => {
    const texts = paras.map((p) => p.text);
    const sig = texts.indexOf('Eva Chefförvaltningschef');
    assert.ok(sig > 0, texts.join(' | '));
    assert.deepEqual(texts.slice(sig + 2), ['Bilagor', 'Besöksstatistik 2025', 'Beslutet skickas till', 'Enhetschef socialpsykiatri']);
    // "Beslutet skickas till" as plain lines under a label, as real papers write it: no list, no heading.
    const to = paras.find((p) => p.text === 'Enhetschef socialpsykiatri')!;
    assert.doesNotMatch(to.xml, /<w:numPr>/);
    assert.equal(paras.find((p) => p.text === 'Beslutet skickas till')!.style, 'Etikett');
  });
});

describe('exportDraft: medborgarförslag', () => {
  const draft = loadDraft('medborgarforslag-kontakt.md');
  const files = parts(exportDraft(draft));

  it('never writes the contact details (adress, e-post, telefon) anywhere in the package', () => {
    for (const [name, text] of Object.entries(files)) {
      for (const secret of ['Hemliga gatan', 'greta.hemlig', '070-987', '987 65 43']) {
        assert.ok(!text.includes(secret), `${secret} i ${name}`);
      }
    }
    assert.match(files['word/document.xml']!, /Greta Förslagsson/);
  });

  it('says Medborgarförslag and addresses Kommunfullmäktige', () => {
    const texts = paragraphs(files['word/document.xml']!).map((p) => p.text);
    assert.equal(texts[0], 'Exempelby kommun\tMedborgarförslag');
    assert.ok(texts.includes('Till Kommunfullmäktige'));
    assert.equal(KIND_LABEL.medborgarförslag, 'Medborgarförslag');
  });
});

describe('remarkDocx (unified compiler)', () => {
  it('compiles a remark tree with hand-made metadata', () => {
    const metadata = testMetadata();
    const file = unified().use(remarkParse).use(remarkGfm).use(remarkDocx, { metadata }).processSync('Text.\n\n## Yrkande\n\n- att pröva\n');
    const bytes = (file.result ?? file.value) as Uint8Array;
    const texts = paragraphs(parts(bytes)['word/document.xml']!).map((p) => p.text);
    assert.ok(texts.includes('Prov'));
    assert.ok(texts.includes('att pröva'));
  });
});

describe('raw HTML in a draft', () => {
  const bodyTexts = (body: string) => {
    const text = `---\ntyp: politikerinitiativ\nrubrik: Prov\ndatum: 2026-05-04\nmottagare: Socialnämnden\navsändare:\n  - namn: A B\n    parti: P\nlagrum:\n  - 3 kap. 1 § socialtjänstlagen (2025:400)\n---\n\n${body}\n\n## Förslag\n\n- att pröva\n`;
    return paragraphs(parts(exportDraft(parseDraft(text)))['word/document.xml']!).map((p) => p.text);
  };

  it('drops HTML tags and comments but keeps their text', () => {
    const texts = bodyTexts('Ett <b>fett</b> ord<!-- dold -->, <span class="x">spann</span>.\n\n<div>Ett <i>block</i></div>');
    assert.ok(texts.includes('Ett fett ord, spann.'), texts.join(' | '));
    assert.ok(texts.includes('Ett block'), texts.join(' | '));
  });

  it('keeps angle-bracket words that are no HTML element as the writer typed them', () => {
    const texts = bodyTexts('Ersätt <namn> och <datum> i mallen, men inte <b>detta</b>.');
    assert.ok(texts.includes('Ersätt <namn> och <datum> i mallen, men inte detta.'), texts.join(' | '));
  });

  it('keeps words apart where text pasted from Word has a vertical tab', () => {
    const texts = bodyTexts('Inklistrat\u000bfrån Word.');
    assert.ok(texts.includes('Inklistrat från Word.'), texts.join(' | '));
  });
});

describe('isSafeUrl', () => {
  it('accepts http, https and mailto only', () => {
    for (const ok of ['http://a.se', 'HTTPS://a.se/x', 'mailto:a@b.se']) assert.ok(isSafeUrl(ok), ok);
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', '../x.md', '#ankare', 'data:text/html,x', 'vbscript:x']) {
      assert.ok(!isSafeUrl(bad), bad);
    }
  });
});
