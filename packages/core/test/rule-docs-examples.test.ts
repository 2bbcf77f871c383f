import assert from 'node:assert/strict';
import { rules } from '../src/index.js';
import { useRealSpeller } from './helpers.js';
import { basesWhereBad, exampleDraft, exampleFindings, fixedExample } from '../src/rule-examples.js';

describe("rule docs' examples run as tests", () => {
  useRealSpeller();
  for (const rule of rules) {
    it(`${rule.id}: the bad example triggers it, the good one does not, the fixed one (if any) does not`, () => {
      // The kinds under which the bad example is bad (a rule may apply to some kinds only).
      const bases = basesWhereBad(rule);
      assert.ok(bases.length > 0, `${rule.id}: its bad example does not trigger it, as a draft of any kind`);
      for (const base of bases) {
        const good = exampleFindings(rule, exampleDraft(rule, rule.docs.good, base));
        assert.deepEqual(
          good.map((d) => d.message),
          [],
          `${rule.id}: its good example triggers it`,
        );
      }
      const fixed = fixedExample(rule);
      if (fixed !== undefined) {
        assert.notEqual(fixed, rule.docs.bad);
        const again = exampleFindings(rule, exampleDraft(rule, fixed, bases[0]!)).filter((d) => d.expected?.length);
        assert.deepEqual(
          again.map((d) => d.message),
          [],
          `${rule.id}: its fixed example still has something to fix`,
        );
      }
    });
  }
});
