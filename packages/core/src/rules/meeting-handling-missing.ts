import { MEETING_EXAMPLE_FILES } from '../meeting/example-files.js';
import type { HandlingUnreadable } from '../meeting/resolve.js';
import { meetingRule } from '../meeting/rule.js';

/** Megabytes as Swedish writes them ("1,5 MB"), and as English does ("1.5 MB"). */
const mb = (bytes: number, locale: 'sv-SE' | 'en-GB') => `${(bytes / (1024 * 1024)).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;

/** Why a handling that is there is not read, in Swedish and English, with how to put it right. */
function unreadableText(u: HandlingUnreadable, markdown: boolean): [string, string] {
  if (u.reason === 'not-regular') {
    return [
      `är ${u.what}, ingen vanlig fil, och läses inte. Ange en vanlig fil`,
      `is ${u.what === 'en mapp' ? 'a folder' : 'no regular file (a FIFO, a device or a socket)'} and is not read. Give a regular file`,
    ];
  }
  // Just over the cap, the size rounds to the cap itself: say "more than" rather than "1 MB; at most 1 MB".
  const size = (locale: 'sv-SE' | 'en-GB', more: string) =>
    mb(u.size, locale) === mb(u.limit, locale) ? `${more} ${mb(u.limit, locale)}` : mb(u.size, locale);
  return markdown
    ? [
        `är ${size('sv-SE', 'mer än')}; ett utkast får vara högst ${mb(u.limit, 'sv-SE')} och handlingen läses inte. Dela upp texten, eller lägg stora tabeller och underlag i en bilaga`,
        `is ${size('en-GB', 'more than')}; a draft may be at most ${mb(u.limit, 'en-GB')} and the paper is not read. Split the text, or put large tables and material in an attachment`,
      ]
    : [
        `är ${size('sv-SE', 'mer än')}; ärende tar med handlingar upp till ${mb(u.limit, 'sv-SE')} och den här läses inte. Minska filen (spara en PDF med lägre bildupplösning) eller dela upp den`,
        `is ${size('en-GB', 'more than')}; ärende takes papers of up to ${mb(u.limit, 'en-GB')} and this one is not read. Make the file smaller (save a PDF at a lower image resolution) or split it`,
      ];
}

export default meetingRule({
  id: 'meeting-handling-missing',
  summary: 'En handling som mötesfilen nämner måste finnas (och vara ett utkast för att ge rubrik och förslag).',
  summaryEn: 'A paper the meeting file names must exist (and be a draft to give a title and a proposal).',
  severity: 'error',
  docs: {
    what: "Kontrollerar i en mötesfil (typ: sammanträde) att varje sökväg under ett ärendes 'handlingar' finns, räknat från mötesfilens mapp, och att varje ärende har handlingar eller en egen rubrik. En Markdown-fil utan 'typ' är en varning: den följer med som bilaga men ger ingen rubrik eller förslag. En handling som inte är en vanlig fil (en mapp, en FIFO, en enhet) eller är för stor (ett utkast över 1 MB, en annan fil över 30 MB) är ett fel: den läses inte.",
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
        } else if (h.status === 'unreadable' && h.unreadable) {
          const [sv, en] = unreadableText(h.unreadable, /\.md$/i.test(h.ref.path));
          report({
            message: `Handlingen ${name} i ärende ${n} ${sv}.`,
            messageEn: `The paper ${name} in item ${n} ${en}.`,
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
