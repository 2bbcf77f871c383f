import { MEETING_EXAMPLE_FILES } from '../meeting/example-files.js';
import { meetingRule } from '../meeting/rule.js';

export default meetingRule({
  id: 'meeting-beslut-without-proposal',
  summary: "Beslutet 'enligt förslag' kräver ett förslag till beslut (tjänsteskrivelse eller 'förslag').",
  summaryEn: "The decision 'enligt förslag' (as proposed) needs a proposal for a decision (an officer report or 'förslag').",
  severity: 'error',
  lagrum: '5 kap. 67 § kommunallagen (2017:725)',
  docs: {
    what: "Kontrollerar att ett ärende som beslutas 'enligt förslag' har ett förslag: en tjänsteskrivelse bland handlingarna eller 'förslag:' i mötesfilen. Initiativtagarens egna att-satser räknas inte som förslag till beslut.",
    why: 'Protokollet ska redovisa vilka beslut som fattats (5 kap. 67 § kommunallagen). Utan förslag blir beslutet tomt i protokollet.',
    bad: 'ärenden:\n  - handlingar: [initiativ-anhorigcafe.md]\n    beslut: enligt förslag',
    good: 'ärenden:\n  - handlingar: [initiativ-anhorigcafe.md]\n    beslut:\n      - Initiativet överlämnas till förvaltningen för beredning.',
    files: MEETING_EXAMPLE_FILES,
  },
});
