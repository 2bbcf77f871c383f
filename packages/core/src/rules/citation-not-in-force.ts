import { citationPlace, draftCitations } from '../citations.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'citation-not-in-force',
  summary: 'Hänvisningen gäller en lag som ännu inte hade trätt i kraft på handlingens datum.',
  summaryEn: "The reference is to a law that had not yet entered into force on the paper's date.",
  severity: 'warning',
  docs: {
    what: "Varnar för hänvisningar till en lag som inte gällde ännu på handlingens 'datum', t.ex. socialtjänstlagen (2025:400) i en handling daterad före 1 juli 2025.",
    why: 'Ofta är datumet fel, eller så avses den lag som gällde då. Båda gör den rättsliga grunden oklar.',
    bad: '---\ndatum: 2024-05-01\nlagrum:\n  - 10 kap. 8 § socialtjänstlagen (2025:400)\n---',
    good: '---\ndatum: 2024-05-01\nlagrum:\n  - 2 kap. 7 § socialtjänstlagen (2001:453)\n---',
  },
  check(draft, report) {
    for (const c of draftCitations(draft).citations) {
      const r = c.resolved;
      if (r.status !== 'ej-ikraft') continue;
      report({
        message: `${r.message} Kontrollera 'datum' (${draftCitations(draft).datum}) eller hänvisa till den lag som gällde då.`,
        messageEn: `${r.messageEn} Check 'datum' (${draftCitations(draft).datum}) or cite the law in force then.`,
        range: citationPlace(c),
      });
    }
  },
});
