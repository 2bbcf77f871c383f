import { KINDS, kindByName, swedishList, type RequiredSection } from '../kinds/index.js';
import { headingKey } from '../model/headings.js';
import { kindPlace } from './place.js';
import { defineRule } from './rule.js';

/** "'Ärendet' (eller 'Beskrivning av ärendet')": a required section and its other accepted headings. */
function describe(section: RequiredSection): string {
  const others = section.accepted.filter((a) => a !== section.name);
  return `'${section.name}'${others.length ? ` (eller ${others.map((a) => `'${a}'`).join(', ')})` : ''}`;
}

/**
 * What a required section rests on: the child's best interests rests on the convention (article 3), law in
 * Sweden through 1 § lagen (2018:1197); the other sections are ärende's format for a tjänsteskrivelse.
 */
function sectionBasis(name: string): { lagrum: string } | { basis: string; basisEn: string } {
  return /barnets bästa/iu.test(name)
    ? { lagrum: '1 § lagen (2018:1197) om Förenta nationernas konvention om barnets rättigheter' }
    : {
        basis: `ärendes format för en tjänsteskrivelse (avsnitten nämnden behöver för att besluta), inte ett lagkrav`,
        basisEn: "ärende's format for an officer report (tjänsteskrivelse): the sections the nämnd needs to decide; not a legal requirement",
      };
}

const WITH_SECTIONS = KINDS.filter((k) => k.requiredSections.length > 0);

export default defineRule({
  id: 'section-missing',
  // "En redovisning av nämnduppdrag och en tjänsteskrivelse …": the subjects after the first in lower case.
  summary: `${swedishList(
    WITH_SECTIONS.map((k, i) => (i === 0 ? k.subject : k.subject.charAt(0).toLowerCase() + k.subject.slice(1))),
    'och',
  )} måste ha de avsnitt typen kräver.`,
  summaryEn: 'An officer report (tjänsteskrivelse) and a report on a nämnd assignment must have the sections their kind requires.',
  severity: 'error',
  docs: {
    what: `Kontrollerar att utkastet har de avsnitt dess typ kräver, som rubriker på nivå ##: ${WITH_SECTIONS.map((k) => `${k.subject.toLocaleLowerCase('sv')} ${k.requiredSections.map(describe).join(', ')}`).join('; ')}.`,
    why: 'Nämnden behöver förslaget, en sammanfattning, bakgrunden, kostnaderna och en prövning av barnets bästa för att kunna fatta ett välgrundat beslut.',
    bad: '## Förslag till beslut\n\n1. Redovisningen godkänns.\n\n## Sammanfattning\n\n…',
    good: '## Förslag till beslut\n\n1. Redovisningen godkänns.\n\n## Sammanfattning\n\n…\n\n## Beskrivning av ärendet\n\n…\n\n## Ekonomiska konsekvenser\n\n…\n\n## Barnets bästa\n\n…',
  },
  check(draft, report) {
    const required = kindByName(draft.kind)?.requiredSections ?? [];
    if (required.length === 0) return;
    const present = new Set(draft.sections.filter((s) => s.depth === 2).map((s) => s.key));
    for (const section of required) {
      if (section.accepted.some((a) => present.has(headingKey(a)))) continue;
      const others = section.accepted.filter((a) => a !== section.name);
      report({
        ...sectionBasis(section.name),
        message: `Avsnittet '${section.name}' saknas. Lägg till rubriken '## ${section.name}'${others.length ? ` (eller ${others.map((a) => `'## ${a}'`).join(', ')})` : ''} med text.`,
        messageEn: `The section '${section.name}' is missing. Add the heading '## ${section.name}'${others.length ? ` (or ${others.map((a) => `'## ${a}'`).join(', ')})` : ''} with text.`,
        range: kindPlace(draft),
      });
    }
  },
});
