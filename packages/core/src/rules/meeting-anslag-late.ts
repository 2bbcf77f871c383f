import { MEETING_EXAMPLE_FILES } from '../meeting/example-files.js';
import { addDays, daysBetween, meetingRule } from '../meeting/rule.js';

export default meetingRule({
  id: 'meeting-anslag-late',
  summary: 'Justeringen ska tillkännages på anslagstavlan senast andra dagen efter justeringen, och inte före den.',
  summaryEn: 'The checking of the minutes (justering) must be announced on the notice board no later than the second day after it, and not before it.',
  severity: 'warning',
  lagrum: '8 kap. 12 § kommunallagen (2017:725)',
  docs: {
    what: "Kontrollerar att 'anslag: datum' i en mötesfil ligger på justeringsdagen ('justering: datum') eller högst två dagar efter den.",
    why: 'Justeringen ska tillkännages på anslagstavlan senast andra dagen efter att protokollet har justerats (8 kap. 12 § kommunallagen). Överklagandetiden räknas från tillkännagivandet (13 kap. 5 §); ett sent anslag skjuter upp när besluten vinner laga kraft, och ett anslag före justeringen tillkännager något som inte har hänt.',
    bad: 'justering:\n  datum: 2026-04-29\nanslag:\n  datum: 2026-05-06',
    good: 'justering:\n  datum: 2026-04-29\nanslag:\n  datum: 2026-04-30',
    files: MEETING_EXAMPLE_FILES,
  },
  checkMeeting({ draft, meeting }, report) {
    const j = meeting.justering?.datum;
    const a = meeting.anslag?.datum;
    if (!j || !a) return;
    const range = draft.rangeOf(['anslag', 'datum'], 'value') ?? draft.frontmatter!.openingRange;
    const d = daysBetween(j, a);
    if (d < 0) {
      report({
        message: `Anslaget (${a}) ligger före justeringen (${j}). Justeringen kan tillkännages först när protokollet är justerat; ange dagen då det sattes upp på anslagstavlan.`,
        messageEn: `The notice (anslag, ${a}) is before the checking of the minutes (justering, ${j}). The justering can be announced only once the minutes are checked; give the day it was put on the notice board.`,
        range,
      });
    } else if (d > 2) {
      report({
        message: `Anslaget (${a}) ligger ${d} dagar efter justeringen (${j}); justeringen ska tillkännages på anslagstavlan senast andra dagen efter (8 kap. 12 § kommunallagen), alltså senast ${addDays(j, 2)}.`,
        messageEn: `The notice (anslag, ${a}) is ${d} days after the checking of the minutes (justering, ${j}); the justering must be announced on the notice board no later than the second day after it (8 kap. 12 § kommunallagen), that is by ${addDays(j, 2)}.`,
        range,
      });
    }
  },
});
