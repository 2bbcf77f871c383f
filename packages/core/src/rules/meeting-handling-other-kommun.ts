import { MEETING_EXAMPLE_FILES } from '../meeting/example-files.js';
import { meetingRule } from '../meeting/rule.js';
import { sameKommun } from '../meeting/resolve.js';

export default meetingRule({
  id: 'meeting-handling-other-kommun',
  summary: 'En handling i mötesfilen måste gälla sammanträdets kommun.',
  summaryEn: "A paper in the meeting file must concern the meeting's municipality (kommun).",
  severity: 'error',
  docs: {
    what: "Kontrollerar att en handling som anger 'kommun' anger sammanträdets kommun ('Exempelby' och 'Exempelby kommun' räknas som samma).",
    why: 'En handling från en annan kommun har hamnat fel (ofta en kopierad mall) och hör inte till nämndens ärenden.',
    bad: 'kommun: Exempelby kommun\närenden:\n  - handlingar: [initiativ-fran-grannkommunen.md]   # kommun: Grannby kommun',
    good: 'kommun: Exempelby kommun\närenden:\n  - handlingar: [initiativ-anhorigcafe.md]',
    files: MEETING_EXAMPLE_FILES,
  },
  checkMeeting({ meeting, items }, report) {
    if (!meeting.kommun) return;
    for (const r of items) {
      for (const h of r.handlingar) {
        if (h.status !== 'draft') continue;
        const kommun = h.draft!.metadata.kommun;
        if (!kommun || sameKommun(kommun, meeting.kommun)) continue;
        const name = `'${h.ref.path}'`;
        report({
          message: `Handlingen ${name} gäller ${kommun}, men sammanträdet är i ${meeting.kommun}. Ta bort den från ärende ${r.item.index + 1}, eller rätta 'kommun' i handlingen.`,
          messageEn: `The paper ${name} concerns ${kommun}, but the meeting is in ${meeting.kommun}. Remove it from item ${r.item.index + 1}, or correct 'kommun' in the paper.`,
          range: h.ref.range,
        });
      }
    }
  },
});
