import { kindNamesText } from '../kinds/index.js';
import { schemaProblems } from '../schema/validate.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'frontmatter-type',
  summary: 'Varje värde i huvudet måste ha rätt typ och form.',
  summaryEn: 'Every value in the header must have the right type and form.',
  severity: 'error',
  docs: {
    what: `Kontrollerar värdenas typ och form mot schemat: att datum är riktiga datum (ÅÅÅÅ-MM-DD), att typ är ${kindNamesText('eller')}, att avsändare och lagrum är listor, att diarienummer har år/nummer.`,
    why: 'Ett omöjligt datum gör att ärende inte kan avgöra vilken lydelse av en lag som gäller; fel typ ger fel krav på handlingen.',
    bad: '---\ntyp: politikerinitativ\ndatum: 2026-02-30\n---',
    good: '---\ntyp: politikerinitiativ\ndatum: 2026-02-28\n---',
  },
  check(draft, report) {
    for (const p of schemaProblems(draft)) if (p.ruleId === 'frontmatter-type') report(p);
  },
});
