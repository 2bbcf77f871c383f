import { yrkandeRule } from '../meeting/yrkande-rule.js';

export default yrkandeRule({
  id: 'meeting-beslut-differs',
  summary: 'Det skrivna beslutet skiljer sig från det beslut som yrkandenas utfall ger.',
  summaryEn: "The written decision differs from the one the motions' outcomes give.",
  severity: 'warning',
  lagrum: '5 kap. 67 § kommunallagen (2017:725)',
  docs: {
    what: "När yrkandena har 'utfall' räknar ärende fram beslutet: förslaget till beslut med varje bifallen ändring och varje bifallet tillägg, eller det bifallna motförslaget. Varnar när ärendet också har ett skrivet 'beslut:' som inte stämmer med det, och visar skillnaden att-sats för att-sats.",
    why: 'Protokollet ska redovisa vilka beslut som har fattats (5 kap. 67 § 4 kommunallagen). Ett bifallet tilläggsyrkande som inte kommer med i beslutet är ett vanligt fel när sekreteraren skriver av att-satserna för hand.',
    bad: 'ärenden:\n  - rubrik: Brukarråd\n    förslag:\n      - Ett brukarråd inrättas inom socialpsykiatrin.\n      - Rådet träffas fyra gånger om året.\n    yrkanden:\n      - id: Y1\n        namn: Robin Exempel\n        typ: tillägg\n        efter: 2\n        text: Rådet ska ha en plats för en anhörigorganisation.\n        utfall: bifall\n    beslut: enligt förslag',
    good: 'ärenden:\n  - rubrik: Brukarråd\n    förslag:\n      - Ett brukarråd inrättas inom socialpsykiatrin.\n      - Rådet träffas fyra gånger om året.\n    yrkanden:\n      - id: Y1\n        namn: Robin Exempel\n        typ: tillägg\n        efter: 2\n        text: Rådet ska ha en plats för en anhörigorganisation.\n        utfall: bifall',
  },
});
