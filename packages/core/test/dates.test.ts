import assert from 'node:assert/strict';
import { isIsoDate, todayInSweden } from '../src/index.js';

describe('isIsoDate', () => {
  it('accepts real dates written YYYY-MM-DD, leap days included', () => {
    for (const d of ['2026-04-15', '2024-02-29', '2025-07-01']) assert.equal(isIsoDate(d), true, d);
  });
  it('rejects impossible dates and other spellings', () => {
    for (const d of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-4-15', '15/4 2026', '2026-04-15T10:00', '']) assert.equal(isIsoDate(d), false, d);
  });
});

describe('todayInSweden', () => {
  it('is the Swedish calendar day, whatever the machine clock zone (winter and summer time)', () => {
    assert.equal(todayInSweden(new Date('2026-12-01T23:30:00Z')), '2026-12-02', '00:30 in Sweden in winter (UTC+1)');
    assert.equal(todayInSweden(new Date('2026-12-01T22:59:00Z')), '2026-12-01', '23:59 in Sweden');
    assert.equal(todayInSweden(new Date('2026-06-30T22:30:00Z')), '2026-07-01', '00:30 in Sweden in summer (UTC+2)');
    assert.equal(todayInSweden(new Date('2026-06-30T21:30:00Z')), '2026-06-30', '23:30 in Sweden in summer');
  });
  it('turns at midnight exactly, though it keeps its answer for the minute asked about', () => {
    // The same minute twice (the kept answer), then the next minute: the new day.
    assert.equal(todayInSweden(new Date('2026-12-01T22:59:00Z')), '2026-12-01');
    assert.equal(todayInSweden(new Date('2026-12-01T22:59:59.999Z')), '2026-12-01');
    assert.equal(todayInSweden(new Date('2026-12-01T23:00:00Z')), '2026-12-02');
    assert.equal(todayInSweden(new Date('2026-12-01T22:59:30Z')), '2026-12-01', 'back to the earlier minute');
    assert.equal(todayInSweden(new Date('2026-03-29T00:59:59Z')), '2026-03-29', 'the night summer time starts');
  });
});
