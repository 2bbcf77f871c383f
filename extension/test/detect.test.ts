import assert from 'node:assert/strict';
import { looksLikeDraft, typLine } from '../src/detect.js';

describe('extension: which documents are drafts', () => {
  it('is a draft when the frontmatter has typ', () => {
    assert.equal(looksLikeDraft('---\ntyp: politikerinitiativ\nrubrik: R\n---\n\nText\n'), true);
    assert.equal(looksLikeDraft('\uFEFF---\r\nrubrik: R\r\ntyp: nämnduppdrag\r\n---\r\n'), true, 'BOM and CRLF');
    assert.equal(looksLikeDraft('---\ntyp:\n---\n'), true, 'typ still to be filled in');
  });

  it('is a draft when the frontmatter meant to have typ or cannot be read (its problems are shown)', () => {
    assert.equal(looksLikeDraft('---\nTyp: politikerinitiativ\n---\n'), true, 'Typ');
    assert.equal(looksLikeDraft('---\ntpy: politikerinitiativ\n---\n'), true, 'tpy');
    assert.equal(looksLikeDraft('---\ntyp: politikerinitiativ\nrubrik: Förslag: fler platser\n---\n'), true, 'unquoted colon');
    assert.equal(looksLikeDraft('---\nrubrik: R\n\tdatum: 2026-01-01\n---\n'), true, 'tab');
    assert.equal(looksLikeDraft('---\ntyp: politikerinitiativ\nrubrik: R\n'), true, 'never closed');
  });

  it('is not a draft without frontmatter, or with typ only after it', () => {
    assert.equal(looksLikeDraft('# README\n\ntyp: x\n'), false);
    assert.equal(looksLikeDraft('---\ntitle: Anteckningar\n---\ntyp: politikerinitiativ\n'), false);
    assert.equal(looksLikeDraft('---\ntitle: x\n...\ntyp: y\n'), false);
    assert.equal(looksLikeDraft('Text\n---\ntyp: politikerinitiativ\n---\n'), false);
    assert.equal(looksLikeDraft(''), false);
  });
});

describe('extension: the typ line as written', () => {
  it('reads the kind even when the YAML around it is broken', () => {
    assert.equal(typLine('---\ntyp: politikerinitiativ\nrubrik: "oj\n---\n'), 'politikerinitiativ');
    assert.equal(typLine('\uFEFF---\r\nrubrik: R\r\ntyp: "medborgarförslag" # kommentar\r\n---\r\n'), 'medborgarförslag');
    assert.equal(typLine('---\ntyp:\n---\n'), undefined, 'typ still to be filled in');
    assert.equal(typLine('---\nrubrik: R\n---\ntyp: nämnduppdrag\n'), undefined, 'after the header is no typ');
  });
});
