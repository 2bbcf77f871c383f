import { draftReadability, sentenceLimit } from '../klarsprak/readability.js';
import { SPRAKLAGEN } from './readability-lix.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'sentence-long',
  summary: 'En mening har fler ord än gränsen (35 om inget annat anges).',
  summaryEn: 'A sentence has more words than the limit (35 unless set otherwise).',
  severity: 'info',
  lagrum: SPRAKLAGEN,
  docs: {
    what: 'Räknar orden i varje mening i löptexten (en mening slutar vid punkt, utropstecken, frågetecken eller kolon följt av mellanrum, och vid styckets slut) och rapporterar meningar med fler än 35 ord. Gränsen ändras i arende.config.json: "läsbarhet": {"meningslängd": 30}.',
    why: 'En lång mening måste läsaren hålla i huvudet till slutet. Klarspråksråden säger att en mening bör ha en huvudtanke; med fler än 30–35 ord brukar den ha flera.',
    bad: `---
typ: politikerinitiativ
rubrik: Samordning
mottagare: Socialnämnden
---

## Bakgrund

Den som har insatser från både socialtjänsten och regionen har rätt till en samordnad individuell plan, men i dag tar det ofta lång tid innan planen görs, och under tiden får den enskilde berätta sin historia för flera olika handläggare som inte alltid vet vad de andra har beslutat eller planerat.
`,
    good: `---
typ: politikerinitiativ
rubrik: Samordning
mottagare: Socialnämnden
---

## Bakgrund

Den som har insatser från både socialtjänsten och regionen har rätt till en samordnad individuell plan. I dag tar det ofta lång tid innan planen görs. Under tiden får den enskilde berätta sin historia för flera handläggare. De vet inte alltid vad de andra har beslutat.
`,
  },
  check(draft, report, context) {
    const limit = sentenceLimit(context.config);
    for (const s of draftReadability(draft, context.config).sections) {
      for (const long of s.longSentences) {
        report({
          message: `Meningen har ${long.words} ord (gränsen är ${limit}). Dela den i två eller fler meningar med en tanke i varje.`,
          messageEn: `The sentence has ${long.words} words (the limit is ${limit}). Split it into two or more sentences with one thought each.`,
          range: long.range,
        });
      }
    }
  },
});
