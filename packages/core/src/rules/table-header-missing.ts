import type { Table } from 'mdast';
import { plainText } from '../model/text.js';
import { ACCESSIBILITY_LAW } from './accessibility.js';
import { defineRule } from './rule.js';
import { nodeRange } from './place.js';

/** A value rather than a heading: a number, an amount, a percentage or a date. */
/** A year, which heads a column as often as it is a value. */
const YEAR = /^(?:19|20)\d\d$/;
const VALUE = /^[-−+]?\s*\d[\d\s.,:/−-]*\s*(?:%|kr|tkr|mkr|st)?$/i;

function problem(table: Table): { message: string; messageEn: string } | undefined {
  const header = table.children[0];
  if (!header) return undefined;
  const cells = header.children.map((c) => plainText(c).trim());
  if (cells.every((c) => c === ''))
    return {
      message: 'Tabellens första rad är tom. Skriv en rubrik för varje kolumn i första raden.',
      messageEn: "The table's first row is empty. Write a heading for each column in the first row.",
    };
  // The top-left cell may be empty in a table whose rows are labelled; any other empty cell is a column without a heading.
  const empty = cells.findIndex((c, i) => c === '' && i > 0);
  if (empty >= 0)
    return {
      message: `Kolumn ${empty + 1} saknar rubrik i tabellens första rad. Skriv vad kolumnen innehåller.`,
      messageEn: `Column ${empty + 1} has no heading in the table's first row. Write what the column contains.`,
    };
  // Years are headings of their own ("|  | 2024 | 2025 |"); a row of values with anything else is data.
  const values = cells.filter((c) => VALUE.test(c));
  if (values.length > 0 && values.length === cells.filter(Boolean).length && !values.every((c) => YEAR.test(c))) {
    return {
      message: 'Tabellens första rad innehåller värden, inte rubriker. Lägg till en rad överst som säger vad varje kolumn innehåller.',
      messageEn: "The table's first row holds values, not headings. Add a row at the top that says what each column contains.",
    };
  }
  return undefined;
}

export default defineRule({
  id: 'table-header-missing',
  summary: 'En tabell ska ha kolumnrubriker i första raden.',
  summaryEn: 'A table must have column headings in its first row.',
  severity: 'warning',
  lagrum: ACCESSIBILITY_LAW,
  docs: {
    what: 'Kontrollerar att tabellens första rad är rubriker: ingen tom kolumnrubrik (utom cellen längst upp till vänster) och inte bara siffror eller datum. Exporten märker första raden som rubrikrad, som upprepas på varje sida.',
    why: 'En skärmläsare läser upp kolumnrubriken för varje cell. Utan rubriker blir tabellen en rad siffror utan sammanhang, och en tabell över flera sidor går inte att följa.',
    bad: '| 2024 | 120 | 80 |\n|---|---:|---:|\n| 2025 | 140 | 95 |',
    good: '| År | Planer | Uppföljda |\n|---|---:|---:|\n| 2024 | 120 | 80 |\n| 2025 | 140 | 95 |',
  },
  check(draft, report) {
    const visit = (nodes: readonly { type: string; children?: unknown }[]) => {
      for (const node of nodes) {
        if (node.type === 'table') {
          const found = problem(node as Table);
          if (found) report({ ...found, range: nodeRange(draft, (node as Table).children[0] ?? (node as Table)) });
        } else if (Array.isArray(node.children)) visit(node.children as { type: string }[]);
      }
    };
    visit(draft.tree.children);
  },
});
