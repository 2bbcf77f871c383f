import {
  MAX_BRACKET_NESTING,
  MAX_DRAFT_BYTES,
  MAX_LAZY_LINES_TEXT,
  MAX_LINES_TEXT,
  MAX_NESTING,
  MAX_TABLE_CELLS_TEXT,
  MAX_TABLE_COLUMNS,
} from '../model/limits.js';
import { defineRule } from './rule.js';

/**
 * The draft passes one of ärende's input limits (model/limits.ts): its body was not read, and this is the
 * one problem reported. Not a lint: it cannot be turned off, and export refuses such a draft even with --force.
 */
export default defineRule({
  id: 'draft-limits',
  summary: 'Utkastet är större eller djupare än ärende läser (storlek, nivåer, hakparenteser, tabellceller).',
  summaryEn: 'The draft is larger or deeper than ärende reads (size, levels, square brackets, table cells).',
  severity: 'error',
  basis: 'ärendes gränser för vad som läses, långt över en verklig handling; inget lagkrav',
  basisEn: "ärende's limits on what is read, far beyond a real paper; not a legal requirement",
  docs: {
    what: `Ett utkast läses bara upp till vissa gränser: ${MAX_DRAFT_BYTES / (1024 * 1024)} MB och ${MAX_LINES_TEXT} rader, ${MAX_LAZY_LINES_TEXT} rader som fortsätter en listpunkt eller ett citat utan tom rad och utan indrag, ${MAX_NESTING} nivåer av citat och listor i varandra, ${MAX_BRACKET_NESTING} nivåer av länkar eller bilder i varandra, tabeller med högst ${MAX_TABLE_COLUMNS} kolumner och ${MAX_TABLE_CELLS_TEXT} celler. Ett utkast över en gräns kontrolleras inte vidare och exporteras inte; felet visas där gränsen passeras. Regeln går inte att stänga av.`,
    why: 'Gränserna ligger långt över vad en nämndhandling innehåller (en handling på 30 sidor är ungefär 0,06 MB). De finns för att en trasig eller fientlig fil (tusentals nivåer i varandra, en tabell som blir miljontals celler) inte ska låsa datorn: varje utkast får svar inom några sekunder.',
    bad: `${'>'.repeat(MAX_NESTING + 1)} Ett citat i ${MAX_NESTING + 1} nivåer.`,
    good: '> Ett citat i en nivå.',
  },
  check(draft, report) {
    const limit = draft.limit;
    if (!limit) return;
    report({ message: limit.message, messageEn: limit.messageEn, range: { start: draft.pointAt(limit.start), end: draft.pointAt(limit.end) } });
  },
});
