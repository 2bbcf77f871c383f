import { draftCitations } from '../citations.js';
import { defineRule } from './rule.js';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

export default defineRule({
  id: 'citation-form',
  summary: 'Hänvisningen är inte skriven i standardform; föreslår standardformen.',
  summaryEn: 'The reference is not written in standard form; suggests the standard form.',
  severity: 'info',
  docs: {
    what: "Föreslår standardformen för en hänvisning som är skriven på ett annat sätt, t.ex. '2 kap. 6 § SoL' i stället för 'SoL 2:6' eller '2kap 6§ SoL'. I 'lagrum' föreslås formen med lagens namn och SFS-nummer, '2 kap. 6 § socialtjänstlagen (2001:453)'.",
    why: 'Standardformen (Språkrådet, författningsskrivning) är den läsare och jurister känner igen; första gången en lag nämns skrivs namnet med SFS-nummer.',
    bad: 'Enligt SoL 10:8 ska en plan upprättas.',
    good: 'Enligt 10 kap. 8 § SoL ska en plan upprättas.',
  },
  check(draft, report) {
    for (const c of draftCitations(draft).citations) {
      const r = c.resolved;
      const law = r.citation.law;
      // Only single, resolved references to a provision: a list or "samma lag" has no one-for-one form.
      if (!c.alone || !law || law.same || r.sfs === null || r.status === 'okänd' || r.paragraf === null) continue;
      // "sista stycket", "första meningen": the standard form built from the fields would drop them.
      if (r.citation.unrepresented) continue;
      const written = norm(r.text);
      const accepted = [r.standardForm, r.fullForm, r.fullForm.replace(/ \(\d{4}:\d+\)/, '')].map(norm);
      if (accepted.includes(written)) continue;
      const expected = c.where === 'lagrum' ? [r.fullForm, r.standardForm] : [r.standardForm, r.fullForm];
      report({
        message: `Skriv hänvisningen i standardform: '${expected[0]}' i stället för '${written}'.`,
        messageEn: `Write the reference in standard form: '${expected[0]}' instead of '${written}'.`,
        range: c.groupRange,
        // A reference with markup, escapes or entities inside is pointed out but not rewritten (the fix would drop them).
        expected: c.exact ? [...new Set(expected)] : undefined,
      });
    }
  },
});
