import { draftCitations } from '../citations.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'citation-unknown-law',
  summary: 'En hänvisning nämner en lag som ärende inte känner till, eller ingen lag alls.',
  summaryEn: 'A reference names a law ärende does not know, or no law at all.',
  severity: 'warning',
  docs: {
    what: "Varnar när en hänvisning gäller en lag som inte finns i ärendes lagregister (t.ex. en felstavad förkortning), och när en rad i 'lagrum' inte säger vilken lag den gäller. Ligger namnet nära precis en känd lag ('socialtjänstlagan', 'kommunlagen', 'LLS') frågar meddelandet 'menade du …' och rättelsen skriver det rätta namnet. En upphävd lag som registret känner till (kommunallagen (1991:900) med flera) citerad för ett datum då den gällde sägs ha gällt, men kan inte kontrolleras.",
    why: 'En hänvisning till en okänd lag kan inte kontrolleras: paragrafen kan saknas, vara upphävd eller felskriven utan att någon märker det.',
    bad: 'lagrum:\n  - 2 kap. 6 § Sol-lagen',
    good: 'lagrum:\n  - 7 kap. 3 § socialtjänstlagen (2025:400)',
  },
  check(draft, report) {
    for (const c of draftCitations(draft).citations) {
      const r = c.resolved;
      if (r.status !== 'okänd') continue;
      const law = r.citation.law;
      if (law && r.ersattAv) {
        // A law known only as repealed, cited for a date it still applied: say so, and why it cannot be checked.
        report({ message: r.message, messageEn: r.messageEn, range: c.groupRange });
      } else if (law?.suggestion) {
        // A misspelt name close to one known law: "menade du …", and the fix when the reference is as typed.
        const fixed = r.text.replace(law.text, law.suggestion);
        report({
          message: `Lagen '${law.text}' finns inte i ärendes lagregister. Menade du '${law.suggestion}'? Skriv '${fixed}'.`,
          messageEn: `The law '${law.text}' is not in ärende's register of laws. Did you mean '${law.suggestion}'? Write '${fixed}'.`,
          range: c.groupRange,
          expected: c.exact && c.alone && fixed !== r.text ? [fixed] : undefined,
        });
      } else if (law) {
        report({
          message: law.sfs
            ? `Lagen (${law.sfs}) finns inte i ärendes lagregister, så '${r.text}' kan inte kontrolleras. Kontrollera SFS-numret.`
            : `Lagen '${law.text}' finns inte i ärendes lagregister, så '${r.text}' kan inte kontrolleras. Kontrollera stavningen, eller skriv lagens namn med SFS-nummer, t.ex. 'socialtjänstlagen (2025:400)'.`,
          messageEn: law.sfs
            ? `The law (${law.sfs}) is not in ärende's register of laws, so '${r.text}' cannot be checked. Check the SFS number.`
            : `The law '${law.text}' is not in ärende's register of laws, so '${r.text}' cannot be checked. Check the spelling, or write the law's name with its SFS number, e.g. 'socialtjänstlagen (2025:400)'.`,
          range: c.groupRange,
        });
      } else if (c.where === 'lagrum') {
        report({
          message: `'${r.text}' säger inte vilken lag som avses. Skriv lagen efter paragrafen, t.ex. '${r.text} socialtjänstlagen (2025:400)'.`,
          messageEn: `'${r.text}' does not say which law it means. Write the law after the paragraph, e.g. '${r.text} socialtjänstlagen (2025:400)'.`,
          range: c.groupRange,
        });
      }
    }
  },
});
