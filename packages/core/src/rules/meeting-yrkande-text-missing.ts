import { yrkandeRule } from '../meeting/yrkande-rule.js';

export default yrkandeRule({
  id: 'meeting-yrkande-text-missing',
  summary: 'Texten ett ändringsyrkande ska ersätta finns inte (eller finns flera gånger) i att-satsen, eller yrkandet saknar sin text.',
  summaryEn: 'The text an amendment replaces is not in the att-sats (or occurs more than once), or the motion lacks its text.',
  severity: 'error',
  basis: "ärendes format för yrkanden: 'ersätt' ska peka ut exakt ett ställe i att-satsen; inget lagkrav",
  basisEn: "ärende's format for motions: 'ersätt' must point out exactly one place in the att-sats; no provision",
  docs: {
    what: "Kontrollerar att 'ersätt' i ett ändringsyrkande står exakt en gång i att-satsen det ändrar, och att yrkandet har det dess typ kräver: 'ersätt' och 'med' eller 'ny_lydelse' (ändring), 'text' (tillägg), 'att_satser' (motförslag).",
    why: 'Bara en text som finns exakt en gång går att byta ut entydigt; annars vet varken nämnden eller ärende vad som beslutades (5 kap. 53 § kommunallagen: förslaget ska kunna besvaras med ja eller nej).',
    bad: 'ärenden:\n  - rubrik: Brukarråd\n    förslag:\n      - Ett brukarråd inrättas inom socialpsykiatrin.\n      - Rådet träffas fyra gånger om året.\n    yrkanden:\n      - id: Y1\n        namn: Robin Exempel\n        typ: ändring\n        att_sats: 2\n        ersätt: fyra gånger per år\n        med: sex gånger om året',
    good: 'ärenden:\n  - rubrik: Brukarråd\n    förslag:\n      - Ett brukarråd inrättas inom socialpsykiatrin.\n      - Rådet träffas fyra gånger om året.\n    yrkanden:\n      - id: Y1\n        namn: Robin Exempel\n        typ: ändring\n        att_sats: 2\n        ersätt: fyra gånger om året\n        med: sex gånger om året',
  },
});
