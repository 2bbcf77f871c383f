/**
 * What the editor shows of the yrkanden (yrkande-view.ts): the yrkande under the cursor, its att-sats
 * before and after, the att-sats numbers offered for `att_sats` and `efter`, and the beslut per item.
 */
import assert from 'node:assert/strict';
import { attSatsChoices, yrkandeValueChoices, beslutViews, parseDraft, resolveMeeting, yrkandeAt, yrkandeHover, type HandlingLoader } from '../src/index.js';

const folder: HandlingLoader = () => ({ exists: false });

const TEXT = `---
typ: sammanträde
nämnd: Socialnämnden
kommun: Sjöviks kommun
datum: 2026-04-22
ärenden:
  - rubrik: Brukarråd
    förslag:
      - Ett brukarråd inrättas inom socialpsykiatrin.
      - Rådet träffas fyra gånger om året.
      - Förvaltningen redovisar arbetet i december.
    yrkanden:
      - id: Y1
        namn: Robin Exempel
        parti: M
        typ: ändring
        att_sats: 2
        ersätt: fyra gånger
        med: sex gånger
        utfall: bifall
      - id: Y2
        namn: Kim Exempel
        typ: tillägg
        efter: 3
        text: Rådets synpunkter redovisas för nämnden.
        utfall: bifall
      - id: Y3
        namn: Alex Exempel
        typ: återremiss
        text: kostnaden ska utredas
        utfall: avslag
  - rubrik: Utan yrkanden
    förslag:
      - Informationen läggs till handlingarna.
  - rubrik: Utan utfall
    förslag:
      - Nämnden godkänner redovisningen.
    beslut:
      - Nämnden godkänner redovisningen.
    yrkanden:
      - namn: Robin Exempel
        typ: ändring
        att_sats: 1
        ersätt: saknas här
        med: x
---
`;

const resolved = () => resolveMeeting(parseDraft(TEXT), folder);
const offsetOf = (needle: string) => TEXT.indexOf(needle);

