import { schemaProblems } from '../schema/validate.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'frontmatter-required',
  summary: 'Huvudet måste ha de nycklar som utkastets typ kräver.',
  severity: 'error',
  docs: {
    what: "Kontrollerar mot typens JSON-schema att alla obligatoriska nycklar finns: typ, rubrik, datum, mottagare och avsändare för alla; lagrum för politikerinitiativ och nämnduppdrag; kommun för medborgarförslag; diarienummer och uppdrag för nämnduppdrag; parti för varje avsändare av ett politikerinitiativ.",
    why: 'Uppgifterna behövs för att ärendet ska kunna tas upp: ett politikerinitiativ väcks av en ledamot i nämnden (4 kap. 20 § kommunallagen (2017:725)), ett medborgarförslag av den som är folkbokförd i kommunen (8 kap. 1 § kommunallagen (2017:725)).',
    bad: '---\ntyp: medborgarförslag\nrubrik: Fler träffpunkter\ndatum: 2026-03-02\nmottagare: Kommunfullmäktige\navsändare:\n  - namn: Kim Exempel\n---',
    good: '---\ntyp: medborgarförslag\nrubrik: Fler träffpunkter\ndatum: 2026-03-02\nmottagare: Kommunfullmäktige\nkommun: Exempelby kommun\navsändare:\n  - namn: Kim Exempel\n---',
  },
  check(draft, report) {
    for (const p of schemaProblems(draft)) if (p.ruleId === 'frontmatter-required') report(p);
  },
});
