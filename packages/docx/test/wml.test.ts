/**
 * The WordprocessingML writer's own modules: escaping, builders, numbering, relationships,
 * footnotes, and the package as a whole (schema order of properties, relationships and content
 * types that point at parts that exist).
 */
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { escapeAttr, escapeText, stripForbidden } from '../src/xml.js';
import { paragraph, paragraphProps, run, runProps, sectionProperties, table } from '../src/wml.js';
import { DocumentState, Relationships } from '../src/document-state.js';
import { numberingXml } from '../src/numbering.js';
import { closeSection } from '../src/pack.js';
import { footnotesXml } from '../src/package-parts.js';
import { PAGE_SETUP } from '../src/layout.js';
import { exportAgenda, exportDraft, remarkDocx } from '../src/index.js';
import { loadDraft, parts, testMetadata, withHyphens } from './helpers.js';

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
}

/** A small XML reader for our own parts (elements and attributes; text is not needed here). */
function parseXml(xml: string): El {
  const root: El = { name: '#root', attrs: {}, children: [] };
  const stack = [root];
  for (const m of xml.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>/g)) {
    const [, close, name, rawAttrs, selfClose] = m as unknown as [string, string, string, string, string];
    if (close) {
      const open = stack.pop()!;
      assert.equal(open.name, name, `</${name}> closes <${open.name}>`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of rawAttrs.matchAll(/([\w:.-]+)="([^"]*)"/g)) attrs[a[1]!] = a[2]!;
    const el: El = { name, attrs, children: [] };
    stack.at(-1)!.children.push(el);
    if (!selfClose) stack.push(el);
  }
  assert.equal(stack.length, 1, 'every element is closed');
  return root.children[0]!;
}

function* walk(el: El): Generator<El> {
  yield el;
  for (const c of el.children) yield* walk(c);
}

// Child order from the OOXML schema (ISO/IEC 29500-1, transitional), only the elements we may write.
const ORDER: Record<string, string[]> = {
  'w:pPr': [
    'w:pStyle',
    'w:keepNext',
    'w:keepLines',
    'w:pageBreakBefore',
    'w:widowControl',
    'w:numPr',
    'w:pBdr',
    'w:shd',
    'w:tabs',
    'w:spacing',
    'w:ind',
    'w:jc',
    'w:outlineLvl',
    'w:rPr',
    'w:sectPr',
  ],
  'w:rPr': ['w:rStyle', 'w:rFonts', 'w:b', 'w:bCs', 'w:i', 'w:iCs', 'w:strike', 'w:noProof', 'w:color', 'w:sz', 'w:szCs', 'w:u', 'w:vertAlign', 'w:lang'],
  'w:sectPr': ['w:headerReference', 'w:footerReference', 'w:footnotePr', 'w:type', 'w:pgSz', 'w:pgMar', 'w:pgNumType', 'w:cols', 'w:titlePg', 'w:docGrid'],
  'w:tblPr': ['w:tblStyle', 'w:tblW', 'w:jc', 'w:tblInd', 'w:tblBorders', 'w:tblLayout', 'w:tblCellMar', 'w:tblLook'],
  'w:tblBorders': ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV'],
  'w:trPr': ['w:cantSplit', 'w:tblHeader'],
  'w:style': ['w:name', 'w:basedOn', 'w:next', 'w:link', 'w:uiPriority', 'w:semiHidden', 'w:unhideWhenUsed', 'w:qFormat', 'w:pPr', 'w:rPr', 'w:tblPr'],
  'w:lvl': ['w:start', 'w:numFmt', 'w:lvlRestart', 'w:pStyle', 'w:suff', 'w:lvlText', 'w:lvlJc', 'w:pPr', 'w:rPr'],
  'w:abstractNum': ['w:nsid', 'w:multiLevelType', 'w:lvl'],
  'w:numbering': ['w:abstractNum', 'w:num'],
  'w:num': ['w:abstractNumId', 'w:lvlOverride'],
  'w:tbl': ['w:tblPr', 'w:tblGrid', 'w:tr'],
  'w:tr': ['w:trPr', 'w:tc'],
  'w:tc': ['w:tcPr', 'w:p', 'w:tbl'],
  'w:settings': ['w:defaultTabStop', 'w:characterSpacingControl', 'w:footnotePr', 'w:compat', 'w:themeFontLang', 'w:decimalSymbol', 'w:listSeparator'],
  'w:body': ['w:p', 'w:tbl', 'w:sectPr'],
};

