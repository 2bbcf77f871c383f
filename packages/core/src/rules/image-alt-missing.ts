import { draftImages } from '../model/media.js';
import { ACCESSIBILITY_LAW } from './accessibility.js';
import { defineRule } from './rule.js';
import { nodeRange } from './place.js';

/** An alt text that says nothing: empty, or the file name again. */
function saysNothing(alt: string, url: string): boolean {
  const a = alt.trim().toLowerCase();
  if (!a) return true;
  const file = url.split(/[\\/]/).pop()?.toLowerCase() ?? '';
  return a === file || a === file.replace(/\.[a-z0-9]+$/, '') || /^(bild|image|img|figur|foto)\s*\d*$/.test(a);
}

export default defineRule({
  id: 'image-alt-missing',
  summary: 'En bild måste ha en alternativtext som säger vad bilden visar.',
  summaryEn: 'An image must have an alternative text that says what it shows.',
  severity: 'warning',
  lagrum: ACCESSIBILITY_LAW,
  docs: {
    what: "Kontrollerar att varje bild har en alternativtext (texten inom hakparenteserna i `![text](bild.png)`) som inte bara är filnamnet eller ordet 'bild'.",
    why: 'Den som använder skärmläsare får bara alternativtexten. Utan den försvinner bildens innehåll ur den publicerade handlingen, och handlingen uppfyller inte kravet på tillgänglighet. Exporten lägger alternativtexten i Word-dokumentet (och i PDF:en).',
    bad: '![](karta.png)',
    good: '![Karta över träffpunkterna i Sjövik: tre i centrum, en i Norrby](karta.png)',
  },
  check(draft, report) {
    for (const image of draftImages(draft.tree)) {
      if (!saysNothing(image.alt, image.url)) continue;
      report({
        message: image.alt.trim()
          ? `Alternativtexten '${image.alt.trim()}' säger inte vad bilden visar. Skriv inom hakparenteserna vad en läsare som inte ser bilden behöver veta.`
          : 'Bilden saknar alternativtext. Skriv inom hakparenteserna vad bilden visar, t.ex. ![Karta över träffpunkterna](karta.png).',
        messageEn: image.alt.trim()
          ? `The alternative text '${image.alt.trim()}' does not say what the image shows. Write inside the square brackets what a reader who cannot see the image needs to know.`
          : 'The image has no alternative text. Write inside the square brackets what the image shows, e.g. ![Map of the meeting places](karta.png).',
        range: nodeRange(draft, image.node),
      });
    }
  },
});
