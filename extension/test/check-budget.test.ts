import assert from 'node:assert/strict';
import { CHECK_BUDGET_MS, CheckBudget, MAX_DEFER_MS, TYPING_GAP_MS } from '../src/check-budget.js';

// The policy only: the times are given, not measured (no timing in tests).
describe('extension: the time budget for checks on the host thread', () => {
  it('a draft within the budget is checked after the configured pause', () => {
    const b = new CheckBudget();
    assert.equal(b.delay('a', 200), 200, 'never checked');
    assert.equal(b.record('a', 20), false);
    assert.equal(b.record('a', CHECK_BUDGET_MS), false);
    assert.equal(b.delay('a', 200), 200);
    assert.equal(b.delay('a', 0), 0);
  });

  it('one slow check (the first, or a busy moment) does not make a draft slow', () => {
    const b = new CheckBudget();
    assert.equal(b.record('a', 2000), false);
    assert.equal(b.isSlow('a'), false);
    assert.equal(b.delay('a', 200), 200);
    assert.equal(b.record('a', 30), false);
    assert.equal(b.record('a', 900), false, 'the lesser of the last two counts');
    assert.equal(b.delay('a', 200), 200);
  });

  it('a draft over the budget waits longer, in proportion, capped; the user is told once', () => {
    const b = new CheckBudget();
    b.record('a', 200);
    assert.equal(b.record('a', 250), true, 'told the first time');
    assert.equal(b.isSlow('a'), true);
    assert.equal(b.delay('a', 200), 2000);
    assert.equal(b.delay('a', 5000), 5000, 'never shorter than the configured pause');
    assert.equal(b.record('a', 10_000), false, 'told only once');
    assert.equal(b.delay('a', 200), 2500, 'the lesser of the last two');
    b.record('a', 10_000);
    assert.equal(b.delay('a', 200), MAX_DEFER_MS);
    assert.equal(b.delay('b', 200), 200, 'per document');
  });

  it('a draft that became quick again is checked after the configured pause again; forget starts over', () => {
    const b = new CheckBudget();
    b.record('a', 400);
    b.record('a', 400);
    b.record('a', 40);
    assert.equal(b.delay('a', 200), 200);
    b.forget('a');
    b.record('a', 400);
    assert.equal(b.record('a', 400), true, 'after forget the user is told again');
  });

  it('the first key after a pause in typing is checked at once; a burst waits for the configured pause after its last key', () => {
    const b = new CheckBudget();
    assert.equal(b.pauseAfterChange('a', 50, 1000), 0, 'the first change of a document');
    // A burst: each key within the gap of the one before restarts the configured pause, so one check ends it.
    assert.equal(b.pauseAfterChange('a', 50, 1030), 50);
    assert.equal(b.pauseAfterChange('a', 50, 1060), 50);
    assert.equal(b.pauseAfterChange('a', 50, 1060 + TYPING_GAP_MS - 1), 50, 'still the same burst');
    assert.equal(b.pauseAfterChange('a', 50, 1060 + 3 * TYPING_GAP_MS), 0, 'a key after a pause');
    assert.equal(b.pauseAfterChange('b', 50, 1060 + 3 * TYPING_GAP_MS), 0, 'per document');
  });

  it('a longer configured pause also sets the gap; a slow draft always waits; forget starts over', () => {
    const b = new CheckBudget();
    assert.equal(b.pauseAfterChange('a', 1000, 0), 0);
    assert.equal(b.pauseAfterChange('a', 1000, 900), 1000, 'within the configured pause: a burst');
    assert.equal(b.pauseAfterChange('a', 1000, 2000), 0);
    b.record('a', 400);
    b.record('a', 400);
    assert.equal(b.pauseAfterChange('a', 50, 10_000), 3000, 'slow: never at once');
    b.forget('a');
    assert.equal(b.pauseAfterChange('a', 50, 10_010), 0);
  });
});
