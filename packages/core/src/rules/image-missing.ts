import { draftImages, imageSource, MAX_IMAGE_BYTES } from '../model/media.js';
import { defineRule } from './rule.js';
import { nodeRange } from './place.js';

export default defineRule({
  id: 'image-missing',
  summary: 'En bild måste finnas som fil bredvid utkastet, i ett format som Word visar.',
  summaryEn: 'An image must be a file next to the draft, in a format Word shows.',
  severity: 'error',
  docs: {
    what: 'Kontrollerar att varje bild i texten är en fil som finns (sökvägen räknas från utkastets mapp), en vanlig fil som går att läsa, inte tom och högst 20 MB, och är PNG, JPEG, GIF eller SVG. En bild på webben (http/https) hämtas aldrig: den rapporteras, och exporten skriver bara dess alternativtext.',
    why: 'En bild som saknas skulle försvinna tyst ur den exporterade handlingen. Bilder från webben hämtas inte, eftersom exporten aldrig ska bero på nätet eller skicka något dit, och en handling i diariet ska vara densamma varje gång den exporteras.',
    bad: '![Karta över träffpunkterna](https://example.se/karta.png)',
    good: '![Karta över träffpunkterna](bilder/karta.png)',
  },
  check(draft, report, context) {
    for (const image of draftImages(draft.tree)) {
      const range = nodeRange(draft, image.node);
      const source = imageSource(image.url);
      if (source.kind === 'empty') {
        report({
          message: 'Bilden saknar sökväg. Skriv filens namn inom parenteserna, t.ex. ![Karta](karta.png).',
          messageEn: "The image has no path. Write the file's name inside the parentheses, e.g. ![Map](karta.png).",
          range,
        });
      } else if (source.kind === 'remote') {
        report({
          message: `Bilden '${image.url}' ligger på webben och hämtas inte (exporten använder aldrig nätet). Spara bilden i utkastets mapp och skriv filnamnet i stället.`,
          messageEn: `The image '${image.url}' is on the web and is not fetched (the export never uses the network). Save the image in the draft's folder and write the file name instead.`,
          range,
          severity: 'warning',
        });
      } else if (!source.type) {
        report({
          message: `Bilden '${image.url}' har ett format som inte kan läggas in${source.extension ? ` (.${source.extension})` : ''}. Spara den som PNG, JPEG, GIF eller SVG.`,
          messageEn: `The image '${image.url}' has a format that cannot be embedded${source.extension ? ` (.${source.extension})` : ''}. Save it as PNG, JPEG, GIF or SVG.`,
          range,
        });
      } else if (source.outside) {
        // image-outside-folder says it.
      } else if (context.files?.image) {
        const status = context.files.image(draft.path, source.path);
        const what: Partial<Record<typeof status, [string, string]>> = {
          missing: [
            `finns inte${draft.path ? ' i utkastets mapp' : ''}. Kontrollera filnamnet (stora och små bokstäver räknas) eller lägg bilden där.`,
            `does not exist${draft.path ? " in the draft's folder" : ''}. Check the file name (upper and lower case count) or put the image there.`,
          ],
          'not-regular': [
            'är ingen vanlig fil (en mapp, en FIFO eller en enhet). Ange en bildfil.',
            'is not a regular file (a folder, a FIFO or a device). Name an image file.',
          ],
          empty: ['är tom (0 byte). Spara bilden igen.', 'is empty (0 bytes). Save the image again.'],
          'too-large': [
            `är större än ${MAX_IMAGE_BYTES / (1024 * 1024)} MB. Minska bilden (en bild i en handling behöver sällan vara större än 1 MB).`,
            `is larger than ${MAX_IMAGE_BYTES / (1024 * 1024)} MB. Make the image smaller (an image in a paper seldom needs more than 1 MB).`,
          ],
          unreadable: ['går inte att läsa (behörighet). Kontrollera filens rättigheter.', "cannot be read (permissions). Check the file's permissions."],
        };
        const found = what[status];
        if (found) report({ message: `Bilden '${source.path}' ${found[0]}`, messageEn: `The image '${source.path}' ${found[1]}`, range });
      } else if (context.files && !context.files.exists(draft.path, source.path)) {
        report({
          message: `Bilden '${source.path}' finns inte${draft.path ? ' i utkastets mapp' : ''}. Kontrollera filnamnet (stora och små bokstäver räknas) eller lägg bilden där.`,
          messageEn: `The image '${source.path}' does not exist${draft.path ? " in the draft's folder" : ''}. Check the file name (upper and lower case count) or put the image there.`,
          range,
        });
      }
    }
  },
});
