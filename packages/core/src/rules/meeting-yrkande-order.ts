import { yrkandeRule } from '../meeting/yrkande-rule.js';

export default yrkandeRule({
  id: 'meeting-yrkande-order',
  summary: 'Yrkandenas utfall följer inte propositionsordningen (t.ex. bifallen återremiss och samtidigt ett beslut i sak).',
  summaryEn: 'The outcomes of the motions do not follow the order of propositions (e.g. an adopted referral back together with a decision on the matter).',
  severity: 'error',
  lagrum: '5 kap. 53 § kommunallagen (2017:725)',
  docs: {
    what: "Kontrollerar att yrkandenas 'utfall' kan ha kommit ur en propositionsordning: en bifallen återremiss eller bordläggning utesluter bifall till yrkanden i sak; bara ett av förslaget, avslag och motförslag kan vinna huvudfrågan; ändrings- och tilläggsyrkanden kan bara bifallas när huvudförslaget bifallits.",
    why: 'Ordföranden lägger fram förslagen så att de kan besvaras med ja eller nej (5 kap. 53 § kommunallagen). Enligt praxis och de flesta arbetsordningar prövas återremiss och bordläggning först (5 kap. 50 §), sedan huvudfrågan och sist tilläggsyrkandena, som bara kan prövas mot ett bifallet huvudförslag.',
    bad: 'ärenden:\n  - rubrik: Brukarråd\n    förslag:\n      - Ett brukarråd inrättas inom socialpsykiatrin.\n      - Rådet träffas fyra gånger om året.\n    yrkanden:\n      - id: Y1\n        namn: Robin Exempel\n        typ: återremiss\n        text: Kostnaderna ska utredas.\n        utfall: bifall\n      - id: Y2\n        namn: Kim Exempel\n        typ: tillägg\n        efter: 2\n        text: Rådet ska ha en plats för en anhörigorganisation.\n        utfall: bifall',
    good: 'ärenden:\n  - rubrik: Brukarråd\n    förslag:\n      - Ett brukarråd inrättas inom socialpsykiatrin.\n      - Rådet träffas fyra gånger om året.\n    yrkanden:\n      - id: Y1\n        namn: Robin Exempel\n        typ: återremiss\n        text: Kostnaderna ska utredas.\n        utfall: avslag\n      - id: Y2\n        namn: Kim Exempel\n        typ: tillägg\n        efter: 2\n        text: Rådet ska ha en plats för en anhörigorganisation.\n        utfall: bifall',
  },
});
