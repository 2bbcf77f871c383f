import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import textWidth, { ONE_COLUMN_EACH } from '../src/text-width.js';

describe('textWidth (string-width with a fast path for Swedish text)', () => {
  it('measures every character of its fast path as string-width does: one column', () => {
    const differs: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (ONE_COLUMN_EACH.test(ch) && stringWidth(ch) !== 1) differs.push(`U+${c.toString(16).padStart(4, '0')}`);
    }
    assert.deepEqual(differs, []);
  });

  it('gives what string-width gives, on the fast path and off it', () => {
    for (const text of [
      'Fel: 4 kap. 20 § kommunallagen (2017:725) – “rubrik” saknas…',
      'Åsa Öberg, Älvsjö',
      'e\u0301 combined', // a combining mark: off the fast path
      '\u001b[31mröd\u001b[39m', // a colour code
      '漢字 and 🙂',
      'soft\u00adhyphen',
      '',
    ]) {
      assert.equal(textWidth(text), stringWidth(text), JSON.stringify(text));
    }
  });
});
