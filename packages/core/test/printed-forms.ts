/**
 * The forms in which a personnummer hides from the Markdown or YAML source but is printed (issue 17):
 * used by core's printed-text tests, the CLI's guard tests and the fuzz harness.
 */
export const HEAD = '---\ntyp: motion\nrubrik: Om en fråga\ndatum: 2026-01-10\n---\n\n';

/** [how it hides, the draft's text, the source line the number is reported on]. 811218-9876 is Luhn-valid. */
export const PRINTED_FORMS: [string, string, number][] = [
  ['YAML escape in a header value', '---\ntyp: motion\nrubrik: "Om 8\\u00311218-9876"\n---\n\nText.\n', 3],
  ['YAML hex escape in a header value', '---\ntyp: motion\nrubrik: "Om 8\\x311218-9876"\n---\n\nText.\n', 3],
  ['YAML folded over lines', '---\ntyp: motion\nrubrik: >-\n  Om 811218-\n  9876\n---\n\nText.\n', 4],
  ['bold inside the number', `${HEAD}Sökande **8112**18-9876 har.\n`, 7],
  ['bold and italic inside the number', `${HEAD}Sökande 811***218***-9876 har.\n`, 7],
  ['italic with stars', `${HEAD}Sökande *8112*18-9876 har.\n`, 7],
  ['numeric entity for a digit', `${HEAD}Sökande 8&#49;1218-9876 har.\n`, 7],
  ['hex entity for a digit', `${HEAD}Sökande 8&#x31;1218-9876 har.\n`, 7],
  ['HTML comment inside', `${HEAD}Sökande 8112<!-- x -->18-9876 har.\n`, 7],
  ['HTML tags inside', `${HEAD}Sökande <b>8112</b>18-9876 har.\n`, 7],
  ['soft hyphen between digits', `${HEAD}Sökande 8112\u00ad18-9876 har.\n`, 7],
  ['zero-width space between digits', `${HEAD}Sökande 8112\u200b18-9876 har.\n`, 7],
  ['word joiner between digits', `${HEAD}Sökande 81\u20601218-9876 har.\n`, 7],
  ['bidi control between digits', `${HEAD}Sökande 8112\u202e18-9876 har.\n`, 7],
  ['full-width digits', `${HEAD}Sökande ８１１２１８-９８７６ har.\n`, 7],
  ['mathematical bold digits', `${HEAD}Sökande 𝟖𝟏𝟏𝟐𝟏𝟖-𝟗𝟖𝟕𝟔 har.\n`, 7],
  ['inline code split by markup', `${HEAD}Sökande \`8112\`18-9876 har.\n`, 7],
  ['escaped digit', `${HEAD}Sökande 8112\\18-9876 har.\n`.replace('\\18', '18'), 7],
  ['table row: date in one cell, four digits in the next', `${HEAD}| Född | Nr |\n|---|---|\n| 811218 | 9876 |\n`, 9],
  ['table row: 8-digit date and four digits', `${HEAD}| Född | Nr |\n|---|---|\n| 19811218 | 9876 |\n`, 9],
  ['link text', `${HEAD}Se [8112**18**-9876](https://example.se).\n`, 7],
  ['image alt text', `${HEAD}![Sökande 811218-9876](https://example.se/bild.png)\n`, 7],
  ['code block with a comment-like split', `${HEAD}\`\`\`\n811218-9876\n\`\`\`\n`, 8],
];
