import { MEETING_EXAMPLE_FILES } from '../meeting/example-files.js';
import { meetingRule } from '../meeting/rule.js';

export default meetingRule({
  id: 'meeting-handling-other-namnd',
  summary: 'En handling i mötesfilen måste vara ställd till sammanträdets nämnd.',
  summaryEn: "A paper in the meeting file must be addressed to the meeting's committee (nämnd).",
  severity: 'error',
  lagrum: '6 kap. 34 § kommunallagen (2017:725)',
  docs: {
    what: "Kontrollerar att varje handling i ett ärende har sammanträdets nämnd som 'mottagare'. En motion eller ett medborgarförslag ställt till kommunfullmäktige godtas: fullmäktige lämnar dem till en nämnd för beredning eller beslut (5 kap. 23 § och 6 kap. 34 § kommunallagen).",
    why: 'En kallelse gäller en nämnd. Ett initiativ eller en tjänsteskrivelse till en annan nämnd hör inte hit och kan inte beslutas här.',
    bad: 'nämnd: Socialnämnden\närenden:\n  - handlingar: [initiativ-till-kulturnamnden.md]',
    good: 'nämnd: Socialnämnden\närenden:\n  - handlingar: [initiativ-anhorigcafe.md]',
    files: MEETING_EXAMPLE_FILES,
  },
});
