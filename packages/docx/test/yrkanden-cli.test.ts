/**
 * Yrkanden as data through the CLI (issue 20), on the socialnämnd example meeting (copied with its
 * handlingar to a temporary folder): § 47 has an återremiss avslagen, an ändring and a tillägg bifallna and
 * no `beslut`, so the beslut is computed. `arende ändringar` writes the förslag with tracked changes (the
 * revision markup checked here; pandoc, python-docx and LibreOffice read it in test/tracked-changes-readers.test.ts),
 * and the protokoll and its utdrag phrase the yrkanden and carry the computed beslut.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ändringarCommand } from '../../cli/src/commands/andringar.js';
import { protokollCommand } from '../../cli/src/commands/protokoll.js';
import { fakeIo, paragraphs } from './helpers.js';
import { documentXml, examplesCopy, paragraf, SN, texts } from './example-meeting.js';

const SATS_3_BESLUT = 'Förvaltningen ska i redovisningen också återge synpunkter från brukar- och anhörigorganisationerna.';
const SATS_4_BESLUT = 'Uppdraget redovisas för nämnden senast vid sammanträdet i september 2026.';

describe('yrkanden as data through the CLI', () => {
  const dir = examplesCopy('arende-yrkanden-');

  it('ändringar MÖTE.md 47: w:del with w:delText and w:ins by the yrkande’s namn on the meeting day; the tillägg an inserted paragraph with a tracked mark', async () => {
    const t = fakeIo(dir());
    assert.equal(await ändringarCommand([SN, '47', '-o', 'andringar.docx'], t.io), 0, t.err());
    assert.match(t.out(), /Skrev förslaget i § 47 med bifallna yrkanden som spårade ändringar/);
    const xml = documentXml(path.join(dir(), 'andringar.docx'));
    const del = /<w:del w:id="(\d+)" w:author="([^"]+)" w:date="([^"]+)"><w:r><w:delText xml:space="preserve">([^<]+)<\/w:delText><\/w:r><\/w:del>/.exec(xml)!;
    assert.deepEqual(del.slice(2), ['Tobias Hedenlund', '2026-04-22T00:00:00Z', 'i oktober 2026']);
    assert.match(
      xml,
      /<w:ins w:id="\d+" w:author="Tobias Hedenlund" w:date="2026-04-22T00:00:00Z"><w:r><w:t xml:space="preserve">i september 2026<\/w:t><\/w:r><\/w:ins>/,
    );
    // The tillägg: the paragraph mark is tracked (w:pPr/w:rPr/w:ins, after numPr), and its run is inserted.
    const inserted = paragraphs(xml).find((p) => p.text === SATS_3_BESLUT)!;
    assert.match(
      inserted.xml,
      /<w:pPr><w:pStyle w:val="[^"]+"\/><w:numPr>.*<\/w:numPr><w:rPr><w:ins w:id="\d+" w:author="Ingrid Vallmark" w:date="2026-04-22T00:00:00Z"\/><\/w:rPr><\/w:pPr>/,
    );
    assert.match(inserted.xml, /<w:ins w:id="\d+" w:author="Ingrid Vallmark"[^>]*><w:r><w:t/);
    // No deleted text in a w:t, and revision ids unique.
    assert.doesNotMatch(xml, /<w:del [^>]*><w:r><w:t/);
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length);
    // The yrkandetabell: a header row and one row per yrkande.
    const p = texts(path.join(dir(), 'andringar.docx'));
    for (const cell of [
      'Id',
      'Namn (parti)',
      'Typ',
      'Att-sats',
      'Text',
      'Utfall',
      'Y1',
      'Återremiss',
      'avslag',
      'Y2',
      'Ändring',
      '”i oktober 2026” ersätts med ”i september 2026”',
      'Y3',
      'Tillägg',
      'efter 2',
    ])
      assert.ok(p.includes(cell), cell);
  });

  it('ändringar: an unknown §, a § without yrkanden with utfall, and a bad number are refused with Swedish messages', async () => {
    let t = fakeIo(dir());
    assert.equal(await ändringarCommand([SN, '99'], t.io), 2);
    assert.match(t.err(), /§ 99 finns inte/);
    t = fakeIo(dir());
    assert.equal(await ändringarCommand([SN, '45'], t.io), 1);
    assert.match(t.err(), /§ 45 .* har inga yrkanden med 'utfall'/);
    t = fakeIo(dir());
    assert.equal(await ändringarCommand([SN, '41'], t.io), 1);
    assert.match(t.err(), /§ 41 .* är en stående punkt/);
    t = fakeIo(dir());
    assert.equal(await ändringarCommand([SN, 'tre'], t.io), 2);
    assert.match(t.err(), /'tre' är inget paragrafnummer/);
    t = fakeIo(dir());
    assert.equal(await ändringarCommand([SN], t.io), 2);
  });

  it('protokoll § 47: Yrkanden in the standard phrasing, the beslutsgång as written, the beslut as computed', async () => {
    const t = fakeIo(dir());
    assert.equal(await protokollCommand([SN, '-o', 'protokoll.docx'], t.io), 0, t.err());
    const s47 = paragraf(texts(path.join(dir(), 'protokoll.docx')), '§ 47 ');
    const b = s47.indexOf('Beslut');
    assert.deepEqual(s47.slice(b + 1, b + 7), [
      'Socialnämnden beslutar:',
      'Förvaltningen får i uppdrag att redovisa antalet upprättade och uppföljda samordnade individuella planer inom socialpsykiatrin för 2024 och 2025.',
      'Redovisningen ska beskriva hinder i arbetet med planerna och innehålla förslag på åtgärder som tagits fram tillsammans med regionens psykiatri.',
      SATS_3_BESLUT,
      SATS_4_BESLUT,
      'Därmed anses politikerinitiativet besvarat.',
    ]);
    const y = s47.indexOf('Yrkanden');
    assert.deepEqual(s47.slice(y + 1, y + 4), [
      'Bengt Olausson (Sjöviks moderater) yrkar återremiss med motiveringen att förvaltningen först ska redovisa vad uppföljningen kostar.',
      'Tobias Hedenlund (Gröna Sjövik) yrkar att att-sats 3 ändras så att ”i oktober 2026” ersätts med ”i september 2026”.',
      'Ingrid Vallmark (Sjöviks framtid) yrkar bifall till förvaltningens förslag med tillägget att förvaltningen ska i redovisningen också återge synpunkter från brukar- och anhörigorganisationerna. Amira Sundqvist instämmer.',
    ]);
    assert.equal(s47[y + 4], 'Beslutsgång');
    assert.match(s47[y + 5]!, /^Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras/);
    assert.ok(!s47.some((p) => p.startsWith('Beslutsgång (förslag')));
    // The förslag as put is shown, since the beslut differs from it.
    assert.ok(s47.includes('Förslag till beslut'));
  });

  it('protokoll --utdrag 47 carries the same yrkanden and computed beslut', async () => {
    const t = fakeIo(dir());
    assert.equal(await protokollCommand([SN, '--utdrag', '47', '-o', 'utdrag.docx'], t.io), 0, t.err());
    const p = texts(path.join(dir(), 'utdrag.docx'));
    assert.ok(p.includes(SATS_4_BESLUT) && p.includes(SATS_3_BESLUT));
    assert.ok(p.some((x) => x.startsWith('Tobias Hedenlund (Gröna Sjövik) yrkar att att-sats 3 ändras')));
  });

  it('protokoll: without a beslutsgång a proposal is shown, marked for the secretary; återremiss bifallen gives one sentence and no sakbeslut', async () => {
    const text = readFileSync(path.join(dir(), SN), 'utf8');
    const start = text.indexOf('    beslutsgång: >-\n      Ordföranden ställer först proposition på om ärendet');
    const end = text.indexOf('---\n', start);
    writeFileSync(path.join(dir(), 'utan.md'), text.slice(0, start) + text.slice(end));
    let t = fakeIo(dir());
    assert.equal(await protokollCommand(['utan.md', '-o', 'utan.docx', '--force'], t.io), 0, t.err());
    const s47 = paragraf(texts(path.join(dir(), 'utan.docx')), '§ 47 ');
    const at = s47.indexOf('Beslutsgång (förslag till sekreteraren)');
    assert.ok(at > 0, s47.join('\n'));
    assert.deepEqual(s47.slice(at + 1, at + 5), [
      'Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och finner att ärendet ska avgöras i dag.',
      'Ordföranden ställer därefter proposition på förvaltningens förslag till att-sats 3 mot Tobias Hedenlunds (Gröna Sjövik) ändringsyrkande om att-sats 3 och finner att nämnden bifaller ändringsyrkandet.',
      'Ordföranden ställer därefter proposition på Ingrid Vallmarks (Sjöviks framtid) tilläggsyrkande och finner att nämnden bifaller det.',
      "Förslaget är uträknat ur yrkandenas utfall. Skriv beslutsgången under 'beslutsgång:' i mötesfilen när den stämmer med vad som hände.",
    ]);

    // Y1 (the återremiss, first in the file) bifallen; the ändring and the tillägg then not decided on (avslag).
    writeFileSync(path.join(dir(), 'remiss.md'), text.replaceAll('utfall: bifall', 'utfall: avslag').replace('utfall: avslag', 'utfall: bifall'));
    t = fakeIo(dir());
    assert.equal(await protokollCommand(['remiss.md', '-o', 'remiss.docx', '--force'], t.io), 0, t.err());
    const r47 = paragraf(texts(path.join(dir(), 'remiss.docx')), '§ 47 ');
    const b = r47.indexOf('Beslut');
    assert.equal(r47[b + 1], 'Ärendet återremitteras med motiveringen att förvaltningen först ska redovisa vad uppföljningen kostar.');
    assert.ok(!r47.includes('Socialnämnden beslutar:'));
  });
});
