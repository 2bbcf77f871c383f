import { aboutRecovery, saysRepealed } from '@arende/lagrum';
import { citationPlace, draftCitations, replaceable, rewritable, successorFix } from '../citations.js';
import { joinCitations } from '../join-citations.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'citation-repealed',
  summary: 'Hänvisningen gäller en lag som var upphävd på handlingens datum; föreslår den nya bestämmelsen.',
  summaryEn: "The reference is to a law that was repealed on the paper's date; suggests the new provision.",
  severity: 'warning',
  reportsErrors: true,
  docs: {
    what: "Rapporterar hänvisningar till en upphävd lag, t.ex. socialtjänstlagen (2001:453) i en handling daterad 1 juli 2025 eller senare, och föreslår motsvarande bestämmelse i den nya lagen enligt jämförelsetabellen i prop. 2024/25:89. När den nya bestämmelsen bara delvis motsvarar den gamla sägs det. Under 'lagrum:' (handlingens rättsliga grund) är det ett fel; i texten en varning. Rättelsen skrivs in av 'check --fix' bara när hela paragrafen gick till en enda ny paragraf och meningens ord passar den; gick den till flera, eller bara delvis, listas kandidaterna med sina rubriker att välja bland (i redigeraren som separata snabbåtgärder), och ingen skrivs in automatiskt. Där den upphävda lagen enligt övergångsbestämmelserna fortfarande gäller (återkrav av ekonomiskt bistånd som beviljats före 1 juli 2025) sägs det, och ingen ändring föreslås.",
    why: 'Nämnden beslutar enligt den lag som gäller när beslutet fattas. En hänvisning till en upphävd paragraf ger en felaktig rättslig grund.',
    bad: '---\ndatum: 2026-03-02\nlagrum:\n  - 2 kap. 6 § socialtjänstlagen (2001:453)\n---',
    good: '---\ndatum: 2026-03-02\nlagrum:\n  - 7 kap. 3 § socialtjänstlagen (2025:400)\n---',
  },
  check(draft, report) {
    for (const c of draftCitations(draft).citations) {
      const r = c.resolved;
      if (r.status !== 'upphävd') continue;
      // In the text, a sentence that itself says the law is repealed or old ("riktlinjerna hänvisar till den
      // upphävda socialtjänstlagen (2001:453)") cites it on purpose; and återkrav of aid granted before
      // 2025-07-01 is still governed by the old law (r.stillApplies): the reference is right, say nothing.
      if ((c.where === 'body' && saysRepealed(c.context)) || (r.stillApplies && aboutRecovery(c.context))) continue;
      const delvis = r.motsvararScope === 'delvis';
      const whereEn = r.motsvarar.length
        ? ` It is ${delvis ? 'only partly ' : ''}replaced by ${joinCitations(r.motsvarar, 'en')}${delvis ? ': check that the new provision covers what you mean' : ''}.`
        : r.ersattAv
          ? ` The law was replaced by ${r.ersattAv}; the register has no comparison table for it, so look up which provision corresponds.`
          : ' The register has no counterpart in the new law.';
      const where = r.motsvarar.length
        ? ` Den motsvaras ${delvis ? 'bara delvis ' : ''}av ${joinCitations(r.motsvarar)}${delvis ? ': kontrollera att den nya bestämmelsen täcker det du menar' : ''}.`
        : r.ersattAv
          ? ` Lagen ersattes av ${r.ersattAv}; registret har ingen jämförelsetabell för den, så slå upp vilken bestämmelse som motsvarar.`
          : ' Ingen motsvarighet i den nya lagen finns i registret.';
      // The old law still governs some matters (återkrav of aid granted before 2025-07-01): say so, and
      // offer no fix that would switch the reference.
      const still = r.stillApplies;
      // A paragraph of the old SoL: one sure successor is written by --fix; several, or a partial one, are
      // offered to choose between. A whole repealed law is replaced by its successor.
      const fix =
        still || !r.motsvarar.length
          ? { note: '', noteEn: '' }
          : r.paragraf !== null
            ? successorFix(c, r.kapitel, r.paragraf, 'standardForm')
            : {
                expected: replaceable(c) && rewritable(r) ? r.motsvarar : undefined,
                choose: r.motsvarar.length > 1 || r.motsvararScope !== 'helt' ? true : undefined,
                note: '',
                noteEn: '',
              };
      report({
        message: still
          ? `${r.fullForm} var upphävd på handlingens datum (${draftCitations(draft).datum}), men ${still.charAt(0).toLowerCase()}${still.slice(1)} Gäller ärendet något annat:${where.replace(/^ Den/u, ' den')}`
          : `${r.fullForm} var upphävd på handlingens datum (${draftCitations(draft).datum}).${where}${fix.note}`,
        messageEn: still
          ? `${r.fullForm} was repealed on the draft's date (${draftCitations(draft).datum}), but ${r.stillAppliesEn!.charAt(0).toLowerCase()}${r.stillAppliesEn!.slice(1)} If the matter is about something else:${whereEn.replace(/^ It/u, ' it')}`
          : `${r.fullForm} was repealed on the draft's date (${draftCitations(draft).datum}).${whereEn}${fix.noteEn}`,
        range: citationPlace(c),
        // The draft's stated legal basis (`lagrum:`) resting on a repealed provision is an error; a mention
        // in the text (perhaps history: "enligt den tidigare 2 kap. 7 § …") a warning.
        severity: c.where === 'lagrum' && !still ? 'error' : 'warning',
        expected: fix.expected,
        choose: fix.choose,
      });
    }
  },
});
