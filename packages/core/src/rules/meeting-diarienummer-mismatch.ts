import { MEETING_EXAMPLE_FILES } from '../meeting/example-files.js';
import { meetingRule } from '../meeting/rule.js';

export default meetingRule({
  id: 'meeting-diarienummer-mismatch',
  summary: 'En tjänsteskrivelse i ett ärende ska ha samma diarienummer som initiativet den besvarar.',
  summaryEn: 'An officer report (tjänsteskrivelse) in a matter must have the same reference number (diarienummer) as the initiative it answers.',
  severity: 'error',
  docs: {
    what: "Kontrollerar i en mötesfil att tjänsteskrivelsen (eller redovisningen av nämnduppdrag) i ett ärende har samma diarienummer som ärendets initiativ (politikerinitiativ, medborgarförslag eller motion), både i 'diarienummer' och i 'avser: diarienummer'.",
    why: 'Initiativet och svaret på det är samma ärende i diariet. Olika nummer betyder oftast att fel tjänsteskrivelse har lagts till, och då blir förslaget till beslut fel.',
    bad: 'ärenden:\n  - handlingar:\n      - initiativ-anhorigcafe.md             # SN 2026/41\n      - tjansteskrivelse-traffpunkt.md       # SN 2026/57',
    good: 'ärenden:\n  - handlingar:\n      - initiativ-anhorigcafe.md             # SN 2026/41\n      - tjansteskrivelse-anhorigcafe.md      # SN 2026/41',
    files: MEETING_EXAMPLE_FILES,
  },
});
