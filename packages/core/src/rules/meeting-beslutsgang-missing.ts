import { MEETING_EXAMPLE_FILES } from '../meeting/example-files.js';
import { meetingRule } from '../meeting/rule.js';
import { hasUtfall } from '../meeting/yrkanden.js';

export default meetingRule({
  id: 'meeting-beslutsgang-missing',
  summary: "Ett ärende med yrkanden och beslut behöver en 'beslutsgång' i protokollet.",
  summaryEn: "A matter with motions (yrkanden) and a decision needs a 'beslutsgång' (how the decision was reached) in the minutes.",
  severity: 'warning',
  lagrum: '5 kap. 67 § kommunallagen (2017:725)',
  docs: {
    what: "Varnar när ett ärende i mötesfilen har 'yrkanden' och 'beslut' men ingen 'beslutsgång:', sekreterarens redogörelse för hur ordföranden lade fram förslagen och vad nämnden beslutade.",
    why: 'Protokollet ska för varje ärende redovisa i vilken ordning ordföranden har lagt fram förslag till beslut (5 kap. 67 § 2 kommunallagen, för nämnder via 6 kap. 35 §). Med fler förslag än ett vet bara sekreteraren hur propositionerna ställdes; ärende skriver därför aldrig beslutsgången själv.',
    bad: 'ärenden:\n  - handlingar: [initiativ-anhorigcafe.md, tjansteskrivelse-anhorigcafe.md]\n    beslut: enligt förslag\n    yrkanden:\n      - namn: Robin Exempel\n        text: Initiativet avslås.',
    good: 'ärenden:\n  - handlingar: [initiativ-anhorigcafe.md, tjansteskrivelse-anhorigcafe.md]\n    beslut: enligt förslag\n    yrkanden:\n      - namn: Robin Exempel\n        text: Initiativet avslås.\n    beslutsgång: Ordföranden ställer förvaltningens förslag mot Robin Exempels avslagsyrkande och finner att nämnden beslutar enligt förvaltningens förslag.',
    files: MEETING_EXAMPLE_FILES,
  },
  /** Yrkanden and a beslut: the protokoll must say in what order the propositions were put (5 kap. 67 § 2 KL). */
  checkMeeting({ draft, items }, report) {
    for (const { item } of items) {
      // A beslut computed from the yrkanden's utfall is a beslut too.
      if (!item.yrkanden.length || !(item.beslut || hasUtfall(item.yrkanden)) || item.beslutsgång.length) continue;
      const n = item.index + 1;
      const who = item.yrkanden.length === 1 ? 'ett yrkande' : `${item.yrkanden.length} yrkanden`;
      const whoEn = item.yrkanden.length === 1 ? 'a motion' : `${item.yrkanden.length} motions`;
      report({
        message: `Ärende ${n} har ${who} och ett beslut men ingen 'beslutsgång:'. Protokollet ska visa i vilken ordning ordföranden lade fram förslagen till beslut (5 kap. 67 § kommunallagen). Skriv med egna ord hur ordföranden ställde förslagen mot varandra och vad nämnden beslutade.`,
        messageEn: `Item ${n} has ${whoEn} (yrkanden) and a decision but no 'beslutsgång:' (how the decision was reached). The minutes must show in what order the chair put the proposals (5 kap. 67 § kommunallagen). Write in your own words how the chair put the proposals against each other and what the committee decided.`,
        range: draft.rangeOf(['ärenden', item.index, 'yrkanden'], 'key') ?? item.range,
        severity: 'warning',
      });
    }
  },
});
