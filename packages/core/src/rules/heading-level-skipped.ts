import { defineRule } from './rule.js';
import { nodeRange } from './place.js';
import { ACCESSIBILITY_LAW } from './accessibility.js';

export default defineRule({
  id: 'heading-level-skipped',
  summary: 'Rubriknivåerna ska komma i ordning: ingen nivå hoppas över (#### direkt efter ##).',
  summaryEn: 'Heading levels must come in order: no level skipped (#### straight after ##).',
  severity: 'warning',
  lagrum: ACCESSIBILITY_LAW,
  docs: {
    what: "Kontrollerar att en rubrik är högst en nivå djupare än rubriken före. Rubriken i huvudet ('rubrik') är nivå 1, så texten börjar med ##.",
    why: 'Skärmläsare och Words navigeringsfönster visar handlingens struktur från rubriknivåerna. En överhoppad nivå ser ut som ett saknat avsnitt och gör det svårt att hitta i handlingen.',
    bad: '## Bakgrund\n\n#### Statistik',
    good: '## Bakgrund\n\n### Statistik',
  },
  check(draft, report) {
    // The rubrik from the frontmatter is the document's level 1.
    let previous = 1;
    for (const node of draft.tree.children) {
      if (node.type !== 'heading') continue;
      if (node.depth > previous + 1) {
        const wanted = '#'.repeat(previous + 1);
        report({
          message: `Rubriken är på nivå ${node.depth} (${'#'.repeat(node.depth)}) men rubriken före är på nivå ${previous}; nivå ${previous + 1} hoppas över. Skriv ${wanted} i stället.`,
          messageEn: `The heading is on level ${node.depth} (${'#'.repeat(node.depth)}) but the heading before it is on level ${previous}; level ${previous + 1} is skipped. Write ${wanted} instead.`,
          range: nodeRange(draft, node),
        });
      }
      previous = node.depth;
    }
  },
});
