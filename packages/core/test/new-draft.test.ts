import assert from 'node:assert/strict';
import {
  DRAFT_KINDS,
  KINDS,
  SENDER_QUESTIONS,
  checkText,
  kindByName,
  väcktQuestion,
  draftAsSnippet,
  draftFromAnswers,
  draftFromTemplate,
  sectionsToWrite,
} from '../src/index.js';

describe('a new draft from answers', () => {
  it('with no answers is the template, for every kind', () => {
    for (const kind of DRAFT_KINDS) assert.equal(draftFromAnswers(kind, '2026-12-01', {}), draftFromTemplate(kind, '2026-12-01'), kind);
  });

  it('puts the answers in the header (quoted where YAML needs it), one sender with the fields the kind asks for', () => {
    const text = draftFromAnswers('politikerinitiativ', '2026-12-01', {
      kommun: ' Sundsvalls kommun ',
      mottagare: 'Omsorgsnämnden',
      rubrik: 'Trygghet: "nattfasta" # inte en kommentar',
      avsändare: { namn: 'Kim Exempel', parti: 'Exempelpartiet', roll: '', adress: 'asks no address' },
    });
    const { draft, diagnostics } = checkText(text);
    assert.equal(draft.metadata.rubrik, 'Trygghet: "nattfasta" # inte en kommentar');
    assert.equal(draft.metadata.mottagare, 'Omsorgsnämnden');
    assert.equal(draft.metadata.raw.kommun, 'Sundsvalls kommun');
    assert.deepEqual(draft.metadata.raw.avsändare, [{ namn: 'Kim Exempel', parti: 'Exempelpartiet' }]);
    // The header is answered; what is left is the template's guidance in the body (issue 17).
    const errors = diagnostics.filter((d) => d.severity === 'error');
    assert.ok(errors.length > 0);
    assert.ok(
      errors.every((d) => d.ruleId === 'placeholder-text' && d.message.includes('hjälptext')),
      errors.map((d) => d.message).join('\n'),
    );
    assert.ok(text.endsWith(draftFromTemplate('politikerinitiativ', '2026-12-01').split(/^---$/m)[2]!), 'the body is the template’s');
  });

  it('writes väckt only when the writer answered when it was handed in (issue 17)', () => {
    // No template holds a väckt: a new draft never carries a day nobody gave.
    for (const kind of DRAFT_KINDS) assert.doesNotMatch(draftFromTemplate(kind, '2026-12-01'), /^väckt:/m, kind);
    const motion = kindByName('motion')!;
    assert.match(väcktQuestion(motion)!.prompt.sv, /^När lämnades motionen in\?/);
    assert.match(väcktQuestion(kindByName('medborgarförslag')!)!.prompt.sv, /^När lämnades medborgarförslaget in\?/);
    assert.equal(väcktQuestion(kindByName('politikerinitiativ')!), undefined, 'no frist, no question');
    const answers = { rubrik: 'Bostad först', avsändare: { namn: 'Kim Exempel' } };
    assert.doesNotMatch(draftFromAnswers('motion', '2026-12-01', answers), /^väckt:/m);
    assert.doesNotMatch(draftFromAnswers('motion', '2026-12-01', { ...answers, väckt: '' }), /^väckt:/m);
    assert.doesNotMatch(draftFromAnswers('motion', '2026-12-01', { ...answers, väckt: '16 mars' }), /^väckt:/m, 'not a date: not written');
    const given = draftFromAnswers('motion', '2026-12-01', { ...answers, väckt: '2026-03-16' });
    assert.match(given, /^datum: 2026-12-01\nväckt: 2026-03-16\n/m, 'right after datum');
    assert.equal(checkText(given).draft.metadata.raw.väckt, '2026-03-16');
    assert.doesNotMatch(draftFromAnswers('politikerinitiativ', '2026-12-01', { ...answers, väckt: '2026-03-16' }), /^väckt:/m, 'a kind without frist');
  });

  it('every sender field of every kind has a question', () => {
    for (const k of KINDS) for (const f of k.senderFields.fields) assert.ok(SENDER_QUESTIONS[f]?.prompt.sv, `${k.name}: ${f}`);
  });

  it('names the sections left to write', () => {
    assert.deepEqual(sectionsToWrite(draftFromTemplate('politikerinitiativ', '2026-12-01')), ['Bakgrund', 'Lagrum', 'Vi föreslår därför att']);
  });

  it('as a snippet: the guidance paragraphs and att-satser are tab stops, $ } \\ escaped, the header and headings kept', () => {
    const text = draftFromAnswers('medborgarförslag', '2026-12-01', { rubrik: 'Kostar $5 {mer}' }).replace('Berätta vad', 'Berätta $' + '{x} \\ vad');
    const snippet = draftAsSnippet(text);
    assert.match(snippet, /^rubrik: Kostar \\\$5 \{mer\\}$/m);
    assert.match(snippet, /^## Bakgrund$/m);
    assert.match(snippet, /^\$\{1:Berätta \\\$\{x\\} \\\\ vad/m);
    assert.match(snippet, /^- \$\{\d+:kommunen ersätter denna rad/m);
    // Unescaped, the snippet's text is the draft's.
    const plain = snippet.replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, '$1').replace(/\\([$}\\])/g, '$1');
    assert.equal(plain, text);
  });
});
