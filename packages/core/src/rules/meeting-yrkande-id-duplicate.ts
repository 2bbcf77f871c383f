import { yrkandeRule } from '../meeting/yrkande-rule.js';

export default yrkandeRule({
  id: 'meeting-yrkande-id-duplicate',
  summary: 'Två yrkanden i samma ärende har samma id.',
  summaryEn: 'Two motions in the same item have the same id.',
  severity: 'error',
  basis: 'ärendes format för yrkanden: ett id pekar ut ett yrkande i beslutsgången och i yrkandetabellen; inget lagkrav',
  basisEn: "ärende's format for motions: an id points out one motion in the account of the decision and in the table of motions; no provision",
  docs: {
    what: "Kontrollerar att varje 'id' bland ett ärendes yrkanden är unikt inom ärendet.",
    why: 'Beslutsgången och yrkandetabellen hänvisar till yrkandena med id; två med samma id går inte att skilja åt.',
    bad: 'ärenden:\n  - rubrik: Brukarråd\n    förslag:\n      - Ett brukarråd inrättas inom socialpsykiatrin.\n      - Rådet träffas fyra gånger om året.\n    yrkanden:\n      - id: Y1\n        namn: Robin Exempel\n        typ: bifall\n      - id: Y1\n        namn: Kim Exempel\n        typ: avslag',
    good: 'ärenden:\n  - rubrik: Brukarråd\n    förslag:\n      - Ett brukarråd inrättas inom socialpsykiatrin.\n      - Rådet träffas fyra gånger om året.\n    yrkanden:\n      - id: Y1\n        namn: Robin Exempel\n        typ: bifall\n      - id: Y2\n        namn: Kim Exempel\n        typ: avslag',
  },
});
