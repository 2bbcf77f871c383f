import { MEETING_EXAMPLE_FILES } from '../meeting/example-files.js';
import { meetingRule } from '../meeting/rule.js';

export default meetingRule({
  id: 'meeting-justering-late',
  summary: 'Protokollet ska justeras senast fjorton dagar efter sammanträdet.',
  summaryEn: 'The minutes must be checked (justering) no later than fourteen days after the meeting.',
  severity: 'warning',
  lagrum: '5 kap. 69 § kommunallagen (2017:725)',
  docs: {
    what: "Kontrollerar att 'justering: datum' i en mötesfil ligger mellan sammanträdesdagen och fjorton dagar efter den.",
    why: 'Ett protokoll ska justeras senast fjorton dagar efter sammanträdet (5 kap. 69 § kommunallagen, för nämnder via 6 kap. 35 §). Överklagandetiden räknas från tillkännagivandet av justeringen.',
    bad: 'datum: 2026-05-20\njustering:\n  datum: 2026-06-10',
    good: 'datum: 2026-05-20\njustering:\n  datum: 2026-05-27',
    files: MEETING_EXAMPLE_FILES,
  },
});
