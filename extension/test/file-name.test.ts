import assert from 'node:assert/strict';
import { fileNameFromRubrik } from '../src/file-name.js';

describe('the file name an unsaved export suggests', () => {
  it('is the rubrik in lower case with hyphens, Swedish letters kept', () => {
    assert.equal(
      fileNameFromRubrik('Fler och bättre samordnade individuella planer inom socialpsykiatrin', 'docx'),
      'fler-och-bättre-samordnade-individuella-planer-inom.docx',
    );
    assert.equal(fileNameFromRubrik('Öppna förskolan: "Ja!"', 'pdf'), 'öppna-förskolan-ja.pdf');
  });
  it('is nothing without a rubrik (the save dialog then suggests its own)', () => {
    assert.equal(fileNameFromRubrik(undefined, 'docx'), undefined);
    assert.equal(fileNameFromRubrik(' – ', 'docx'), undefined);
  });
});
