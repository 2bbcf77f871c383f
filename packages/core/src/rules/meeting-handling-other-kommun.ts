import { MEETING_EXAMPLE_FILES } from '../meeting/example-files.js';
import { meetingRule } from '../meeting/rule.js';

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
});
