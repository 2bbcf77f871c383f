import { oldSolReading } from '@arende/lagrum';
import { citationPlace, draftCitations, successorFix } from '../citations.js';
import { defineRule } from './rule.js';

/**
 * An old SoL number that passes silently: "rätt till bistånd enligt 4 kap. 1 § SoL" in a draft dated after
 * 2025-07-01 resolves to the new 4 kap. 1 § (kommunens ansvar), which exists, so no other rule says a word.
 * The words around the citation decide (see @arende/lagrum old-sol.ts): when they fit the old paragraph
 * better, a warning names both readings, the 2025-07-01 change and where the old paragraph went.
 */
export default defineRule({
  id: 'citation-old-sol',
  summary:
    "En hänvisning till 'SoL' utan årtal vars ord passar den upphävda socialtjänstlagen (2001:453) bättre än paragrafen med samma nummer i den nya lagen.",
  summaryEn:
    "A reference to 'SoL' without a year whose words fit the repealed socialtjänstlagen (2001:453) better than the paragraph with the same number in the new law.",
  severity: 'warning',
  docs: {
    what: "83 paragrafnummer i socialtjänstlagen (2001:453) finns också i socialtjänstlagen (2025:400), med annat innehåll. När en hänvisning skriver 'SoL' eller 'socialtjänstlagen' utan årtal i en handling daterad 1 juli 2025 eller senare, och numret finns i båda lagarna, jämförs orden runt hänvisningen (för en hänvisning under 'lagrum:' handlingens rubrik och text) med båda paragrafernas text. Passar orden den gamla paragrafen bättre varnar regeln: den säger vad som troligen avsågs, var den paragrafen finns nu och föreslår det nya numret med '(2025:400)'. 'check --fix' skriver in det bara när hela den gamla paragrafen gick till en enda ny och meningens ord passar den; annars listas kandidaterna med rubriker att välja bland. Passar orden den nya paragrafen sägs inget.",
    why: "Den som skrev '4 kap. 1 § SoL' om rätt till bistånd menade den gamla lagen; i den nya lagen handlar 4 kap. 1 § om kommunens ansvar. Hänvisningen ser giltig ut men pekar på fel regel.",
    bad: '---\ndatum: 2026-03-02\n---\nDen enskilde har rätt till bistånd enligt 4 kap. 1 § SoL.',
    good: '---\ndatum: 2026-03-02\n---\nDen enskilde har rätt till insatser enligt 11 kap. 1 § socialtjänstlagen (2025:400).',
  },
  check(draft, report) {
    for (const c of draftCitations(draft).citations) {
      const reading = oldSolReading(c.resolved, c.context);
      if (!reading) continue;
      // The fix names the new law with its year: the author used "SoL" for the old one. None where the old
      // law still governs the matter (återkrav of aid granted before 2025-07-01); candidates to choose
      // between, never applied by --fix, where the old paragraph went to several or only partly.
      const r = c.resolved;
      const fix = reading.stillApplies ? { note: '', noteEn: '' } : successorFix(c, r.kapitel, r.paragraf!, 'fullForm');
      report({
        message: reading.message + fix.note,
        messageEn: reading.messageEn + fix.noteEn,
        range: citationPlace(c),
        expected: fix.expected,
        choose: fix.choose,
      });
    }
  },
});
