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
  checkMeeting(resolved, report) {
    for (const r of resolved.items) {
      const n = r.item.index + 1;
      if (r.handlingar.length === 0 && !r.item.rubrik) {
        report({
          message: `Ärende ${n} har varken rubrik eller handlingar. Ange 'handlingar:' med utkastets sökväg, eller 'rubrik:' för ett ärende utan handling.`,
          messageEn: `Item ${n} has neither a title (rubrik) nor papers (handlingar). Give 'handlingar:' with the draft's path, or 'rubrik:' for an item without a paper.`,
          range: r.item.range,
        });
      }
      for (const h of r.handlingar) {
        const name = `'${h.ref.path}'`;
        if (h.status === 'missing') {
          report({
            message: `Handlingen ${name} i ärende ${n} finns inte. Kontrollera sökvägen (den räknas från mötesfilens mapp) eller ta bort raden.`,
            messageEn: `The paper ${name} in item ${n} does not exist. Check the path (it counts from the meeting file's folder) or remove the line.`,
            range: h.ref.range,
          });
        } else if (h.status === 'not-draft') {
          report({
            message: `${name} i ärende ${n} är inget utkast (huvudet saknar 'typ'). Den kommer med som bilaga men kan inte ge rubrik eller förslag till beslut.`,
            messageEn: `${name} in item ${n} is not a draft (its header has no 'typ'). It is included as an attachment but cannot give a title or a proposal for a decision.`,
            range: h.ref.range,
            severity: 'warning',
          });
        }
      }
    }
  },
});
