import { MEETING_EXAMPLE_FILES } from '../meeting/example-files.js';
import { röstOf, RÖSTER, type MeetingItem, type Röst } from '../meeting/model.js';
import { genitive, meetingRule, type MeetingReport } from '../meeting/rule.js';
import type { ResolvedMeeting } from '../meeting/resolve.js';

export default meetingRule({
  id: 'meeting-omrostning-mismatch',
  summary: "En omröstnings antal ja, nej och avstår ska stämma med 'röster', och varje röst är ja, nej eller avstår.",
  summaryEn: "The counts of 'ja', 'nej' and 'avstår' in a vote (omröstning) must agree with 'röster', and each vote is 'ja', 'nej' or 'avstår'.",
  severity: 'error',
  lagrum: '5 kap. 67 § kommunallagen (2017:725)',
  docs: {
    what: "Kontrollerar 'omröstning:' i ett ärende: att varje röst i 'röster' är ja, nej eller avstår, att antalen 'ja', 'nej' och 'avstår' stämmer med listan när den finns, och att det inte är fler röster än beslutande i 'närvarande'.",
    why: 'Protokollet ska redovisa genomförda omröstningar och resultaten av dem, och vid öppen omröstning hur ledamöterna har röstat (5 kap. 67 § 3 och 5 kommunallagen, för nämnder via 6 kap. 35 §). Ett resultat som inte stämmer med röstlistan gör protokollet motsägelsefullt, och det är resultatet som avgör beslutet.',
    bad: 'ärenden:\n  - handlingar: [initiativ-anhorigcafe.md, tjansteskrivelse-anhorigcafe.md]\n    beslut: enligt förslag\n    omröstning:\n      ja: 2\n      nej: 0\n      avstår: 0\n      ja_avser: förvaltningens förslag\n      nej_avser: Robin Exempels avslagsyrkande\n      röster:\n        - namn: Kim Exempel\n          röst: ja\n        - namn: Robin Exempel\n          röst: nej',
    good: 'ärenden:\n  - handlingar: [initiativ-anhorigcafe.md, tjansteskrivelse-anhorigcafe.md]\n    beslut: enligt förslag\n    omröstning:\n      ja: 1\n      nej: 1\n      avstår: 0\n      ja_avser: förvaltningens förslag\n      nej_avser: Robin Exempels avslagsyrkande\n      röster:\n        - namn: Kim Exempel\n          röst: ja\n        - namn: Robin Exempel\n          röst: nej',
    files: MEETING_EXAMPLE_FILES,
  },
  checkMeeting(resolved, report) {
    for (const { item } of resolved.items) omröstningProblems(resolved, item, report);
  },
});

/** The counts of an omröstning against its list of röster, and each röst one of ja, nej, avstår (5 kap. 67 § 3 och 5 KL). */
function omröstningProblems({ draft, meeting }: ResolvedMeeting, item: MeetingItem, report: (p: MeetingReport) => void) {
  const o = item.omröstning;
  if (!o) return;
  const n = item.index + 1;
  const at = (...rest: (string | number)[]) => draft.rangeOf(['ärenden', item.index, 'omröstning', ...rest], 'value');
  const key = draft.rangeOf(['ärenden', item.index, 'omröstning'], 'key') ?? item.range;
  let allValid = true;
  for (const v of o.röster) {
    if (röstOf(v.röst)) continue;
    allValid = false;
    const written = v.röst ? `'${v.röst}'` : 'tom';
    const writtenEn = v.röst ? `'${v.röst}'` : 'empty';
    report({
      message: `${genitive(v.namn)} röst i omröstningen i ärende ${n} är ${written}. En röst är ja, nej eller avstår.`,
      messageEn: `The ballot of ${v.namn} in the vote (omröstning) of item ${n} is ${writtenEn}. A vote is 'ja' (yes), 'nej' (no) or 'avstår' (abstains).`,
      range: at('röster', v.index, 'röst') ?? at('röster', v.index) ?? key,
    });
  }
  const counts: Record<Röst, number | undefined> = { ja: o.ja, nej: o.nej, avstår: o.avstår };
  const written = (c: Record<Röst, number | undefined>) => `${c.ja} ja, ${c.nej} nej och ${c.avstår} avstår`;
  const writtenEn = (c: Record<Röst, number | undefined>) => `${c.ja} 'ja', ${c.nej} 'nej' and ${c.avstår} 'avstår'`;
  const complete = RÖSTER.every((r) => counts[r] !== undefined);
  if (complete && allValid && o.röster.length) {
    const listed: Record<Röst, number> = { ja: 0, nej: 0, avstår: 0 };
    for (const v of o.röster) listed[röstOf(v.röst)!]++;
    if (RÖSTER.some((r) => listed[r] !== counts[r])) {
      report({
        message: `Omröstningen i ärende ${n} räknar ${written(counts)}, men 'röster' har ${written(listed)}. Rätta antalen eller listan så att de stämmer.`,
        messageEn: `The vote (omröstning) in item ${n} counts ${writtenEn(counts)}, but 'röster' lists ${writtenEn(listed)}. Correct the counts or the list so that they agree.`,
        range: key,
      });
    }
  }
  // More votes than members who took part in decisions (5 kap. 66 §) cannot be right.
  const beslutande = meeting.närvarande?.beslutande.length ?? 0;
  const total = (o.ja ?? 0) + (o.nej ?? 0) + (o.avstår ?? 0);
  if (complete && beslutande && total > beslutande) {
    report({
      message: `Omröstningen i ärende ${n} räknar ${total} ledamöter (${written(counts)}), men 'närvarande: beslutande' har bara ${beslutande}. Rätta antalen, eller lägg till de tjänstgörande ledamöter som saknas.`,
      messageEn: `The vote (omröstning) in item ${n} counts ${total} members (${writtenEn(counts)}), but 'närvarande: beslutande' lists only ${beslutande}. Correct the counts, or add the serving members who are missing.`,
      range: key,
    });
  }
}
