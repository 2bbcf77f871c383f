import { yrkandeRule } from '../meeting/yrkande-rule.js';

export default yrkandeRule({
  id: 'meeting-yrkande-att-sats-missing',
  summary: 'Ett ändrings- eller tilläggsyrkande pekar på en att-sats som inte finns i förslaget till beslut.',
  summaryEn: 'An amendment or addition points at an att-sats that is not in the proposed decision.',
  severity: 'error',
  basis: 'ärendes format för yrkanden: numret räknas i förslaget till beslut, så att beslutet kan räknas fram; inget lagkrav',
  basisEn: "ärende's format for motions: the number counts in the proposed decision, so that the decision can be computed; no provision",
  docs: {
    what: "Kontrollerar att 'att_sats' i ett ändringsyrkande (typ: ändring) är numret på en att-sats i ärendets förslag till beslut (tjänsteskrivelsens eller 'förslag:'), och att 'efter' i ett tilläggsyrkande är 0 (först) eller ett sådant nummer. Ett ändringsyrkande utan 'att_sats' rapporteras också.",
    why: 'Ett yrkande som pekar på fel att-sats går inte att ställa proposition på så att det kan besvaras med ja eller nej (5 kap. 53 § kommunallagen), och ärende kan inte räkna fram beslutet eller visa ändringen i Word.',
    bad: 'ärenden:\n  - rubrik: Brukarråd\n    förslag:\n      - Ett brukarråd inrättas inom socialpsykiatrin.\n      - Rådet träffas fyra gånger om året.\n    yrkanden:\n      - id: Y1\n        namn: Robin Exempel\n        typ: ändring\n        att_sats: 3\n        ersätt: fyra\n        med: sex',
    good: 'ärenden:\n  - rubrik: Brukarråd\n    förslag:\n      - Ett brukarråd inrättas inom socialpsykiatrin.\n      - Rådet träffas fyra gånger om året.\n    yrkanden:\n      - id: Y1\n        namn: Robin Exempel\n        typ: ändring\n        att_sats: 2\n        ersätt: fyra\n        med: sex',
  },
});
