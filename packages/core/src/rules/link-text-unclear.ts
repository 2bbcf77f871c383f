import { draftLinks } from '../model/media.js';
import { plainText } from '../model/text.js';
import { ACCESSIBILITY_LAW } from './accessibility.js';
import { defineRule } from './rule.js';
import { nodeRange } from './place.js';

/** Link texts that do not say where the link goes (compared lower-case, punctuation trimmed). */
const UNCLEAR = new Set([
  'här',
  'klicka här',
  'tryck här',
  'länk',
  'länken',
  'denna länk',
  'den här länken',
  'läs mer',
  'läs mer här',
  'mer',
  'mer information',
  'se här',
  'webbplats',
  'hemsida',
  'click here',
  'here',
  'link',
  'read more',
]);

/**
 * A bare address as its own link text, when it has a path: "https://www.example.se/a/b?c=1" read
 * aloud says nothing about its target. A short address of a site ("www.finsam.se") is the site's
 * name and is what a reader of the printed paper needs, so it passes.
 */
function isLongBareAddress(text: string, url: string): boolean {
  const t = text.trim();
  const looksLikeAddress = /^(?:https?:\/\/|www\.)\S+$/i.test(t) || t === url.trim();
  if (!looksLikeAddress) return false;
  const rest = t.replace(/^(?:https?:\/\/)?/i, '').replace(/\/$/, '');
  return /[/?#]/.test(rest);
}

export default defineRule({
  id: 'link-text-unclear',
  summary: 'En länktext ska säga vart länken leder, inte bara "här", "länk" eller en lång webbadress.',
  summaryEn: 'A link text must say where the link leads, not just "här" (here), "länk" (link) or a long web address.',
  severity: 'warning',
  lagrum: ACCESSIBILITY_LAW,
  docs: {
    what: "Kontrollerar länktexterna: 'här', 'klicka här', 'länk', 'läs mer' och liknande, och en lång webbadress (med sökväg) som står som sin egen länktext. En kort adress till en webbplats (www.finsam.se) godtas: den är webbplatsens namn och behövs på papper.",
    why: 'Skärmläsare låter läsaren hoppa mellan länkarna, och då hörs bara länktexten. "Klicka här" säger inget om vart länken leder, och en lång adress läses upp tecken för tecken.',
    bad: 'Rapporten finns [här](https://www.socialstyrelsen.se/publikationer/rapport-2025).',
    good: 'Läs [Socialstyrelsens rapport om samordnade individuella planer](https://www.socialstyrelsen.se/publikationer/rapport-2025).',
  },
  check(draft, report) {
    for (const link of draftLinks(draft.tree)) {
      const text = plainText(link.node).trim();
      const key = text
        .toLocaleLowerCase('sv')
        .replace(/[.:!…»›>]+$/u, '')
        .trim();
      if (UNCLEAR.has(key)) {
        report({
          message: `Länktexten '${text}' säger inte vart länken leder. Skriv vad läsaren hittar där, t.ex. [Socialstyrelsens kunskapsstöd](${link.url}).`,
          messageEn: `The link text '${text}' does not say where the link leads. Write what the reader finds there, e.g. [Socialstyrelsens kunskapsstöd](${link.url}).`,
          range: nodeRange(draft, link.node),
        });
      } else if (isLongBareAddress(text, link.url)) {
        report({
          message: `Webbadressen står som länktext. Skriv vad länken leder till som text, t.ex. [Socialstyrelsens rapport](${link.url}).`,
          messageEn: `The web address is the link text. Write as text what the link leads to, e.g. [Socialstyrelsens rapport](${link.url}).`,
          range: nodeRange(draft, link.node),
        });
      }
    }
  },
});
