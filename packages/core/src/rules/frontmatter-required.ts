import { KINDS, swedishList } from '../kinds/index.js';
import { schemaProblems } from '../schema/validate.js';
import { defineRule } from './rule.js';

type KindSchema = { required: string[] };

/** The keys every kind requires, then what each kind requires besides them (read from the schemas). */
function requirementsText(): string {
  const required = KINDS.map((k) => (k.schema as KindSchema).required);
  const common = required[0]!.filter((key) => required.every((r) => r.includes(key)));
  const own = KINDS.map((k, i) => {
    const keys = required[i]!.filter((key) => !common.includes(key));
    const senders = k.senderFields.required.filter((f) => f !== 'namn').map((f) => `${f} för varje avsändare`);
    const all = [...keys, ...senders];
    return all.length ? `för ${k.name} även ${swedishList(all, 'och')}` : '';
  }).filter(Boolean);
  return `${swedishList(common, 'och')} för alla${own.length ? `; ${own.join('; ')}` : ''}`;
}

/** Who may raise each kind, and the provision that says so. */
function basisText(): string {
  const parts = KINDS.filter((k) => k.raisedBy.lagrum).map((k) => `${k.subject.toLocaleLowerCase('sv')} väcks av ${k.raisedBy.sv} (${k.raisedBy.lagrum})`);
  return parts.join(', ');
}

export default defineRule({
  id: 'frontmatter-required',
  summary: 'Huvudet måste ha de nycklar som utkastets typ kräver.',
  summaryEn: "The header must have the keys the draft's kind (typ) requires.",
  severity: 'error',
  docs: {
    what: `Kontrollerar mot typens JSON-schema att alla obligatoriska nycklar finns: ${requirementsText()}.`,
    why: `Uppgifterna behövs för att ärendet ska kunna tas upp: ${basisText()}.`,
    bad: '---\ntyp: medborgarförslag\nrubrik: Fler träffpunkter\ndatum: 2026-03-02\nmottagare: Kommunfullmäktige\navsändare:\n  - namn: Kim Exempel\n---',
    good: '---\ntyp: medborgarförslag\nrubrik: Fler träffpunkter\ndatum: 2026-03-02\nmottagare: Kommunfullmäktige\nkommun: Exempelby kommun\navsändare:\n  - namn: Kim Exempel\n---',
  },
  check(draft, report) {
    for (const p of schemaProblems(draft)) if (p.ruleId === 'frontmatter-required') report(p);
  },
});
