import { MEETING_EXAMPLE_FILES } from '../meeting/example-files.js';
import { decidedByFullmäktige, isFullmäktigeMeeting, mayBeDelegated } from '../meeting/decision.js';
import { kindDefinitionOf } from '../meeting/kind.js';
import { meetingRule } from '../meeting/rule.js';

export default meetingRule({
  id: 'meeting-delegerat-invalid',
  summary: "'delegerat: true' går bara på ett medborgarförslag som fullmäktige har överlåtit till nämnden; en motion avgör fullmäktige själv.",
  summaryEn:
    "'delegerat: true' applies only to a citizens' proposal (medborgarförslag) the council handed over to the committee; the council decides a motion itself.",
  severity: 'error',
  lagrum: '5 kap. 23 § kommunallagen (2017:725)',
  docs: {
    what: "Kontrollerar 'delegerat: true' i ett ärende i en mötesfil: ärendets initiativ ska vara ett medborgarförslag, och sammanträdet en nämnds. En motion kan inte överlåtas till en nämnd.",
    why: 'Fullmäktige beslutar om motioner och medborgarförslag (5 kap. 23 § kommunallagen). Bara ett medborgarförslag får fullmäktige överlåta till en nämnd att avgöra (5 kap. 23 § andra stycket, 6 kap. 38 § första stycket 4). Står det delegerat på en motion räknas nämndens förslag felaktigt som ett avgörande, och motionen försvinner ur listan över öppna ärenden.',
    bad: 'nämnd: Socialnämnden\närenden:\n  - handlingar: [motion-traffpunkt.md]\n    delegerat: true\n    beslut: enligt förslag',
    good: 'nämnd: Socialnämnden\närenden:\n  - handlingar: [medborgarforslag-anhorigcafe.md]\n    delegerat: true\n    förslag:\n      - Medborgarförslaget bifalls.\n    beslut: enligt förslag',
    files: MEETING_EXAMPLE_FILES,
  },
  checkMeeting({ draft, meeting, items }, report) {
    for (const r of items) {
      if (!r.item.delegerat) continue;
      const kind = kindDefinitionOf(r.initiative);
      const range = draft.rangeOf(['ärenden', r.item.index, 'delegerat'], 'value') ?? r.item.range;
      const n = r.item.index + 1;
      if (isFullmäktigeMeeting(meeting)) {
        report({
          message: `Ärende ${n} säger 'delegerat: true', men sammanträdet är ${meeting.nämnd}s; fullmäktige avgör ärendet själv. Ta bort 'delegerat'.`,
          messageEn: `Item ${n} says 'delegerat: true', but the meeting is held by ${meeting.nämnd}; the council decides the matter itself. Remove 'delegerat'.`,
          range,
        });
      } else if (!mayBeDelegated(kind)) {
        const what = kind ? `${kind.label.sv.toLocaleLowerCase('sv')}` : 'ett ärende utan medborgarförslag';
        const byKf = decidedByFullmäktige(kind);
        report({
          message: `Ärende ${n} säger 'delegerat: true', men initiativet är ${kind ? `en ${what}` : what}. ${byKf ? 'En motion avgör fullmäktige själv (5 kap. 23 § kommunallagen); nämndens beslut är ett förslag till fullmäktige.' : 'Nämnden avgör det ändå själv.'} Ta bort 'delegerat'.`,
          messageEn: `Item ${n} says 'delegerat: true', but the initiative is ${kind ? `a ${kind.label.en.toLocaleLowerCase('en')}` : 'not a citizens\u2019 proposal'}. ${byKf ? 'The council decides a motion itself (5 kap. 23 § kommunallagen); the committee’s decision is a proposal to the council.' : 'The committee decides it itself anyway.'} Remove 'delegerat'.`,
          range,
        });
      }
    }
  },
});
