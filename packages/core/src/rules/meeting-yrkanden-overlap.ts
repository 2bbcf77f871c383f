import { yrkandeRule } from '../meeting/yrkande-rule.js';

export default yrkandeRule({
  id: 'meeting-yrkanden-overlap',
  summary: 'Två bifallna ändringsyrkanden ändrar samma ord i en att-sats.',
  summaryEn: 'Two adopted amendments change the same words of an att-sats.',
  severity: 'error',
  lagrum: '5 kap. 53 § kommunallagen (2017:725)',
  docs: {
    what: "Varnar när två ändringsyrkanden med 'utfall: bifall' ändrar samma ord (eller samma att-sats med 'ny_lydelse'): båda kan inte genomföras.",
    why: 'Ordföranden ställer ändringsyrkanden om samma ord mot varandra, och bara ett av dem kan bifallas (5 kap. 53 § kommunallagen). Två bifallna är ett fel i mötesfilen, och beslutet går inte att räkna fram.',
    bad: 'ärenden:\n  - rubrik: Brukarråd\n    förslag:\n      - Ett brukarråd inrättas inom socialpsykiatrin.\n      - Rådet träffas fyra gånger om året.\n    yrkanden:\n      - id: Y1\n        namn: Robin Exempel\n        typ: ändring\n        att_sats: 2\n        ersätt: fyra\n        med: sex\n        utfall: bifall\n      - id: Y2\n        namn: Kim Exempel\n        typ: ändring\n        att_sats: 2\n        ersätt: fyra gånger\n        med: varje månad\n        utfall: bifall',
    good: 'ärenden:\n  - rubrik: Brukarråd\n    förslag:\n      - Ett brukarråd inrättas inom socialpsykiatrin.\n      - Rådet träffas fyra gånger om året.\n    yrkanden:\n      - id: Y1\n        namn: Robin Exempel\n        typ: ändring\n        att_sats: 2\n        ersätt: fyra\n        med: sex\n        utfall: bifall\n      - id: Y2\n        namn: Kim Exempel\n        typ: ändring\n        att_sats: 2\n        ersätt: fyra gånger\n        med: varje månad\n        utfall: avslag',
  },
});
