import { MEETING_EXAMPLE_FILES } from '../meeting/example-files.js';
import { addDays, daysBetween, meetingRule } from '../meeting/rule.js';

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
  checkMeeting({ draft, meeting }, report) {
    const j = meeting.justering?.datum;
    if (!j || !meeting.datum) return;
    const range = draft.rangeOf(['justering', 'datum'], 'value') ?? draft.frontmatter!.openingRange;
    const d = daysBetween(meeting.datum, j);
    if (d < 0) {
      report({
        message: `Justeringen (${j}) ligger före sammanträdet (${meeting.datum}). Ange dagen då protokollet justeras.`,
        messageEn: `The checking of the minutes (justering, ${j}) is before the meeting (${meeting.datum}). Give the day the minutes are checked.`,
        range,
      });
    } else if (d > 14) {
      report({
        message: `Justeringen (${j}) ligger ${d} dagar efter sammanträdet; protokollet ska justeras senast fjorton dagar efter (5 kap. 69 § kommunallagen). Senast ${addDays(meeting.datum, 14)}.`,
        messageEn: `The checking of the minutes (justering, ${j}) is ${d} days after the meeting; the minutes must be checked no later than fourteen days after it (5 kap. 69 § kommunallagen). At the latest ${addDays(meeting.datum, 14)}.`,
        range,
      });
    }
  },
});
