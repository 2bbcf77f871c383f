import type { ResolvedCitation } from '@arende/lagrum';
import { draftCitations } from '../citations.js';
import { defineRule } from './rule.js';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The forms a reference may be written in without a suggestion: the standard and full forms, and the forms
 * the statutes and legal practice use themselves. A punkt right after the paragraph sign without the word
 * ("9 § 6 LSS", as LSS writes "9 § 10"), and in the text the colon form with the law beside it ("KL 6:38 p. 4",
 * "6:38 p. 4 KL", "SoL 10:8"). In `lagrum:`, the draft's stated legal basis, the standard form is asked for.
 */
function acceptedForms(r: ResolvedCitation, where: 'lagrum' | 'body'): string[] {
  const forms = [r.standardForm, r.fullForm, r.fullForm.replace(/ \(\d{4}:\d+\)/, '')];
  // "9 § punkt 6 LSS" → "9 § 6 LSS" (only a punkt without stycke: "andra stycket 3" already has no word).
  const statute = forms.map((f) => f.replace(/§ punkt (\d+)/u, '§ $1'));
  const law = r.citation.law?.text;
  const colon: string[] = [];
  // The colon form is practice's shorthand with an abbreviation ("KL 6:38"), not with a name ("socialtjänstlagen 5:1").
  const abbreviation = law !== undefined && /^\p{Lu}[\p{L}]{0,5}$/u.test(law) && /\p{Lu}.*\p{Lu}|^\p{Lu}\p{Ll}{0,2}\p{Lu}?$/u.test(law);
  if (where === 'body' && r.citation.form === 'short' && abbreviation && r.kapitel !== null && r.paragraf !== null && r.stycke === null) {
    const ref = `${r.kapitel}:${r.paragraf}${r.punkt !== null ? ` p. ${r.punkt}` : ''}`;
    colon.push(`${law} ${ref}`, `${ref} ${law}`);
  }
  return [...forms, ...statute, ...colon].map(norm);
}

export default defineRule({
  id: 'citation-form',
  summary: 'Hänvisningen är inte skriven i standardform; föreslår standardformen.',
  summaryEn: 'The reference is not written in standard form; suggests the standard form.',
  severity: 'info',
  docs: {
    what: "Föreslår standardformen för en hänvisning som är felskriven, t.ex. '2 kap. 6 § SoL' i stället för '2kap 6§ SoL' eller '2 kap 6 § SoL'. Formerna som lagarna själva och rättspraxis använder godtas: en punkt direkt efter paragrafen ('9 § 6 LSS', så som LSS skriver '9 § 10'), listor ('5 kap. 65–67 och 69 §§ KL') och i texten kolonformen med lagen bredvid ('KL 6:38 p. 4', 'SoL 2:6'). I 'lagrum' (handlingens rättsliga grund) föreslås formen med lagens namn och SFS-nummer, '2 kap. 6 § socialtjänstlagen (2001:453)', även för kolonformen.",
    why: 'Standardformen (Språkrådet, författningsskrivning) är den läsare och jurister känner igen; första gången en lag nämns skrivs namnet med SFS-nummer.',
    bad: 'Enligt 10 kap 8 § SoL ska en plan upprättas.',
    good: 'Enligt 10 kap. 8 § SoL ska en plan upprättas.',
  },
  check(draft, report) {
    for (const c of draftCitations(draft).citations) {
      const r = c.resolved;
      const law = r.citation.law;
      // Only single, resolved references to a provision: a list, "samma lag" or a law taken from earlier in
      // the sentence has no one-for-one form.
      if (!c.alone || !law || law.same || law.inherited || r.sfs === null || r.status === 'okänd' || r.paragraf === null) continue;
      // "sista stycket", "första meningen": the standard form built from the fields would drop them.
      if (r.citation.unrepresented) continue;
      const written = norm(r.text);
      if (acceptedForms(r, c.where).includes(written)) continue;
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
