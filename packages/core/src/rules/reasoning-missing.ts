import { KINDS, kindByName, swedishList, type Basis } from '../kinds/index.js';
import { headingKey } from '../model/headings.js';
import { plainText } from '../model/text.js';
import { defineRule } from './rule.js';
import { kindPlace } from './place.js';

/** The kinds that must give their reasons, as prose ("ett politikerinitiativ, … eller en interpellation"). */
const KINDS_TEXT = swedishList(
  KINDS.filter((k) => k.features.reasoning).map((k) => k.subject.toLocaleLowerCase('sv')),
  'eller',
);

/** The kind's basis as a diagnostic carries it (the table says what requires the reasons). */
const basisOf = (b: Basis): { lagrum: string } | { basis: string; basisEn: string } =>
  'lagrum' in b ? { lagrum: b.lagrum } : { basis: b.basis, basisEn: b.basisEn };

export default defineRule({
  id: 'reasoning-missing',
  summary: `${KINDS_TEXT.charAt(0).toLocaleUpperCase('sv')}${KINDS_TEXT.slice(1)} måste motiveras.`,
  summaryEn: "A councillor's initiative, a citizen's proposal, a motion or an interpellation must give its reasons.",
  severity: 'error',
  docs: {
    what: `Kontrollerar att ${KINDS_TEXT} har text utanför förslagsavsnittet och de avsnitt typen kräver: bakgrund, problem och skäl. Grunden står i typens tabell: för en interpellation 5 kap. 60 § kommunallagen (den ska vara försedd med motivering), annars ärendes format.`,
    why: 'Ett förslag utan motivering går inte att bereda: nämnden och förvaltningen behöver veta vilket problem förslaget löser och varför. En interpellation utan motivering får inte ställas.',
    bad: '## Vi föreslår därför att\n\n- nämnden inrättar en träffpunkt',
    good: 'Många som bor i stödboende saknar en plats att träffas på dagtid …\n\n## Vi föreslår därför att\n\n- nämnden inrättar en träffpunkt',
  },
  check(draft, report) {
    const kind = kindByName(draft.kind);
    if (!kind?.features.reasoning) return;
    // The reasons are what is neither the proposal nor a section the kind requires (an interpellation's Frågor).
    const required = new Set(kind.requiredSections.flatMap((s) => s.accepted.map(headingKey)));
    const reasoning = draft.sections
      .filter((s) => s !== draft.proposal && !(s.depth === 2 && required.has(s.key)))
      .some((s) => s.children.some((n) => n.type !== 'html' && n.type !== 'definition' && plainText(n).trim().length > 0));
    if (reasoning) return;
    const before = draft.proposal ? 'förslagsrubriken' : `rubriken '## ${kind.requiredSections[0]?.name ?? kind.proposalHeading}'`;
    const beforeEn = draft.proposal ? 'the proposal heading' : `the heading '## ${kind.requiredSections[0]?.name ?? kind.proposalHeading}'`;
    const firstRequired = draft.sections.find((s) => s.depth === 2 && required.has(s.key));
    report({
      ...basisOf(kind.features.reasoning),
      message: `${kind.features.attSatser ? 'Förslaget' : kind.workflow.definite} saknar motivering. Skriv bakgrund och skäl (vilket problem, för vem, varför nu) före ${before}.`,
      messageEn: `The ${kind.features.attSatser ? 'proposal' : kind.label.en.toLowerCase()} gives no reasons. Write the background and the reasons (what problem, for whom, why now) before ${beforeEn}.`,
      range: draft.proposal?.headingRange ?? firstRequired?.headingRange ?? kindPlace(draft),
    });
  },
});
