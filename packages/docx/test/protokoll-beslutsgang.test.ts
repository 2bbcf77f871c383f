/**
 * Beslutsgång and Omröstning in the protokoll (5 kap. 67 § 2, 3 och 5 KL via 6 kap. 35 §), through
 * `arende protokoll` on the example meeting file (copied with its handlingar to a temporary folder): where
 * they stand in a §, the voteringslista's header row, the utdrag, and a meeting file without the new keys
 * giving exactly the protokoll it gave before they existed.
 */
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { protokollCommand } from '../../cli/src/commands/protokoll.js';
import { meaningSentence, resultSentence } from '../src/beslutsgang.js';
import { fakeIo, FIXTURES, paragraphs } from './helpers.js';
import { documentXml, examplesCopy, paragraf, SN, texts } from './example-meeting.js';

/** The example meeting file as it was before beslutsgång and omröstning, and document.xml of its protokoll then. */
const OLD_MEETING = path.join(FIXTURES, 'protokoll/sammantrade-utan-beslutsgang.md');
const OLD_DOCUMENT = path.join(FIXTURES, 'protokoll/protokoll-utan-beslutsgang.document.xml');

describe('protokoll: Beslutsgång and Omröstning', () => {
  const dir = examplesCopy('arende-beslutsgang-');

  it('§ 46: Yrkanden, then Beslutsgång (the secretary’s paragraphs), then Omröstning (what ja and nej meant, the result, the voteringslista), then Reservationer', async () => {
    const t = fakeIo(dir());
    assert.equal(await protokollCommand([SN, '-o', 'protokoll.docx'], t.io), 0, t.err());
    const s46 = paragraf(texts(path.join(dir(), 'protokoll.docx')), '§ 46 ');
    const at = s46.indexOf('Yrkanden');
    assert.ok(at > 0);
    assert.deepEqual(s46.slice(at + 2, s46.indexOf('Reservationer')), [
      'Beslutsgång',
      'Ordföranden ställer proposition på förvaltningens förslag mot Bengt Olaussons (Sjöviks moderater) avslagsyrkande och finner att nämnden bifaller förvaltningens förslag.',
      'Bengt Olausson begär omröstning. Nämnden godkänner att den som bifaller förvaltningens förslag röstar ja och att den som bifaller Bengt Olaussons avslagsyrkande röstar nej.',
      'Omröstning',
      'Ja-röst för förvaltningens förslag, nej-röst för Bengt Olaussons avslagsyrkande.',
      'Omröstningen utfaller med 4 ja-röster mot 1 nej-röst; ingen ledamot avstår.',
      // The table's cells, row by row.
      ...['Ledamot', 'Ja', 'Nej', 'Avstår'],
      ...['Karin Åberg (Sjöviks framtid)', 'X', '', ''],
      ...['Bengt Olausson (Sjöviks moderater)', '', 'X', ''],
      ...['Ingrid Vallmark (Sjöviks framtid)', 'X', '', ''],
      ...['Tobias Hedenlund (Gröna Sjövik)', 'X', '', ''],
      ...['Amira Sundqvist (Sjöviks framtid)', 'X', '', ''],
      ...['Summa', '4', '1', '0'],
    ]);
  });

  it('§ 47: a folded beslutsgång is one paragraph after Yrkanden; § 45 (no yrkanden) has neither heading', () => {
    const all = texts(path.join(dir(), 'protokoll.docx'));
    const s47 = paragraf(all, '§ 47 ');
    const b = s47.indexOf('Beslutsgång');
    assert.ok(b > s47.indexOf('Yrkanden') && s47.indexOf('Yrkanden') > 0);
    assert.equal(
      s47[b + 1],
      'Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och finner att ärendet ska avgöras i dag. Därefter ställer ordföranden proposition på förvaltningens förslag till att-sats 3 mot Tobias Hedenlunds (Gröna Sjövik) ändringsyrkande och finner att nämnden bifaller ändringsyrkandet, och på förvaltningens förslag i övrigt och finner att nämnden bifaller det. Slutligen ställer ordföranden proposition på Ingrid Vallmarks (Sjöviks framtid) tilläggsyrkande och finner att nämnden bifaller även det.',
    );
    assert.equal(s47[b + 2], 'Beslutet skickas till');
    assert.ok(!s47.includes('Omröstning'));
    const s45 = paragraf(all, '§ 45 ');
    assert.ok(!s45.includes('Beslutsgång') && !s45.includes('Omröstning'));
  });

  it('the voteringslista is a table whose first row, and only it, is a header row (w:tblHeader), kept on one page with its result', () => {
    const xml = documentXml(path.join(dir(), 'protokoll.docx'));
    // The first page's label tables (borderless, no style) aside, the voteringslista is the one Table Grid table.
    const tables = (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).filter((t) => t.includes('<w:tblStyle w:val="TableGrid"/>'));
    assert.equal(tables.length, 1);
    const rows = tables[0]!.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    assert.equal(rows.length, 7);
    assert.match(rows[0]!, /<w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>/);
    for (const r of rows.slice(1)) assert.doesNotMatch(r, /tblHeader/);
    assert.match(tables[0]!, /<w:tblLook [^>]*w:firstRow="1"/);
    // Kept on one page with the sentences before it: keepNext on the result and on every row but the Summa row.
    for (const r of rows.slice(0, -1)) assert.match(r, /<w:keepNext\/>/);
    assert.doesNotMatch(rows.at(-1)!, /<w:keepNext\/>/);
    const result = paragraphs(xml).find((p) => p.text.startsWith('Omröstningen utfaller'))!;
    assert.match(result.xml, /<w:keepNext\/>/);
    // The name column is wide, the three vote columns narrow, together the text width.
    const grid = [...tables[0]!.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    assert.equal(grid.length, 4);
    assert.ok(grid[0]! > 2 * grid[1]! && grid[1] === grid[2] && grid[2] === grid[3], String(grid));
    assert.equal(
      Number(/<w:tblW w:w="(\d+)"/.exec(tables[0]!)![1]),
      grid.reduce((a, b) => a + b),
    );
  });

  it('protokoll --utdrag 46 has the Beslutsgång, the Omröstning and the table; --utdrag 45 has none of them', async () => {
    let t = fakeIo(dir());
    assert.equal(await protokollCommand([SN, '--utdrag', '46', '-o', 'u46.docx'], t.io), 0, t.err());
    const u46 = texts(path.join(dir(), 'u46.docx'));
    const order = [
      'Yrkanden',
      'Beslutsgång',
      'Omröstning',
      'Omröstningen utfaller med 4 ja-röster mot 1 nej-röst; ingen ledamot avstår.',
      'Ledamot',
      'Reservationer',
    ];
    const positions = order.map((x) => u46.indexOf(x));
    assert.ok(
      positions.every((p, i) => p > 0 && (i === 0 || p > positions[i - 1]!)),
      JSON.stringify(positions),
    );
    assert.match(documentXml(path.join(dir(), 'u46.docx')), /<w:tblHeader\/>/);
    t = fakeIo(dir());
    assert.equal(await protokollCommand([SN, '--utdrag', '45', '-o', 'u45.docx'], t.io), 0, t.err());
    const u45 = documentXml(path.join(dir(), 'u45.docx'));
    assert.doesNotMatch(u45, /Beslutsgång|Omröstning|<w:tbl>/);
  });

  it('a secret vote (counts, no röster) gives the sentences and no table; singular and plural, and ingen/N avstår', async () => {
    const text = readFileSync(path.join(dir(), SN), 'utf8');
    const secret = text.replace(/\n {6}röster:\n[\s\S]*?(?=\n {4}reservationer:)/, '');
    assert.notEqual(secret, text);
    writeFileSync(path.join(dir(), 'sluten.md'), secret);
    const t = fakeIo(dir());
    assert.equal(await protokollCommand(['sluten.md', '-o', 'sluten.docx'], t.io), 0, t.err());
    const xml = documentXml(path.join(dir(), 'sluten.docx'));
    assert.doesNotMatch(xml, /<w:tblStyle w:val="TableGrid"\/>/);
    assert.ok(texts(path.join(dir(), 'sluten.docx')).includes('Omröstningen utfaller med 4 ja-röster mot 1 nej-röst; ingen ledamot avstår.'));
    const vote = { ja: 1, nej: 3, avstår: 2, ja_avser: 'förslaget', nej_avser: 'avslag', röster: [] };
    assert.equal(resultSentence(vote), 'Omröstningen utfaller med 1 ja-röst mot 3 nej-röster; 2 ledamöter avstår.');
    assert.equal(resultSentence({ ...vote, avstår: 1 }), 'Omröstningen utfaller med 1 ja-röst mot 3 nej-röster; 1 ledamot avstår.');
    assert.equal(meaningSentence(vote), 'Ja-röst för förslaget, nej-röst för avslag.');
    assert.equal(meaningSentence({ ...vote, ja_avser: undefined }), 'Nej-röst för avslag.');
  });

  it('a meeting file without beslutsgång and omröstning gives the protokoll it gave before they existed (document.xml byte for byte)', async () => {
    cpSync(OLD_MEETING, path.join(dir(), 'gammal.md'));
    const t = fakeIo(dir());
    assert.equal(await protokollCommand(['gammal.md', '-o', 'gammal.docx'], t.io), 0, t.err());
    const now = documentXml(path.join(dir(), 'gammal.docx'));
    // The fixture is the protokoll `arende protokoll` wrote for this meeting file before the keys were added.
    // Should the protokoll's layout change on purpose, write the fixture anew from this meeting file.
    assert.equal(now, readFileSync(OLD_DOCUMENT, 'utf8'));
  });
});