/** Asserts that the children of every element named in ORDER come in schema order (and are known). */
function assertSchemaOrder(part: string, xml: string): void {
  for (const el of walk(parseXml(xml))) {
    const order = ORDER[el.name];
    if (!order) continue;
    let last = -1;
    for (const child of el.children) {
      const i = order.indexOf(child.name);
      assert.ok(i >= 0, `${part}: <${child.name}> is not expected in <${el.name}>`);
      // w:p and w:tbl may alternate in a body or cell; everything else is ordered.
      const interchangeable = ['w:p', 'w:tbl'].includes(child.name) && ['w:p', 'w:tbl'].includes(order[last] ?? '');
      assert.ok(i >= last || interchangeable, `${part}: <${child.name}> after <${order[last]}> in <${el.name}>`);
      last = i;
    }
  }
}

const REL_PART = /^(.*\/)?_rels\/([^/]+)\.rels$/;

/** Asserts that the package hangs together: content types, relationship targets and r:id references. */
function assertPackageIntegrity(files: Record<string, string>): void {
  const types = parseXml(files['[Content_Types].xml']!);
  const overrides = new Set(types.children.filter((c) => c.name === 'Override').map((c) => c.attrs.PartName!.slice(1)));
  const defaults = new Set(types.children.filter((c) => c.name === 'Default').map((c) => c.attrs.Extension!));
  for (const name of Object.keys(files)) {
    if (name === '[Content_Types].xml') continue;
    const ext = name.split('.').pop()!;
    assert.ok(overrides.has(name) || defaults.has(ext), `${name} has a content type`);
    if (name.startsWith('word/') && name.endsWith('.xml')) assert.ok(overrides.has(name), `${name} has its own content type`);
  }
  for (const part of overrides) assert.ok(part in files, `content type for a missing part ${part}`);
  for (const [name, xml] of Object.entries(files)) {
    const m = REL_PART.exec(name);
    if (!m) continue;
    const source = `${m[1] ?? ''}${m[2]}`;
    assert.ok(source in files || name === '_rels/.rels', `${name} belongs to ${source}`);
    const rels = parseXml(xml).children;
    const ids = rels.map((r) => r.attrs.Id!);
    assert.equal(new Set(ids).size, ids.length, `${name}: unique ids`);
    assert.deepEqual(
      ids,
      ids.map((_, i) => `rId${i + 1}`),
      `${name}: ids rId1… in order`,
    );
    for (const r of rels) {
      if (r.attrs.TargetMode === 'External') {
        assert.match(r.attrs.Target!, /^(https?:|mailto:)/i, `${name}: external target ${r.attrs.Target}`);
        continue;
      }
      const target = `${m[1] ?? ''}${r.attrs.Target}`;
      assert.ok(target in files, `${name}: target ${target} exists`);
    }
    if (name !== '_rels/.rels') {
      const referred = [...files[source]!.matchAll(/\br:id="([^"]+)"/g)].map((x) => x[1]!);
      for (const id of referred) assert.ok(ids.includes(id), `${source}: r:id ${id} is in ${name}`);
    }
  }
  for (const [name, xml] of Object.entries(files)) {
    if (REL_PART.test(name) || !name.endsWith('.xml')) continue;
    if (/\br:id="/.test(xml)) {
      const rels = name.replace(/([^/]+)$/, '_rels/$1.rels');
      assert.ok(rels in files, `${name} refers to relationships, so ${rels} exists`);
    }
  }
}

