import { plainText } from '../model/text.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'title-mismatch',
  summary: "En rubrik på nivå # i texten måste vara densamma som 'rubrik' i huvudet.",
  summaryEn: "A level-# heading in the text must be the same as 'rubrik' in the header.",
  severity: 'warning',
  docs: {
    what: "Titeln kommer från 'rubrik' i huvudet. En rubrik med # i texten är tillåten bara om den säger samma sak.",
    why: 'Två olika titlar gör det oklart vilken ärendemening som ska stå i kallelsen och protokollet.',
    bad: '---\nrubrik: Fler träffpunkter\n---\n\n# Träffpunkter i centrum',
    good: '---\nrubrik: Fler träffpunkter\n---\n\n# Fler träffpunkter',
  },
  check(draft, report) {
    const rubrik = draft.metadata.rubrik;
    if (!rubrik) return;
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');
    for (const node of draft.tree.children) {
      if (node.type !== 'heading' || node.depth !== 1) continue;
      const text = plainText(node).trim();
      if (norm(text) === norm(rubrik)) continue;
      const pos = node.position!;
      report({
        message: `Rubriken '${text}' skiljer sig från 'rubrik' i huvudet ('${rubrik}'). Ta bort rubriken med # eller skriv samma text.`,
        messageEn: `The heading '${text}' differs from 'rubrik' in the header ('${rubrik}'). Remove the heading with # or write the same text.`,
        range: { start: draft.pointAt(pos.start.offset!), end: draft.pointAt(pos.end.offset!) },
        actual: draft.text.slice(pos.start.offset!, pos.end.offset!),
        expected: [`# ${rubrik}`],
      });
    }
  },
});
