import { draftImages, imageSource, type OutsideFolder } from '../model/media.js';
import { defineRule } from './rule.js';
import { nodeRange } from './place.js';

/** How the path leaves the folder, in Swedish and English. */
function how(outside: OutsideFolder | 'link'): [string, string] {
  switch (outside) {
    case 'absolute':
      return ['är en absolut sökväg', 'is an absolute path'];
    case 'file-url':
      return ['är en file:-adress', 'is a file: address'];
    case 'parent':
      return ['går upp ur mappen med ../', 'goes up out of the folder with ../'];
    default:
      return ['är en länk till en fil utanför mappen', 'is a link to a file outside the folder'];
  }
}

export default defineRule({
  id: 'image-outside-folder',
  summary: 'En bild ska ligga i utkastets mapp (eller en mapp i den), inte någon annanstans på datorn.',
  summaryEn: "An image must lie in the draft's folder (or a folder inside it), not anywhere else on the computer.",
  severity: 'error',
  basis:
    'ärendes format: en handling som blir allmän får bara innehålla det som skickas med den; ett utkast från någon annan ska inte kunna hämta in bilder från hela datorn.',
  basisEn:
    "ärende's format: a paper that becomes public may only hold what is sent with it; a draft from someone else must not pull in pictures from the whole computer.",
  docs: {
    what: 'Rapporterar en bild vars sökväg lämnar utkastets mapp: en absolut sökväg (/…, C:\\…), en file:-adress, ../ som går upp ur mappen, eller en symbolisk länk till en fil utanför mappen. Exporten lägger aldrig in en sådan bild, inte heller med --force. Regeln kan inte stängas av för exporten.',
    why: 'Ett utkast kan komma från någon annan. Om bildens sökväg fick peka var som helst skulle en export kunna lägga in vilken bild som helst från datorn i en handling som blir allmän och publiceras.',
    bad: '![Karta](../../hemligt/karta.png)',
    good: '![Karta](bilder/karta.png)',
  },
  check(draft, report, context) {
    for (const image of draftImages(draft.tree)) {
      const source = imageSource(image.url);
      if (source.kind !== 'local') continue;
      const outside = source.outside ?? (context.files?.image?.(draft.path, source.path) === 'outside' ? 'link' : undefined);
      if (!outside) continue;
      const [sv, en] = how(outside);
      report({
        message: `Bilden '${image.url}' ${sv} och ligger utanför utkastets mapp; den läggs aldrig in i handlingen, inte heller med --force. Kopiera bilden till utkastets mapp och skriv bara filnamnet, t.ex. ![…](karta.png).`,
        messageEn: `The image '${image.url}' ${en} and lies outside the draft's folder; it is never put into the paper, not even with --force. Copy the image into the draft's folder and write only the file name, e.g. ![…](karta.png).`,
        range: nodeRange(draft, image.node),
      });
    }
  },
});