describe('xml escaping', () => {
  it('escapes &, < and > in text and keeps everything else', () => {
    assert.equal(escapeText('a & b < c > d "e" \'f\''), 'a &amp; b &lt; c &gt; d "e" \'f\'');
    assert.equal(escapeText('åäö – § 😀'), 'åäö – § 😀');
    assert.equal(escapeText('tab\tline\nret\r'), 'tab\tline\nret\r');
  });

  it('escapes quotes and white space in attributes', () => {
    assert.equal(escapeAttr('a"b\'c&d<e>'), 'a&quot;b&apos;c&amp;d&lt;e&gt;');
    assert.equal(escapeAttr('x\ty\nz'), 'x&#9;y&#10;z');
    assert.equal(escapeAttr('https://a.se/?q=1&r=2'), 'https://a.se/?q=1&amp;r=2');
  });

  it('drops the characters XML 1.0 forbids: C0 controls, lone surrogates, U+FFFE and U+FFFF', () => {
    assert.equal(stripForbidden('a\u0000b\u0007c\u001ff'), 'abcf');
    assert.equal(stripForbidden('Word\u000bmed\u000cny sida'), 'Word med ny sida', 'pasted line and page breaks keep words apart');
    assert.equal(escapeText('x\uFFFEy\uFFFFz'), 'xyz');
    assert.equal(escapeText('lone \uD800 high, lone \uDC00 low, pair \uD83D\uDE00'), 'lone  high, lone  low, pair 😀');
    assert.equal(escapeAttr('\u0001&\u0002'), '&amp;');
  });
});

describe('wml builders', () => {
  it('writes paragraph properties in CT_PPr order whatever order they are given in', () => {
    const pPr = paragraphProps({
      alignment: 'center',
      indent: { left: 10, hanging: 5 },
      spacing: { after: 0, before: 120 },
      tabs: [{ type: 'right', position: 9355 }],
      bottomBorder: { size: 6, color: '808080', space: 1 },
      numbering: { numId: 3, level: 1 },
      keepLines: true,
      keepNext: true,
      style: 'ListParagraph',
      sectPr: sectionProperties(PAGE_SETUP, 'rId9'),
    });
    const names = parseXml(pPr).children.map((c) => c.name);
    assert.deepEqual(names, ['w:pStyle', 'w:keepNext', 'w:keepLines', 'w:numPr', 'w:pBdr', 'w:tabs', 'w:spacing', 'w:ind', 'w:jc', 'w:sectPr']);
    assertSchemaOrder('pPr', `<w:p>${pPr}</w:p>`);
  });

  it('writes run properties in CT_RPr order and escapes the text', () => {
    assert.equal(
      runProps({ strike: true, italics: true, bold: true, style: 'Hyperlink' }),
      '<w:rPr><w:rStyle w:val="Hyperlink"/><w:b/><w:bCs/><w:i/><w:iCs/><w:strike/></w:rPr>',
    );
    assert.equal(run('a < b'), '<w:r><w:t xml:space="preserve">a &lt; b</w:t></w:r>');
    assert.equal(paragraph({}), '<w:p></w:p>');
  });

  it('marks the first row of a table, and only it, as header row (w:tblHeader)', () => {
    const xml = table(
      [
        ['<w:p/>', '<w:p/>'],
        ['<w:p/>', '<w:p/>'],
        ['<w:p/>', '<w:p/>'],
      ],
      2,
      4677,
    );
    const tbl = parseXml(xml);
    const rows = tbl.children.filter((c) => c.name === 'w:tr');
    assert.equal(rows.length, 3);
    const header = (row: El) => row.children[0]!.children.some((c) => c.name === 'w:tblHeader');
    assert.deepEqual(rows.map(header), [true, false, false]);
    assert.equal(tbl.children.find((c) => c.name === 'w:tblGrid')!.children.length, 2);
    assertSchemaOrder('table', xml);
  });

  it('puts a section break into the last paragraph’s properties, or after a table into an empty paragraph', () => {
    const sect = '<w:sectPr/>';
    assert.deepEqual(closeSection(['<w:p><w:pPr><w:pStyle w:val="X"/></w:pPr><w:r/></w:p>'], sect), [
      '<w:p><w:pPr><w:pStyle w:val="X"/><w:sectPr/></w:pPr><w:r/></w:p>',
    ]);
    assert.deepEqual(closeSection(['<w:p><w:r/></w:p>'], sect), ['<w:p><w:pPr><w:sectPr/></w:pPr><w:r/></w:p>']);
    assert.deepEqual(closeSection(['<w:tbl></w:tbl>'], sect), ['<w:tbl></w:tbl>', '<w:p><w:pPr><w:sectPr/></w:pPr></w:p>']);
  });
});

