import { joinList, lawBySfs, nameWithSfs } from '@arende/lagrum';
import { citationPlace, draftCitations, type DraftCitation } from '../citations.js';
import { defineRule } from './rule.js';

/**
 * A draft dated after the statute data: the register knows each law's wording as of its data's date, so
 * for a later `datum` an amendment in between would go unseen and every citation would still look right.
 * Said once per draft, at its `datum` (the date is what makes the data too old; a mark on a citation would
 * also cover that citation's own hover), naming the laws and the dates: the hover and `arende cite` say it
 * per provision.
 */
export default defineRule({
  id: 'citation-data-date',
  summary: 'Handlingen är daterad efter den lagtext som ärende kontrollerar mot; senare lagändringar känner ärende inte till.',
  summaryEn: 'The paper is dated after the statute text ärende checks against; ärende does not know later amendments.',
  severity: 'info',
  docs: {
    what: "Säger en gång per handling att dess 'datum' ligger efter det datum då ärendes lagtext hämtades för en lag som handlingen hänvisar till. Meddelandet namnger lagarna och datumen. Handlingar utan 'datum' får inget meddelande.",
    why: 'Registret vet hur lagarna löd när dess lagtext hämtades. En ändring efter det syns inte, och en hänvisning kan då se riktig ut fast paragrafen har ändrats eller upphävts. Läs lydelsen hos Riksdagen innan handlingen lämnas in.',
    bad: '---\ndatum: 2030-03-02\nlagrum:\n  - 6 kap. 38 § KL\n---',
    good: '---\ndatum: 2025-03-02\nlagrum:\n  - 6 kap. 38 § KL\n---',
  },
  check(draft, report) {
    // Only a dated draft: without 'datum' the citations are read on today's date, which says nothing about the paper.
    if (!draft.metadata.datum) return;
    const { datum, citations } = draftCitations(draft);
    const after = citations.filter((c) => c.resolved.efterLagtext && c.resolved.sfs !== null);
    const first: DraftCitation | undefined = after[0];
    if (!first) return;
    // Grouped by the data's date (one date for most laws; a law read from another source may have its own).
    const byDate = new Map<string, Map<string, string>>();
    for (const c of after) {
      const law = lawBySfs(c.resolved.sfs!);
      if (!law) continue;
      const names = byDate.get(law.lagtextPer) ?? new Map<string, string>();
      names.set(law.sfs, nameWithSfs(law));
      byDate.set(law.lagtextPer, names);
    }
    const groups = [...byDate].sort(([a], [b]) => a.localeCompare(b));
    const sv = joinList(groups.map(([date, names]) => `${date} för ${joinList([...names.values()])}`));
    const en = joinList(
      groups.map(([date, names]) => `${date} for ${joinList([...names.values()], 'en')}`),
      'en',
    );
    report({
      message: `Handlingen är daterad ${datum}, men lagtexten som ärende kontrollerar mot är från ${sv}. Lagändringar efter det känner ärende inte till; läs lydelsen hos Riksdagen (riksdagen.se) innan handlingen lämnas in.`,
      messageEn: `The paper is dated ${datum}, but the statute text ärende checks against is from ${en}. ärende does not know amendments after that; read the wording at Riksdagen (riksdagen.se) before the paper is submitted.`,
      range: draft.rangeOf(['datum'], 'value') ?? citationPlace(first),
    });
  },
});
