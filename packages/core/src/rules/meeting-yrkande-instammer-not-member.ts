import { yrkandeRule } from '../meeting/yrkande-rule.js';

export default yrkandeRule({
  id: 'meeting-yrkande-instammer-not-member',
  summary: "Den som instämmer i ett yrkande finns inte bland de beslutande i 'närvarande'.",
  summaryEn: "Someone who supports a motion is not among the members taking decisions in 'närvarande'.",
  severity: 'warning',
  basis: 'bara en tjänstgörande ledamot kan yrka eller instämma i ett yrkande; protokollet redovisar yrkandena (5 kap. 67 § 1 kommunallagen)',
  basisEn: 'only a serving member can move or support a motion; the minutes record the motions (5 kap. 67 § 1 kommunallagen)',
  docs: {
    what: "Varnar när ett namn under 'instämmer' inte finns bland 'närvarande: beslutande' (namnet jämförs utan parti och roll).",
    why: 'En ersättare som inte tjänstgör, eller någon som inte var där, kan inte instämma i ett yrkande. Oftast är namnet felstavat.',
    bad: 'närvarande:\n  beslutande:\n    - Robin Exempel (Exempelpartiet)\n    - Kim Exempel (Andra partiet)\närenden:\n  - rubrik: Brukarråd\n    förslag:\n      - Ett brukarråd inrättas inom socialpsykiatrin.\n      - Rådet träffas fyra gånger om året.\n    yrkanden:\n      - id: Y1\n        namn: Robin Exempel\n        typ: bifall\n        instämmer: [Kim Exempell]',
    good: 'närvarande:\n  beslutande:\n    - Robin Exempel (Exempelpartiet)\n    - Kim Exempel (Andra partiet)\närenden:\n  - rubrik: Brukarråd\n    förslag:\n      - Ett brukarråd inrättas inom socialpsykiatrin.\n      - Rådet träffas fyra gånger om året.\n    yrkanden:\n      - id: Y1\n        namn: Robin Exempel\n        typ: bifall\n        instämmer: [Kim Exempel]',
  },
});
