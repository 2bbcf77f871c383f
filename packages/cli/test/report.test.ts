import assert from 'node:assert/strict';
import { VFile } from 'vfile';
import { textReport } from '../src/report.js';

/** A file with a short and a long message, as a check of a folder often gives. */
function file(): VFile {
  const f = new VFile({ path: 'utkast.md', value: 'x' });
  const short = f.message('Kort.', { line: 1, column: 1 });
  short.ruleId = 'sentence-long';
  short.source = 'arende';
  const long = f.message(`Avsnittet är svårt att läsa: ${'ett långt ord '.repeat(40).trim()}.`, { line: 2, column: 3 });
  long.ruleId = 'readability-lix';
  long.source = 'arende';
  return f;
}

describe('the text report', () => {
  for (const color of [false, true]) {
    it(`puts each rule name after its own message, not after the longest one (color: ${color})`, () => {
      const lines = textReport([file()], color).split('\n');
      const short = lines.find((l) => l.includes('Kort.'))!;
      assert.ok(short.length < 80, `${short.length} characters: ${JSON.stringify(short)}`);
      assert.match(short, /Kort\.(?:\x1b\[\d+m)? {2}sentence-long arende$/);
      const long = lines.find((l) => l.includes('långt ord'))!;
      assert.match(long, /långt ord\.(?:\x1b\[\d+m)? {2}readability-lix arende$/);
      // Nothing of a message is lost or moved: every word is there, in order.
      assert.ok(long.includes(`Avsnittet är svårt att läsa: ${'ett långt ord '.repeat(39)}ett långt ord`));
    });
  }
});