describe('yrkanden in the editor (yrkande-view)', () => {
  it('finds the yrkande under the cursor, and nothing outside the yrkanden', () => {
    const r = resolved();
    assert.equal(yrkandeAt(r, offsetOf('ersätt: fyra'))?.yrkande.id, 'Y1');
    assert.equal(yrkandeAt(r, offsetOf('text: Rådets'))?.yrkande.id, 'Y2');
    assert.equal(yrkandeAt(r, offsetOf('ersätt: saknas'))?.item.rubrik, 'Utan utfall');
    assert.equal(yrkandeAt(r, offsetOf('Rådet träffas')), undefined);
    assert.equal(yrkandeAt(r, offsetOf('nämnd:')), undefined);
  });

  it('hover on an ändring: the att-sats before, and after with the new words marked', () => {
    const h = yrkandeHover(yrkandeAt(resolved(), offsetOf('ersätt: fyra'))!)!;
    assert.match(h.sv, /Att-sats 2 före ändringen:\n\n> Rådet träffas fyra gånger om året\./);
    assert.match(h.sv, /Efter ändringen:\n\n> Rådet träffas \*\*sex gånger\*\* om året\./);
    assert.match(h.sv, /\*\*Y1, ändring\*\* av Robin Exempel \(M\) \(bifallet\)/);
    assert.match(h.en, /Att-sats 2 before the amendment:[\s\S]*After the amendment:\n\n> Rådet träffas \*\*sex gånger\*\* om året\./);
  });

  it('hover on a tillägg shows where the new att-sats goes; on an återremiss, that no sakbeslut follows', () => {
    const r = resolved();
    const t = yrkandeHover(yrkandeAt(r, offsetOf('text: Rådets'))!)!;
    assert.match(
      t.sv,
      /Efter att-sats 3:\n\n> Förvaltningen redovisar arbetet i december\.\n\nny att-sats 4:\n\n> \*\*Rådets synpunkter redovisas för nämnden\.\*\*/,
    );
    const å = yrkandeHover(yrkandeAt(r, offsetOf('text: kostnaden'))!)!;
    assert.match(å.sv, /inget beslut i sak: Ärendet återremitteras med motiveringen att kostnaden ska utredas\./);
    assert.match(å.sv, /\(avslaget\)/);
  });

  it('hover says so when `ersätt` is not in the att-sats (no "after" is invented)', () => {
    const h = yrkandeHover(yrkandeAt(resolved(), offsetOf('ersätt: saknas'))!)!;
    assert.match(h.sv, /`ersätt` står inte i att-satsen/);
    assert.doesNotMatch(h.sv, /Efter ändringen/);
    assert.match(h.en, /is not in the att-sats/);
  });

  it('offers the förslag’s att-sats numbers, with 0 (first) for `efter`', () => {
    const item = resolved().items[0]!;
    assert.deepEqual(
      attSatsChoices(item, 'att_sats').map((c) => [c.value, c.detail]),
      [
        [1, 'Ett brukarråd inrättas inom socialpsykiatrin.'],
        [2, 'Rådet träffas fyra gånger om året.'],
        [3, 'Förvaltningen redovisar arbetet i december.'],
      ],
    );
    assert.deepEqual(
      attSatsChoices(item, 'efter').map((c) => c.value),
      [0, 1, 2, 3],
    );
    assert.deepEqual(attSatsChoices(resolved().items[1]!, 'att_sats'), [
      { value: 1, label: { sv: 'att-sats 1', en: 'att-sats 1' }, detail: 'Informationen läggs till handlingarna.' },
    ]);
  });

  it('offers the yrkande types and outcomes, each with what it means in both languages', () => {
    assert.deepEqual(
      yrkandeValueChoices('typ').map((c) => c.value),
      ['bifall', 'avslag', 'ändring', 'tillägg', 'motförslag', 'återremiss', 'bordläggning'],
    );
    const återremiss = yrkandeValueChoices('typ').find((c) => c.value === 'återremiss')!;
    assert.match(återremiss.detail.sv, /5 kap\. 50 § KL/);
    assert.match(återremiss.detail.en, /sent back/);
    assert.deepEqual(
      yrkandeValueChoices('utfall').map((c) => c.value),
      ['bifall', 'avslag'],
    );
  });

  it('Visa beslutet: the computed beslut of each item with yrkanden, at its `yrkanden` key', () => {
    const views = beslutViews(resolved());
    assert.deepEqual(
      views.map((v) => [v.index, v.computed]),
      [
        [0, true],
        [2, false],
      ],
    );
    const first = views[0]!;
    assert.equal(TEXT.slice(first.range.start.offset, first.range.end.offset), 'yrkanden');
    assert.equal(
      first.markdown.sv,
      [
        '## Ärende 1: Brukarråd',
        'Beslutet som yrkandenas utfall ger (avgjort):',
        '1. Ett brukarråd inrättas inom socialpsykiatrin.\n2. Rådet träffas sex gånger om året.\n3. Förvaltningen redovisar arbetet i december.\n4. Rådets synpunkter redovisas för nämnden.',
      ].join('\n\n'),
    );
    assert.match(first.markdown.en, /^## Item 1: Brukarråd\n\nThe decision the motions' outcomes give \(decided\):/);
    assert.match(views[1]!.markdown.sv, /Inget yrkande har `utfall` ännu[\s\S]*Mötesfilens beslut:\n\n1\. Nämnden godkänner redovisningen\./);
  });

  it('Visa beslutet: a written beslut that differs from the computed one is pointed out', () => {
    const text = TEXT.replace('  - rubrik: Utan yrkanden', '    beslut:\n      - Fel text.\n  - rubrik: Utan yrkanden');
    const v = beslutViews(resolveMeeting(parseDraft(text), folder))[0]!;
    assert.match(v.markdown.sv, /Mötesfilens `beslut` skiljer sig: /);
    assert.match(v.markdown.en, /The meeting file's `beslut` differs: /);
  });
});
