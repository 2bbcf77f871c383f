import assert from 'node:assert/strict';
import { DRAFT_KINDS, KINDS, SENDER_QUESTIONS, checkText, draftAsSnippet, draftFromAnswers, draftFromTemplate, sectionsToWrite } from '../src/index.js';

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
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === 'error'),
      [],
    );
    assert.ok(text.endsWith(draftFromTemplate('politikerinitiativ', '2026-12-01').split(/^---$/m)[2]!), 'the body is the template’s');
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
