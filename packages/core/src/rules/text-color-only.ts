import type { Nodes } from 'mdast';
import { ACCESSIBILITY_LAW } from './accessibility.js';
import { defineRule } from './rule.js';
import { nodeRange } from './place.js';

const COLOURS = 'röd|röda|rött|grön|gröna|grönt|gul|gula|gult|blå|blått|orange|lila|rosa';
/**
 * Text that lets colour carry meaning: "markerat i rött", "de gröna raderna", "rött betyder",
 * "med röd färg". Markdown cannot colour text, so such a sentence points at colours the reader of
 * the export never sees, and a reader who cannot tell colours apart would miss them anyway.
 */
const COLOUR_MEANING = new RegExp(
  `(?<!\\p{L})(?:(?:markerad|markerat|markerade|märkt|märkta|skriven|skrivet|skrivna|färgad|färgade|visas|står)\\s+(?:med\\s+|i\\s+)(?:${COLOURS})(?:\\s+färg)?(?!\\p{L})` +
    `|(?:de|den|det)\\s+(?:${COLOURS})\\s+(?:raderna|raden|fälten|fältet|cellerna|cellen|siffrorna|texten|markeringarna|punkterna|staplarna|områdena|området)(?!\\p{L})` +
    `|(?:${COLOURS})\\s+(?:betyder|innebär|visar\\s+att|markerar)(?!\\p{L})` +
    `|med\\s+(?:${COLOURS})\\s+färg)(?!\\p{L})`,
  'giu',
);
/** A colour word, as a cheap test before the pattern above (most text has none; the Unicode pattern is costly). */
const ANY_COLOUR = new RegExp(COLOURS, 'i');
/** Raw HTML that colours text (`<span style="color: red">`, `<font color=…>`): the export drops it. */
const HTML_COLOUR = /<(?:font\b[^>]*\bcolor\s*=|[a-z][a-z0-9]*\b[^>]*\bstyle\s*=\s*["'][^"']*\bcolor\s*:)/i;

export default defineRule({
  id: 'text-color-only',
  summary: 'Färg får inte vara det enda som bär information ("markerat i rött").',
  summaryEn: 'Colour must not be the only thing that carries information ("markerat i rött", marked in red).',
  severity: 'warning',
  lagrum: ACCESSIBILITY_LAW,
  docs: {
    what: "Hittar text som låter färg bära betydelse ('markerat i rött', 'de gröna raderna', 'rött betyder') och HTML som färgar text (`<span style=\"color: red\">`), som exporten inte tar med.",
    why: 'Den som inte ser färger, läser med skärmläsare eller har en utskrift i svartvitt missar informationen. Skriv det färgen skulle säga i ord, t.ex. med en kolumn eller ett ord som "försenad".',
    bad: 'Insatser som är försenade är markerade i rött i tabellen.',
    good: "Insatser som är försenade har 'försenad' i kolumnen Status.",
  },
  check(draft, report) {
    const visit = (node: Nodes) => {
      if (node.type === 'text') {
        const at = node.position?.start.offset;
        // Exact positions when the text node is the source as written (no escapes in it).
        if (!ANY_COLOUR.test(node.value)) return;
        const exact = at !== undefined && draft.text.startsWith(node.value, at);
        for (const m of node.value.matchAll(COLOUR_MEANING)) {
          const message = `'${m[0]}' låter färgen bära informationen, men färgen syns inte för alla (och inte i exporten). Skriv i ord vad färgen betyder.`;
          const start = exact ? at + m.index : undefined;
          report({
            message,
            messageEn: `'${m[0]}' lets the colour carry the information, but not everyone sees the colour (and the export does not show it). Write in words what the colour means.`,
            range: start !== undefined ? { start: draft.pointAt(start), end: draft.pointAt(start + m[0].length) } : nodeRange(draft, node),
          });
        }
        return;
      }
      if (node.type === 'html' && HTML_COLOUR.test(node.value)) {
        report({
          message: 'HTML som färgar text tas inte med i exporten, och färg syns inte för alla. Skriv i ord det färgen skulle visa.',
          messageEn: 'HTML that colours text is left out of the export, and not everyone sees colour. Write in words what the colour would show.',
          range: nodeRange(draft, node),
        });
        return;
      }
      if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
    };
    visit(draft.tree);
  },
});
