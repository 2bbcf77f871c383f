import { DRAFT_KINDS, kindByName } from '../kinds/index.js';
import { PROPOSAL_HEADINGS } from '../model/headings.js';
import { kindPlace } from './place.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'att-sats-missing',
  summary: 'Förslaget måste ha minst en att-sats, som punkt i en lista under förslagsrubriken.',
  summaryEn: 'The proposal must have at least one proposal clause (att-sats), as an item in a list under the proposal heading.',
  severity: 'error',
  // No law sets a form for a proposal: 6 kap. 33 § KL is how a nämnd decides (it applies 5 kap. 53–56 §§), and
  // KL says nothing of the form of a motion or a medborgarförslag. Att-satser are ärende's format and the
  // practice of kallelser and protokoll (each proposal answerable yes or no), not a legal requirement.
  basis: 'ärendes format och kommunal praxis (varje förslag till beslut som en att-sats som kan besvaras med ja eller nej), inte ett lagkrav',
  basisEn: "ärende's format and municipal practice (each proposal for a decision as a clause that can be answered yes or no), not a legal requirement",
  docs: {
    what: `Kontrollerar att utkastet har ett förslagsavsnitt (rubriken ${PROPOSAL_HEADINGS.map((h) => `'${h}'`).join(', ')}) och att det innehåller minst en att-sats som punkt i en lista.`,
    why: 'Nämnden eller fullmäktige beslutar om förslagen, och ordföranden ställer dem så att de kan besvaras med ja eller nej. Att-satserna är de förslagen; utan dem visar kallelsen inget förslag till beslut. Kravet är ärendes format och praxis, inte lagens: kommunallagen föreskriver ingen form för en motion eller ett medborgarförslag (6 kap. 33 § kommunallagen gäller hur en nämnd fattar beslut). För ett medborgarförslag, skrivet av en invånare, är det därför en varning.',
    bad: '## Vi föreslår därför att\n\nsocialnämnden utreder frågan.',
    good: '## Vi föreslår därför att\n\n- socialnämnden ger förvaltningen i uppdrag att utreda frågan',
  },
  check(draft, report) {
    // A misspelled `typ` does not hide this problem: only a known kind without att-satser is exempt.
    const kind = kindByName(draft.kind);
    if (!draft.frontmatter || draft.attSatser.length > 0 || kind?.features.attSatser === false) return;
    // A resident writes a medborgarförslag (the kind whose senders are private persons): no law asks for
    // att-satser, so a missing one is a warning there.
    const severity = kind?.features.privateSenders ? ('warning' as const) : undefined;
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
        severity,
      });
      return;
    }
    const heading = (kind ?? kindByName(DRAFT_KINDS[0]))!.proposalHeading;
    report({
      message: `Utkastet har inget förslag till beslut. Lägg till rubriken '## ${heading}' med minst en att-sats som punkt i en lista.`,
      messageEn: `The draft has no proposal for a decision. Add the heading '## ${heading}' with at least one proposal clause (att-sats) as an item in a list.`,
      range: kindPlace(draft),
      severity,
    });
  },
});
