import assert from 'node:assert/strict';
import { isIsoDate, todayInSweden } from '../src/index.js';
import { todayInSwedenByZoneData } from '../../lagrum/src/dates.js';

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
  it('agrees with the time-zone database at every Swedish midnight and around each change of summer time, 1996–2040', () => {
    // todayInSweden computes the EU summer-time rule itself (no ICU zone data at start-up): the zone data
    // is the reference. A Node whose zone data changes Sweden's rule fails here.
    const check = (t: number) => assert.equal(todayInSweden(new Date(t)), todayInSwedenByZoneData(new Date(t)), new Date(t).toISOString());
    for (let t = Date.UTC(1996, 0, 1); t < Date.UTC(2041, 0, 1); t += 3_600_000) {
      // A Swedish day starts at 22:00 UTC (summer) or 23:00 UTC (winter): there, and just before, the two
      // can disagree; other hours cost time only.
      const h = new Date(t).getUTCHours();
      if (h === 22 || h === 23) {
        check(t - 1);
        check(t);
      }
    }
    for (let year = 1996; year <= 2040; year++) {
      for (const month of [2, 9]) {
        const last = new Date(Date.UTC(year, month + 1, 0));
        const change = Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
        for (const d of [-60_001, -1, 0, 1, 60_000]) check(change + d);
      }
    }
    // Before 1996 the zone data answers (Sweden's summer time then ended in September).
    assert.equal(todayInSweden(new Date('1990-09-29T22:30:00Z')), todayInSwedenByZoneData(new Date('1990-09-29T22:30:00Z')));
  });
});