describe('document state', () => {
  it('gives relationship ids rId1, rId2, … in order of adding, one per distinct link', () => {
    const rels = new Relationships();
    assert.equal(rels.add('t/styles', 'styles.xml'), 'rId1');
    assert.equal(rels.hyperlink('https://b.se/'), 'rId2');
    assert.equal(rels.hyperlink('mailto:a@b.se'), 'rId3');
    assert.equal(rels.hyperlink('https://b.se/'), 'rId2');
    const xml = rels.toXml();
    assert.match(xml, /<Relationship Id="rId2" Type="[^"]+\/hyperlink" Target="https:\/\/b\.se\/" TargetMode="External"\/>/);
    assert.equal((xml.match(/<Relationship /g) ?? []).length, 3);
  });

  it('numbers footnotes from 1 after the separator footnotes -1 and 0', () => {
    const state = new DocumentState();
    assert.equal(state.addFootnote('<w:p/>'), 1);
    assert.equal(state.addFootnote('<w:p/>'), 2);
    const notes = parseXml(footnotesXml(state)).children;
    assert.deepEqual(
      notes.map((n) => [n.attrs['w:id'], n.attrs['w:type'] ?? 'normal']),
      [
        ['-1', 'separator'],
        ['0', 'continuationSeparator'],
        ['1', 'normal'],
        ['2', 'normal'],
      ],
    );
  });

  it('gives every list its own w:num, restarting at its start number (w:startOverride)', () => {
    const state = new DocumentState();
    const a = state.listInstance('ordered');
    const b = state.listInstance('ordered', 3);
    const c = state.listInstance('bullet');
    assert.deepEqual([a, b, c], [1, 2, 3]);
    const xml = numberingXml(state.lists);
    assertSchemaOrder('numbering', xml);
    const nums = parseXml(xml).children.filter((e) => e.name === 'w:num');
    const start = (n: El) => n.children.find((o) => o.name === 'w:lvlOverride' && o.attrs['w:ilvl'] === '0')?.children[0]?.attrs['w:val'];
    assert.deepEqual(
      nums.map((n) => n.attrs['w:numId']),
      ['1', '2', '3'],
    );
    assert.deepEqual(nums.map(start), ['1', '3', undefined]);
    const abstract = (n: El) => n.children[0]!.attrs['w:val'];
    assert.equal(abstract(nums[0]!), abstract(nums[1]!));
    assert.notEqual(abstract(nums[0]!), abstract(nums[2]!));
  });
});

