import { MEETING_EXAMPLE_FILES } from '../meeting/example-files.js';
import { meetingRule } from '../meeting/rule.js';
import { belongsToMeeting } from '../meeting/resolve.js';

export default meetingRule({
  id: 'meeting-handling-other-namnd',
  summary: 'En handling i mötesfilen måste vara ställd till sammanträdets nämnd.',
  summaryEn: "A paper in the meeting file must be addressed to the meeting's committee (nämnd).",
  severity: 'error',
  // No provision says a kallelse holds only its nämnd's papers; the exception rests on 5 kap. 26 § KL (a nämnd
  // prepares a matter for fullmäktige) and 5 kap. 23 § andra stycket (fullmäktige may leave a medborgarförslag
  // to a nämnd to decide). 6 kap. 34 § is about how such a medborgarförslag is then handled.
  basis: 'ärendes format: en kallelse gäller en nämnds sammanträde och de ärenden den ska besluta om eller bereda',
  basisEn: "ärende's format: a kallelse is for one nämnd's meeting and the matters it is to decide or prepare",
  docs: {
    what: "Kontrollerar att varje handling i ett ärende har sammanträdets nämnd som 'mottagare'. En motion eller ett medborgarförslag ställt till kommunfullmäktige godtas: en nämnd bereder dem åt fullmäktige (5 kap. 26 § kommunallagen), och fullmäktige får överlåta åt en nämnd att besluta i ett ärende som väckts genom medborgarförslag (5 kap. 23 § andra stycket). En interpellation eller fråga till en nämnds ordförande hör till fullmäktiges sammanträde.",
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
        // a nämnd that prepares it (KL 5 kap. 26 §) or decides a medborgarförslag left to it (5 kap. 23 § andra stycket); an interpellation to a chair on fullmäktige's.
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
