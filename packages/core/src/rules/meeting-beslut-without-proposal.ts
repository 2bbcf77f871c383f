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
  checkMeeting({ draft, items }, report) {
    for (const r of items) {
      if (r.item.beslut?.kind !== 'enligt förslag' || r.proposal) continue;
      const n = r.item.index + 1;
      const range = draft.rangeOf(['ärenden', r.item.index, 'beslut'], 'value') ?? r.item.range;
      const hasInitiative = !!r.initiative;
      report({
        message: `Ärende ${n} beslutas 'enligt förslag', men det finns inget förslag till beslut: ingen tjänsteskrivelse bland handlingarna och inget 'förslag:' i ärendet${hasInitiative ? ' (initiativtagarens egna att-satser är inget förslag till beslut)' : ''}. Skriv beslutet som en lista med att-satser, eller lägg till 'förslag:'.`,
        messageEn: `Item ${n} is decided 'enligt förslag' (as proposed), but there is no proposal for a decision: no officer report (tjänsteskrivelse) among the papers and no 'förslag:' in the item${hasInitiative ? " (the initiator's own proposal clauses are not a proposal for a decision)" : ''}. Write the decision as a list of proposal clauses (att-satser), or add 'förslag:'.`,
        range,
      });
    }
  },
});
