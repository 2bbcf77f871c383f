import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkText, KINDS, parseDraft, type Diagnostic } from '@arende/core';
import { KIND_FORMS } from '../src/kinds.js';
import { draftText, emptyState, type FormState } from '../src/draft-text.js';
import { diagnosticsByField, fieldFor, GENERAL } from '../src/field-diagnostics.js';
import { stateFromDraft } from '../src/form-from-draft.js';

function filled(): FormState {
  const s = emptyState('medborgarförslag', '2026-12-01');
  s.rubrik = 'Träffpunkt: öppen på kvällar';
  s.meta.kommun = 'Exempelby kommun';
  s.sender = { namn: 'Kim Exempel', adress: 'Lönngatan 4, 123 45 Sjövik', 'e-post': 'kim@example.se', telefon: '073-555 12 34' };
  s.sections.bakgrund = 'Träffpunkten stänger klockan 16.\n\nDen som arbetar kan inte komma dit.';
  s.attSatser = ['att kommunen håller träffpunkten öppen två kvällar i veckan', ''];
  return s;
}

function fields(state: FormState): Map<string, Diagnostic[]> {
  const { text, spans } = draftText(state);
  return diagnosticsByField(checkText(text).diagnostics, spans, state.kind);
}

describe('web: the form → a draft', () => {
  it('a filled medborgarförslag is a draft that checks clean, with the values where they belong', () => {
    const { text } = draftText(filled());
    const { draft, diagnostics } = checkText(text);
    assert.deepEqual(
      diagnostics.map((d) => d.ruleId),
      [],
    );
    assert.equal(draft.metadata.rubrik, 'Träffpunkt: öppen på kvällar');
    assert.equal(draft.metadata.avsändare[0]?.['e-post'], 'kim@example.se');
    // Typed with its own "att" under "Jag föreslår att": written once ("att … att …" would double it).
    assert.deepEqual(
      draft.attSatser.map((a) => a.text),
      ['kommunen håller träffpunkten öppen två kvällar i veckan'],
    );
    assert.match(text, /^## Jag föreslår att\n\n- kommunen håller/m);
    assert.doesNotMatch(text, /^- att /m);
  });

  it('keeps an att-sats that does not start with "att", and "att" under a heading that does not end in it', () => {
    const s = filled();
    s.attSatser = ['kommunen öppnar', 'attraktiva lokaler hyrs'];
    assert.deepEqual(
      parseDraft(draftText(s).text).attSatser.map((a) => a.text),
      ['kommunen öppnar', 'attraktiva lokaler hyrs'],
    );
  });

  it('puts each problem at its field: empty rubrik, missing name, missing motivering, empty proposal', () => {
    const s = filled();
    s.rubrik = '';
    s.sender.namn = '';
    s.sections.bakgrund = '  \n';
    s.attSatser = [''];
    const f = fields(s);
    assert.deepEqual(
      f.get('rubrik')?.map((d) => d.ruleId),
      ['frontmatter-type'],
    );
    assert.deepEqual(
      f.get('avsändare.namn')?.map((d) => d.ruleId),
      ['frontmatter-type'],
    );
    assert.deepEqual(
      f.get('avsnitt.bakgrund')?.map((d) => d.ruleId),
      ['reasoning-missing'],
    );
    assert.deepEqual(
      f.get('att-satser')?.map((d) => d.ruleId),
      ['att-sats-missing'],
    );
    assert.equal(f.get(GENERAL), undefined);
  });

  it('a personnummer typed in an att-sats is an error at that att-sats, with its legal basis', () => {
    const s = filled();
    s.attSatser = ['att kommunen ringer 19121212-1212', 'att träffpunkten öppnar'];
    const d = fields(s).get('att-sats.0');
    assert.equal(d?.[0]?.ruleId, 'personal-data');
    assert.equal(d?.[0]?.severity, 'error');
    assert.match(d?.[0]?.lagrum?.text ?? '', /dataskyddslagen/);
  });

  it('a wrong lagrum entry is reported at that entry; a politikerinitiativ without lagrum at the list', () => {
    const s = filled();
    s.lagrum = ['', 'socialtjänstlagen 99 kap. 1 §'];
    assert.ok(fields(s).get('lagrum.1')?.length, 'the second entry has a problem');
    const p = emptyState('politikerinitiativ', '2026-12-01');
    assert.ok(
      fields(p)
        .get('lagrum')
        ?.some((d) => d.severity === 'error'),
    );
  });

  it('an empty required section of a nämnduppdrag is reported at its field', () => {
    const s = emptyState('nämnduppdrag', '2026-12-01');
    s.sections = { sammanfattning: 'Kort.', 'beskrivning-av-arendet': 'Lång.', 'ekonomiska-konsekvenser': '', 'barnets-basta': 'Inga.' };
    assert.deepEqual(
      fields(s)
        .get('avsnitt.ekonomiska-konsekvenser')
        ?.map((d) => d.ruleId),
      ['section-missing'],
    );
  });

  it('YAML-significant input stays the text typed (quoted where needed)', () => {
    const s = filled();
    s.rubrik = '"Citat" # inte kommentar: - [x]';
    s.sender.namn = 'yes';
    const { text } = draftText(s);
    const draft = parseDraft(text);
    assert.equal(draft.metadata.rubrik, s.rubrik);
    assert.equal(draft.metadata.avsändare[0]?.namn, 'yes');
  });

  it('an att-sats typed over several lines stays one att-sats', () => {
    const s = filled();
    s.attSatser = ['att kommunen\nöppnar\r\nen träffpunkt'];
    assert.deepEqual(
      parseDraft(draftText(s).text).attSatser.map((a) => a.text),
      ['kommunen öppnar en träffpunkt'],
    );
  });

  it('the saved draft keeps the contact details in the frontmatter only (the Word export adds them under the name)', () => {
    const saved = draftText(filled()).text;
    assert.equal(saved.split('kim@example.se').length, 2, 'once');
    assert.ok(saved.indexOf('kim@example.se') < saved.indexOf('\n---\n', 4), 'in the frontmatter');
  });

  it('the smallest field holding a diagnostic wins; outside every field is the general box', () => {
    const spans = [
      { field: 'att-satser', start: 10, end: 50 },
      { field: 'att-sats.0', start: 20, end: 30 },
    ];
    const at = (offset: number) =>
      ({ ruleId: 'x', message: '', range: { start: { line: 1, column: 1, offset }, end: { line: 1, column: 1, offset } } }) as unknown as Diagnostic;
    assert.equal(fieldFor(at(25), spans, 'medborgarförslag'), 'att-sats.0');
    assert.equal(fieldFor(at(40), spans, 'medborgarförslag'), 'att-satser');
    assert.equal(fieldFor(at(60), spans, 'medborgarförslag'), GENERAL);
  });
});

describe("web: a form for every kind in core's table", () => {
  // The meeting file is no paper a form writes (the page does not offer it).
  for (const kind of KINDS.filter((k) => k.workflow.role !== 'möte')) {
    it(`${kind.name}: every field filled in gives a draft without errors; every field empty, an error at each required field`, () => {
      const form = KIND_FORMS[kind.name];
      const s = emptyState(kind.name, '2026-12-01');
      s.rubrik = 'En rubrik';
      s.mottagare = form.defaultMottagare || (form.toChair ? 'Socialnämndens ordförande Anna Berg' : 'Socialnämnden');
      for (const k of form.sender) s.sender[k] = k === 'e-post' ? 'kim@example.se' : k === 'telefon' ? '073-555 12 34' : 'Kim Exempel';
      for (const m of form.meta)
        s.meta[m] = m === 'uppdrag.datum' ? '2026-02-12' : m === 'diarienummer' ? 'SN 2026/12' : m === 'uppdrag.beslut' ? 'SN 2026-02-12 § 14' : 'Exempelby';
      for (const sec of form.sections) s.sections[sec.id] = 'Text som förklarar.';
      s.attSatser = ['att nämnden beslutar'];
      s.lagrum = ['10 kap. 8 § socialtjänstlagen (2025:400)'];
      const errors = checkText(draftText(s).text).diagnostics.filter((d) => d.severity === 'error');
      assert.deepEqual(
        errors.map((d) => `${d.ruleId}: ${d.message}`),
        [],
      );

      const empty = fields(emptyState(kind.name, '2026-12-01'));
      const flagged = (f: string) => (empty.get(f) ?? []).some((d) => d.severity === 'error');
      for (const k of form.senderRequired) assert.ok(flagged(`avsändare.${k}`), `avsändare.${k}`);
      for (const m of form.metaRequired) assert.ok(flagged(m), m);
      assert.ok(flagged('rubrik'));
      if (form.lagrumRequired) assert.ok(flagged('lagrum'));
      for (const sec of kind.requiredSections.length ? form.sections : []) assert.ok(flagged(`avsnitt.${sec.id}`), sec.id);
      assert.equal(empty.get(GENERAL), undefined, 'nothing lands outside a field');
    });
  }
});

describe('web: a saved draft → the form', () => {
  it('round-trips the form through its own saved draft', () => {
    const s = filled();
    s.attSatser = ['kommunen håller träffpunkten öppen två kvällar i veckan'];
    const { state, lost } = stateFromDraft(draftText(s).text, '2026-12-24');
    assert.deepEqual(lost, []);
    assert.deepEqual(state, s);
  });

  it('opens an example draft: values, att-satser, and every section under the first field, nothing dropped silently', () => {
    const text = readFileSync(new URL('../../examples/medborgarforslag-anhorigcafe.md', import.meta.url), 'utf8');
    const { state, lost } = stateFromDraft(text, '2026-12-24');
    assert.equal(state.rubrik, 'Anhörigcafé för närstående till personer med psykisk ohälsa');
    assert.equal(state.attSatser.length, 3);
    assert.deepEqual(state.lagrum, ['13 kap. 9 § socialtjänstlagen (2025:400)']);
    assert.match(state.sections.bakgrund ?? '', /Varför förslaget behövs\n\nEnligt 13 kap\. 9 §/);
    assert.deepEqual(lost, []);
    assert.deepEqual(
      checkText(draftText(state).text).diagnostics.filter((d) => d.severity === 'error'),
      [],
    );
  });
});
