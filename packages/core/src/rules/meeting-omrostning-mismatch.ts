import { MEETING_EXAMPLE_FILES } from '../meeting/example-files.js';
import { meetingRule } from '../meeting/rule.js';

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
});
