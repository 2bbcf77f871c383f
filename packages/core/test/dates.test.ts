import assert from 'node:assert/strict';
import { isIsoDate } from '../src/index.js';

describe('isIsoDate', () => {
  it('accepts real dates written YYYY-MM-DD, leap days included', () => {
    for (const d of ['2026-04-15', '2024-02-29', '2025-07-01']) assert.equal(isIsoDate(d), true, d);
  });
  it('rejects impossible dates and other spellings', () => {
    for (const d of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-4-15', '15/4 2026', '2026-04-15T10:00', '']) assert.equal(isIsoDate(d), false, d);
  });
});
