import { kindByName, kindSubjectEn, type KindDefinition } from '../kinds/index.js';
import { isFullmäktige } from '../meeting/resolve.js';
import type { Draft } from '../model/types.js';
import { defineRule } from './rule.js';

/** "Regionfullmäktige" for a region (the kommun or the mottagare says so), else "Kommunfullmäktige". */
function fullmäktigeOf(draft: Draft): string {
  const m = draft.metadata;
  return /region/iu.test(`${m.kommun ?? ''} ${m.mottagare ?? ''}`) ? 'Regionfullmäktige' : 'Kommunfullmäktige';
}

/** A chair: "Socialnämndens ordförande Anna Berg", "ordföranden i socialnämnden", "Kommunstyrelsens ordf.". */
const CHAIR = /\bordf(örande[n]?|\.)/iu;

/** What is wrong with `mottagare` for this kind, with the fix when only one value can be right. */
function wrongRecipient(kind: KindDefinition, mottagare: string, draft: Draft): { sv: string; en: string; expected?: string } | undefined {
  const to = kind.addressedTo;
  const subject = kind.subject;
  const fm = isFullmäktige(mottagare);
  if ('person' in to) {
    if (CHAIR.test(mottagare)) return undefined;
    return {
      sv: `${subject} riktas till ${to.sv}, inte till '${mottagare}'. Skriv ordförandens titel och namn i 'mottagare', t.ex. "Socialnämndens ordförande Anna Berg".`,
      en: `${kindSubjectEn(kind)} is addressed to the chair of a nämnd, by name, not to '${mottagare}'. Write the chair's title and name in 'mottagare', e.g. "Socialnämndens ordförande Anna Berg".`,
    };
  }
  if (to.body === 'fullmäktige' && !fm) {
    const expected = fullmäktigeOf(draft);
    return {
      sv: `${subject} väcks i fullmäktige, inte i '${mottagare}': skriv '${expected}' i 'mottagare'. Fullmäktige kan sedan låta en nämnd bereda det.`,
      en: `${kindSubjectEn(kind)} is raised in the full council, not in '${mottagare}': write '${expected}' in 'mottagare'. The council may then let a nämnd prepare it.`,
      expected,
    };
  }
  if (to.body === 'nämnd' && fm && kind.raisedBy.who.includes('ledamot')) {
    return {
      sv: `${subject} väcks i en nämnd (styrelse, utskott) där avsändaren är ledamot, inte i '${mottagare}'. Skriv nämndens namn i 'mottagare'; i fullmäktige väcks ett ärende genom en motion.`,
      en: `${kindSubjectEn(kind)} is raised in a nämnd (or a board or committee) of which the sender is a member, not in '${mottagare}'. Write the nämnd's name in 'mottagare'; in the full council a member raises a matter by a motion.`,
    };
  }
  return undefined;
}

export default defineRule({
  id: 'recipient-wrong-body',
  summary: 'Ett ärende måste vara ställt till det organ (eller den ordförande) som det får väckas i, av någon som får väcka det.',
  summaryEn: 'A draft must be addressed to the body (or the chair) it may be raised in, by someone who may raise it.',
  severity: 'error',
  docs: {
    what: "Kontrollerar 'mottagare' mot typens tabell: en motion och ett medborgarförslag väcks i fullmäktige (5 kap. 22 § och 8 kap. 1 § kommunallagen), ett politikerinitiativ i en nämnd, styrelse eller utskott, inte i fullmäktige (4 kap. 20 §), en interpellation och en fråga riktas till ordföranden i en nämnd (5 kap. 59 och 64 §§). En ersättare får väcka ett politikerinitiativ bara när hen tjänstgör (4 kap. 22 §): då ska 'roll' säga det. Där bara ett värde kan vara rätt (Kommunfullmäktige) rättar `arende check --fix` det.",
    why: 'Ett ärende som ställs till fel organ väcks inte: nämnden får inte besluta i en motion, och fullmäktige tar inte upp ett nämndinitiativ. Felet upptäcks annars först när ärendet ska på dagordningen.',
    bad: '---\ntyp: motion\nmottagare: Socialnämnden\n---\n\nText.\n',
    good: '---\ntyp: motion\nmottagare: Kommunfullmäktige\n---\n\nText.\n',
  },
  check(draft, report) {
    const kind = kindByName(draft.kind);
    const mottagare = draft.metadata.mottagare;
    if (!kind?.features.agendaItem) return;
    const basis = kind.addressedTo.lagrum ? { lagrum: kind.addressedTo.lagrum } : {};
    if (mottagare) {
      const wrong = wrongRecipient(kind, mottagare, draft);
      const range = draft.rangeOf(['mottagare'], 'value');
      if (wrong && range) {
        report({
          ...basis,
          message: wrong.sv,
          messageEn: wrong.en,
          range,
          ...(wrong.expected ? { actual: draft.text.slice(range.start.offset, range.end.offset), expected: [wrong.expected] } : {}),
        });
      }
    }
    // An ersättare has a ledamot's rights only while serving (4 kap. 22 § KL): the roll must say so.
    if (!kind.raisedBy.who.includes('tjänstgörande ersättare')) return;
    draft.metadata.avsändare.forEach((p, i) => {
      if (!p.roll || !/ersättare/iu.test(p.roll) || /tjänstgör/iu.test(p.roll)) return;
      const range = draft.rangeOf(['avsändare', i, 'roll'], 'value');
      if (!range) return;
      report({
        lagrum: '4 kap. 22 § kommunallagen (2017:725)',
        message: `${p.namn} är '${p.roll}': en ersättare får väcka ${kind.subject.toLocaleLowerCase('sv')} bara när hen tjänstgör. Skriv 'tjänstgörande ersättare' i 'roll' om hen tjänstgör, annars kan hen inte stå som avsändare.`,
        messageEn: `${p.namn} is '${p.roll}': a substitute member may raise ${kindSubjectEn(kind).replace(/^A/, 'a')} only while serving. Write 'tjänstgörande ersättare' in 'roll' if they serve; otherwise they cannot be a sender.`,
        range,
      });
    });
  },
});
