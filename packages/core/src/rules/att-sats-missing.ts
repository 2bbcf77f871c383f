import { DRAFT_KINDS, kindByName } from '../kinds/index.js';
import { PROPOSAL_HEADINGS } from '../model/headings.js';
import { kindPlace } from './place.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'att-sats-missing',
  summary: 'Förslaget måste ha minst en att-sats, som punkt i en lista under förslagsrubriken.',
  summaryEn: 'The proposal must have at least one proposal clause (att-sats), as an item in a list under the proposal heading.',
  severity: 'error',
  // A nämnd decides on proposals put so that they can be answered yes or no (5 kap. 53 § KL, which
  // 6 kap. 33 § applies to nämnder): the att-satser are those proposals.
  lagrum: '6 kap. 33 § kommunallagen (2017:725)',
  docs: {
    what: `Kontrollerar att utkastet har ett förslagsavsnitt (rubriken ${PROPOSAL_HEADINGS.map((h) => `'${h}'`).join(', ')}) och att det innehåller minst en att-sats som punkt i en lista.`,
    why: 'Nämnden fattar beslut om att-satserna: förslagen ska kunna besvaras med ja eller nej (5 kap. 53 § kommunallagen, som enligt 6 kap. 33 § gäller i nämnderna). Utan dem finns inget att besluta om, och kallelsen kan inte visa något förslag till beslut.',
    bad: '## Vi föreslår därför att\n\nsocialnämnden utreder frågan.',
    good: '## Vi föreslår därför att\n\n- socialnämnden ger förvaltningen i uppdrag att utreda frågan',
  },
  check(draft, report) {
    // A misspelled `typ` does not hide this problem: only a known kind without att-satser is exempt.
    const kind = kindByName(draft.kind);
    if (!draft.frontmatter || draft.attSatser.length > 0 || kind?.features.attSatser === false) return;
    const proposal = draft.proposal;
    if (proposal) {
      const hasText = proposal.children.length > 0;
      report({
        message: hasText
          ? `Avsnittet '${proposal.heading}' har ingen att-sats. Skriv varje förslag som en punkt i en lista, t.ex. '- att nämnden …'.`
          : `Avsnittet '${proposal.heading}' är tomt. Skriv minst en att-sats som en punkt i en lista, t.ex. '- att nämnden …'.`,
        messageEn: hasText
          ? `The section '${proposal.heading}' has no proposal clause (att-sats). Write each proposal as an item in a list, e.g. '- att nämnden …'.`
          : `The section '${proposal.heading}' is empty. Write at least one proposal clause (att-sats) as an item in a list, e.g. '- att nämnden …'.`,
        range: proposal.headingRange,
      });
      return;
    }
    const heading = (kind ?? kindByName(DRAFT_KINDS[0]))!.proposalHeading;
    report({
      message: `Utkastet har inget förslag till beslut. Lägg till rubriken '## ${heading}' med minst en att-sats som punkt i en lista.`,
      messageEn: `The draft has no proposal for a decision. Add the heading '## ${heading}' with at least one proposal clause (att-sats) as an item in a list.`,
      range: kindPlace(draft),
    });
  },
});
