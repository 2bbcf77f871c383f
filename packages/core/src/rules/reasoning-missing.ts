import { KINDS, kindByName, swedishList } from '../kinds/index.js';
import { plainText } from '../model/text.js';
import { defineRule } from './rule.js';
import { kindPlace } from './place.js';

/** The kinds whose proposal must be reasoned, as prose ("ett politikerinitiativ eller …"). */
const KINDS_TEXT = swedishList(
  KINDS.filter((k) => k.features.reasoning).map((k) => k.subject.toLocaleLowerCase('sv')),
  'eller',
);

export default defineRule({
  id: 'reasoning-missing',
  summary: `${KINDS_TEXT.charAt(0).toLocaleUpperCase('sv')}${KINDS_TEXT.slice(1)} måste motivera förslaget.`,
  summaryEn: "A councillor's initiative, a citizen's proposal or a motion must give the reasons for the proposal.",
  severity: 'error',
  basis: 'ärendes format: ett förslag ska kunna beredas, och beredningen behöver skälen; inget lagrum kräver en viss form',
  basisEn: "ärende's format: a proposal must be possible to prepare, and the preparation needs the reasons; no provision requires a particular form",
  docs: {
    what: `Kontrollerar att ${KINDS_TEXT} har text utanför förslagsavsnittet: bakgrund, problem och skäl.`,
    why: 'Ett förslag utan motivering går inte att bereda: nämnden och förvaltningen behöver veta vilket problem förslaget löser och varför.',
    bad: '## Vi föreslår därför att\n\n- nämnden inrättar en träffpunkt',
    good: 'Många som bor i stödboende saknar en plats att träffas på dagtid …\n\n## Vi föreslår därför att\n\n- nämnden inrättar en träffpunkt',
  },
  check(draft, report) {
    if (!kindByName(draft.kind)?.features.reasoning) return;
    const reasoning = draft.sections
      .filter((s) => s !== draft.proposal)
      .some((s) => s.children.some((n) => n.type !== 'html' && n.type !== 'definition' && plainText(n).trim().length > 0));
    if (reasoning) return;
    report({
      message: 'Förslaget saknar motivering. Skriv bakgrund och skäl (vilket problem, för vem, varför nu) före förslagsrubriken.',
      messageEn: 'The proposal gives no reasons. Write the background and the reasons (what problem, for whom, why now) before the proposal heading.',
      range: draft.proposal?.headingRange ?? kindPlace(draft),
    });
  },
});
