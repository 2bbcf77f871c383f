import { allLaws } from '@arende/lagrum';
import { NO_EXPLANATION_NEEDED, WRITE_OUT } from '../klarsprak/abbreviations.js';
import { blockRange, draftProse } from '../klarsprak/prose.js';
import { SPRAKLAGEN } from './readability-lix.js';
import { defineRule } from './rule.js';

/** Two to six capitals standing as a word or before a hyphen or colon ("SIP", "SIP-mötet", "LSS:s"). */
const CAPITALS = /(?<![\p{L}\p{N}])\p{Lu}{2,6}(?![\p{L}\p{N}])/gu;
const ROMAN = /^[IVXLCDM]+$/;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The abbreviations the draft explains somewhere, found in one pass: "(SIP)", "(SIP," , "SIP (samordnad …)",
 * "förkortat SIP", "förkortas SIP".
 */
function explainedIn(text: string): Set<string> {
  const out = new Set<string>();
  const re = /\(\s*(\p{Lu}{2,6})\s*[),;]|(?<![\p{L}\p{N}])(\p{Lu}{2,6})\s*\(\s*\p{L}|förkorta(?:t|s|d)?\s+(\p{Lu}{2,6})(?![\p{L}])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.add((m[1] ?? m[2] ?? m[3])!);
  return out;
}

let lawAbbreviations: Set<string> | undefined;
/** The dotted abbreviations better written out, as one pattern (built on first use). */
let writtenOut: RegExp | undefined;

export default defineRule({
  id: 'abbreviation-unexplained',
  summary: 'En förkortning används utan att det någonstans står vad den betyder.',
  summaryEn: 'An abbreviation is used without saying anywhere what it stands for.',
  severity: 'info',
  lagrum: SPRAKLAGEN,
  docs: {
    what: "Letar i löptexten efter förkortningar med versaler (SIP, IVO, IPS) och rapporterar den första av varje som inte förklaras någonstans i handlingen: skriv ut den en gång med förkortningen inom parentes, 'samordnad individuell plan (SIP)', eller förklara den efteråt, 'SIP (samordnad individuell plan)'. Lagförkortningar som hänvisningsmotorn känner (SoL, LSS, KL, HSL, OSL …) räknas som förklarade: hänvisningen leder till lagen. Några få förkortningar som alla känner behöver ingen förklaring (t.ex., bl.a., kr, m.m., dvs., EU). Förkortningar med punkter som är bättre utskrivna (p.g.a., fr.o.m., s.k.) rapporteras med utskriften som snabbrättning.",
    why: 'En förkortning som läsaren inte känner gör texten obegriplig just där den är viktig. Klarspråksråden säger: skriv ut förkortningen första gången, eller skriv hela ordet.',
    bad: `---
typ: politikerinitiativ
rubrik: Samordning
mottagare: Socialnämnden
---

Alla som har rätt till en SIP ska få den inom en månad.
`,
    good: `---
typ: politikerinitiativ
rubrik: Samordning
mottagare: Socialnämnden
---

Alla som har rätt till en samordnad individuell plan (SIP) ska få den inom en månad. En SIP görs tillsammans med regionen.
`,
  },
  check(draft, report) {
    lawAbbreviations ??= new Set(allLaws().flatMap((l) => l.abbreviations));
    const seen = new Set<string>();
    let explained: Set<string> | undefined;
    writtenOut ??= new RegExp(`(?<![\\p{L}\\p{N}.])(?:${Object.keys(WRITE_OUT).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    const written = writtenOut;
    for (const { blocks } of draftProse(draft)) {
      for (const block of blocks) {
        let m: RegExpExecArray | null;
        CAPITALS.lastIndex = 0;
        while ((m = CAPITALS.exec(block.text))) {
          const abbr = m[0];
          if (seen.has(abbr) || ROMAN.test(abbr) || NO_EXPLANATION_NEEDED.has(abbr) || lawAbbreviations.has(abbr)) continue;
          // A diarienummer's series ("SN 2026/41") is a registry's code, not a word of the text.
          if (/^\s*\d{2,4}\s*\//.test(block.text.slice(m.index + abbr.length))) continue;
          seen.add(abbr);
          explained ??= explainedIn(draft.text);
          if (explained.has(abbr)) continue;
          report({
            message: `Förkortningen '${abbr}' förklaras inte. Skriv ut vad den står för första gången den används, med förkortningen inom parentes, t.ex. 'samordnad individuell plan (SIP)'.`,
            messageEn: `The abbreviation '${abbr}' is not explained. Write out what it stands for the first time it is used, with the abbreviation in brackets, e.g. 'samordnad individuell plan (SIP)'.`,
            range: blockRange(draft, block, m.index, m.index + abbr.length),
          });
        }
        written.lastIndex = 0;
        while ((m = written.exec(block.text))) {
          const out = WRITE_OUT[m[0].toLocaleLowerCase('sv')];
          if (!out) continue;
          const range = blockRange(draft, block, m.index, m.index + m[0].length);
          const exact = draft.text.slice(range.start.offset, range.end.offset) === m[0];
          report({
            message: `Skriv '${out}' i stället för förkortningen '${m[0]}'.`,
            messageEn: `Write '${out}' instead of the abbreviation '${m[0]}'.`,
            range,
            ...(exact ? { actual: m[0], expected: [out] } : {}),
          });
        }
      }
    }
  },
});
