import { MEETING_EXAMPLE_FILES } from '../meeting/example-files.js';
import { meetingRule } from '../meeting/rule.js';

export default meetingRule({
  id: 'meeting-handling-missing',
  summary: 'En handling som mötesfilen nämner måste finnas (och vara ett utkast för att ge rubrik och förslag).',
  summaryEn: 'A paper the meeting file names must exist (and be a draft to give a title and a proposal).',
  severity: 'error',
  docs: {
    what: "Kontrollerar i en mötesfil (typ: sammanträde) att varje sökväg under ett ärendes 'handlingar' finns, räknat från mötesfilens mapp, och att varje ärende har handlingar eller en egen rubrik. En Markdown-fil utan 'typ' är en varning: den följer med som bilaga men ger ingen rubrik eller förslag.",
    why: 'Ledamöterna ska ha handlingarna med kallelsen. En felskriven sökväg ger annars en kallelse där ärendet saknar underlag.',
    bad: 'ärenden:\n  - handlingar:\n      - initiativ-anhorigcafe.md\n      - tjanstskrivelse-anhorigcafe.md   # filen heter tjansteskrivelse-…',
    good: 'ärenden:\n  - handlingar:\n      - initiativ-anhorigcafe.md\n      - tjansteskrivelse-anhorigcafe.md',
    files: MEETING_EXAMPLE_FILES,
  },
});
