import { draftCitations } from '../citations.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'citation-unparsed',
  summary: "Varje rad i 'lagrum' måste vara en hänvisning till en lagparagraf.",
  summaryEn: "Every line of 'lagrum' must be a reference to a provision of law.",
  severity: 'error',
  docs: {
    what: "Kontrollerar att varje rad i huvudets 'lagrum' går att läsa som en eller flera hänvisningar till lagrum, t.ex. '10 kap. 8 § socialtjänstlagen (2025:400)'.",
    why: 'Lagrummet är handlingens rättsliga grund. En rad som inte är en hänvisning går inte att kontrollera mot lagen som gällde på handlingens datum.',
    bad: 'lagrum:\n  - socialtjänstens ansvar för psykiskt sjuka',
    good: 'lagrum:\n  - 10 kap. 1 § socialtjänstlagen (2025:400)',
  },
  check(draft, report) {
    for (const u of draftCitations(draft).unparsed) {
      report({
        message: `${u.reason} Skriv hänvisningen med kapitel och paragraf, t.ex. '10 kap. 8 § socialtjänstlagen (2025:400)' eller '9 § LSS'.`,
        messageEn: `${u.reasonEn} Write the reference with chapter and paragraph, e.g. '10 kap. 8 § socialtjänstlagen (2025:400)' or '9 § LSS'.`,
        range: u.range,
      });
    }
  },
});
