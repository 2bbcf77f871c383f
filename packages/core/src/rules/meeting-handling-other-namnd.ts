import { MEETING_EXAMPLE_FILES } from '../meeting/example-files.js';
import { meetingRule } from '../meeting/rule.js';
import { belongsToMeeting } from '../meeting/resolve.js';

export default meetingRule({
  id: 'meeting-handling-other-namnd',
  summary: 'En handling i mötesfilen måste vara ställd till sammanträdets nämnd.',
  summaryEn: "A paper in the meeting file must be addressed to the meeting's committee (nämnd).",
  severity: 'error',
  lagrum: '6 kap. 34 § kommunallagen (2017:725)',
  docs: {
    what: "Kontrollerar att varje handling i ett ärende har sammanträdets nämnd som 'mottagare'. En motion eller ett medborgarförslag ställt till kommunfullmäktige godtas: fullmäktige lämnar dem till en nämnd för beredning eller beslut (5 kap. 23 § och 6 kap. 34 § kommunallagen). En interpellation eller fråga till en nämnds ordförande hör till fullmäktiges sammanträde.",
    why: 'En kallelse gäller en nämnd. Ett initiativ eller en tjänsteskrivelse till en annan nämnd hör inte hit och kan inte beslutas här.',
    bad: 'nämnd: Socialnämnden\närenden:\n  - handlingar: [initiativ-till-kulturnamnden.md]',
    good: 'nämnd: Socialnämnden\närenden:\n  - handlingar: [initiativ-anhorigcafe.md]',
    files: MEETING_EXAMPLE_FILES,
  },
  checkMeeting({ meeting, items }, report) {
    if (!meeting.nämnd) return;
    for (const r of items) {
      for (const h of r.handlingar) {
        if (h.status !== 'draft') continue;
        const m = h.draft!.metadata;
        // The kind table says where else it may stand: a motion or medborgarförslag to fullmäktige on the list of
        // a nämnd that prepares it (KL 5 kap. 23 §, 6 kap. 34 §); an interpellation to a chair on fullmäktige's.
        if (!m.mottagare || belongsToMeeting(h.draft!, meeting.nämnd)) continue;
        const name = `'${h.ref.path}'`;
        report({
          message: `Handlingen ${name} är ställd till ${m.mottagare}, men sammanträdet är ${meeting.nämnd}s. Ta bort den från ärende ${r.item.index + 1}, eller rätta 'mottagare' i handlingen.`,
          messageEn: `The paper ${name} is addressed to ${m.mottagare}, but the meeting is held by ${meeting.nämnd}. Remove it from item ${r.item.index + 1}, or correct 'mottagare' in the paper.`,
          range: h.ref.range,
        });
      }
    }
  },
});