describe('the package', () => {
  const metadata = testMetadata({ rubrik: 'Prov & <test>' });
  const md = [
    'Text med fotnot[^a] och [länk](https://a.se/?x=1&y=2) och [samma](https://a.se/?x=1&y=2).',
    '',
    '[^a]: Fotnot med [en länk](https://fotnot.se/) och en tabell:',
    '',
    '    | a | b |',
    '    |---|---|',
    '    | 1 | 2 |',
    '',
    '5. fem',
    '6. sex',
    '',
    '## Yrkande',
    '',
    '- att pröva',
  ].join('\n');
  const file = unified().use(remarkParse).use(remarkGfm).use(remarkDocx, { metadata }).processSync(md);
  const bytes = (file.result ?? file.value) as Uint8Array;
  const files = parts(bytes);

  it('keeps a link inside a footnote as a relationship of footnotes.xml', () => {
    assert.match(files['word/_rels/footnotes.xml.rels']!, /Target="https:\/\/fotnot\.se\/"/);
    assert.doesNotMatch(files['word/_rels/document.xml.rels']!, /fotnot\.se/);
    const links = [...files['word/document.xml']!.matchAll(/<w:hyperlink r:id="(rId\d+)"/g)].map((m) => m[1]);
    assert.equal(links.length, 2);
    assert.equal(links[0], links[1], 'the same URL shares a relationship');
    assert.match(files['word/_rels/document.xml.rels']!, /Target="https:\/\/a\.se\/\?x=1&amp;y=2"/);
  });

  it('starts each footnote with its reference mark and numbers an ordered list from its start', () => {
    const note = /<w:footnote w:id="1">([\s\S]*?)<\/w:footnote>/.exec(files['word/footnotes.xml']!)![1]!;
    assert.match(
      note,
      /^<w:p><w:pPr><w:pStyle w:val="FootnoteText"\/><\/w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteRef\/><\/w:r>/,
    );
    const fem = /<w:p>(?:(?!<\/w:p>).)*fem<\/w:t>/.exec(files['word/document.xml']!)![0];
    const numId = /<w:numId w:val="(\d+)"\/>/.exec(fem)![1];
    assert.match(
      files['word/numbering.xml']!,
      new RegExp(`<w:num w:numId="${numId}"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/>`),
    );
    assert.match(files['docProps/core.xml']!, /<dc:title>Prov &amp; &lt;test&gt;<\/dc:title>/);
  });

  const exports: [string, Uint8Array][] = [
    ['rich-politikerinitiativ', exportDraft(loadDraft('rich-politikerinitiativ.md'))],
    ['udda-markdown', exportDraft(loadDraft('udda-markdown.md'))],
    ['namnduppdrag-kort', exportDraft(loadDraft('namnduppdrag-kort.md'))],
    ['remark', bytes],
    [
      'kallelse',
      exportAgenda(
        { namnd: 'Socialnämnden', datum: '2026-04-15' },
        ['rich-politikerinitiativ.md', 'namnduppdrag-kort.md', 'medborgarforslag-kontakt.md'].map((f) => loadDraft(f)),
        { withDocuments: true },
      ),
    ],
  ];

  it('writes every part well-formed, with properties in schema order', () => {
    for (const [name, data] of exports) {
      for (const [part, xml] of Object.entries(parts(data))) assertSchemaOrder(`${name} ${part}`, xml);
    }
  });

  it('has a content type for every part and every relationship target and r:id present', () => {
    for (const [name, data] of exports) {
      try {
        assertPackageIntegrity(parts(data));
      } catch (e) {
        (e as Error).message = `${name}: ${(e as Error).message}`;
        throw e;
      }
    }
  });

  it('gives each agenda section its own footer part and its own footer text', () => {
    const files = parts(exports.at(-1)![1]);
    const footers = Object.keys(files)
      .filter((n) => /^word\/footer\d+\.xml$/.test(n))
      .sort();
    assert.equal(footers.length, 4);
    const texts = footers.map((f) => /<w:tab\/><w:t xml:space="preserve">([^<]*)</.exec(withHyphens(files[f]!))![1]);
    assert.equal(new Set(texts).size, 4);
    const refs = [...files['word/document.xml']!.matchAll(/<w:footerReference w:type="default" r:id="(rId\d+)"\/>/g)].map((m) => m[1]);
    assert.equal(new Set(refs).size, 4);
  });
});
