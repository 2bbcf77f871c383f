import { schemaProblems } from '../schema/validate.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'frontmatter-unknown-key',
  summary: 'Okända nycklar i huvudet, med förslag på den närmaste kända.',
  summaryEn: 'Unknown keys in the header, with the nearest known key suggested.',
  severity: 'warning',
  docs: {
    what: "Varnar för nycklar som formatet inte känner till och föreslår den närmaste kända (t.ex. 'avsandare' → 'avsändare'). Snabbfixen byter namn på nyckeln.",
    why: 'En felstavad nyckel ignoreras annars tyst: uppgiften kommer inte med i exporten och kravet på den rapporteras som saknat.',
    bad: '---\navsandare:\n  - namn: Kim Exempel\n---',
    good: '---\navsändare:\n  - namn: Kim Exempel\n---',
  },
  check(draft, report) {
    for (const p of schemaProblems(draft)) if (p.ruleId === 'frontmatter-unknown-key') report(p);
  },
});
