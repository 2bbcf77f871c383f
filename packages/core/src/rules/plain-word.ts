import { plainWordFor, plainWordPattern } from '../klarsprak/plain-words.js';
import { blockRange, draftProse, isNameAt, withoutQuotations } from '../klarsprak/prose.js';
import { SPRAKLAGEN } from './readability-lix.js';
import { defineRule } from './rule.js';

/** The replacement with the stiff form's capital, if it had one ("Erhåller" → "Får"). */
function sameCase(written: string, plain: string): string {
  const first = written[0] ?? '';
  return first !== first.toLocaleLowerCase('sv') ? plain[0]!.toLocaleUpperCase('sv') + plain.slice(1) : plain;
}

export default defineRule({
  id: 'plain-word',
  summary: 'Ett stelt ord som har ett enklare (erhålla → få, skall → ska).',
  summaryEn: 'A stiff word that has a plainer one (erhålla → få, skall → ska).',
  severity: 'info',
  lagrum: SPRAKLAGEN,
  docs: {
    what: 'Letar i löptexten efter ett sjuttiotal stela ord och uttryck med enklare motsvarigheter (erhålla → få, föreligga → finnas, inkomma med → skicka in, beträffande → om, skall → ska) och föreslår utbytet som snabbrättning. Listan är skriven för ärende efter Regeringskansliets Svarta listan (PM 2011:1) och Språkrådets klarspråksråd. Citat, blockcitat, lagrumshänvisningar, namn och rubriker lämnas orörda, liksom formatets egna termer (lagrum, att-sats, besvär i betydelsen överklagande).',
    why: 'Språket i offentlig verksamhet ska vara enkelt och begripligt. Ett vardagligt ord läses snabbare och missförstås mer sällan än ett kanslispråkligt, och "ska" har ersatt "skall" även i lagtext.',
    bad: `---
typ: politikerinitiativ
rubrik: Svar inom en vecka
mottagare: Socialnämnden
---

Den som inkommer med en ansökan skall erhålla ett svar inom en vecka.
`,
    good: `---
typ: politikerinitiativ
rubrik: Svar inom en vecka
mottagare: Socialnämnden
---

Den som skickar in en ansökan ska få ett svar inom en vecka.
`,
  },
  check(draft, report) {
    for (const { blocks } of draftProse(draft)) {
      for (const block of blocks) {
        const text = withoutQuotations(block.text);
        const re = plainWordPattern();
        let m: RegExpExecArray | null;
        while ((m = re.exec(text))) {
          if (isNameAt(text, m.index)) continue;
          const entry = plainWordFor(m[0]);
          if (!entry) continue;
          const range = blockRange(draft, block, m.index, m.index + m[0].length);
          const written = draft.text.slice(range.start.offset, range.end.offset);
          const plain = sameCase(m[0], entry.plain);
          report({
            message: `Skriv '${plain}' i stället för '${m[0]}': det enklare ordet är lättare att läsa.`,
            messageEn: `Write '${plain}' instead of '${m[0]}': the plainer word is easier to read.`,
            range,
            // A fix only where the source holds exactly the words matched (no markup or escapes inside).
            ...(written === m[0] ? { actual: written, expected: [plain] } : {}),
          });
        }
      }
    }
  },
});
