import { KINDS, kindByName, swedishList, type Basis, type RequiredSection } from '../kinds/index.js';
import { headingKey } from '../model/headings.js';
import { kindPlace } from './place.js';
import { defineRule } from './rule.js';

/** "'Ärendet' (eller 'Beskrivning av ärendet')": a required section and its other accepted headings. */
function describe(section: RequiredSection): string {
  const others = section.accepted.filter((a) => a !== section.name);
  return `'${section.name}'${others.length ? ` (eller ${others.map((a) => `'${a}'`).join(', ')})` : ''}`;
}

/** A section's basis as a diagnostic carries it (the kind's table says what each section rests on). */
const basisOf = (b: Basis): { lagrum: string } | { basis: string; basisEn: string } =>
  'lagrum' in b ? { lagrum: b.lagrum } : { basis: b.basis, basisEn: b.basisEn };

const WITH_SECTIONS = KINDS.filter((k) => k.requiredSections.length > 0);

export default defineRule({
  id: 'section-missing',
  // "En interpellation, en fråga, … och en tjänsteskrivelse …": the subjects after the first in lower case.
  summary: `${swedishList(
    WITH_SECTIONS.map((k, i) => (i === 0 ? k.subject : k.subject.charAt(0).toLowerCase() + k.subject.slice(1))),
    'och',
  )} måste ha de avsnitt typen kräver.`,
  summaryEn:
    'An interpellation, a question, an officer report (tjänsteskrivelse) and a report on a nämnd assignment must have the sections their kind requires.',
  severity: 'error',
  docs: {
    what: `Kontrollerar att utkastet har de avsnitt dess typ kräver, som rubriker på nivå ##: ${WITH_SECTIONS.map((k) => `${k.subject.toLocaleLowerCase('sv')} ${k.requiredSections.map(describe).join(', ')}`).join('; ')}. Varje avsnitt har sin grund: ett lagrum där lagen kräver det (frågorna i en interpellation, barnets bästa), annars ärendes format.`,
    why: 'Nämnden behöver förslaget, en sammanfattning, bakgrunden, kostnaderna och en prövning av barnets bästa för att kunna fatta ett välgrundat beslut; en interpellation och en fråga ska ha ett bestämt innehåll.',
    bad: '---\ntyp: tjänsteskrivelse\n---\n\n## Förslag till beslut\n\n1. Medborgarförslaget bifalls.\n\n## Sammanfattning\n\n…',
    good: '---\ntyp: tjänsteskrivelse\n---\n\n## Förslag till beslut\n\n1. Medborgarförslaget bifalls.\n\n## Sammanfattning\n\n…\n\n## Ärendet\n\n…',
  },
  check(draft, report) {
    const required = kindByName(draft.kind)?.requiredSections ?? [];
    if (required.length === 0) return;
    const present = new Set(draft.sections.filter((s) => s.depth === 2).map((s) => s.key));
    for (const section of required) {
      if (section.accepted.some((a) => present.has(headingKey(a)))) continue;
      const others = section.accepted.filter((a) => a !== section.name);
      report({
        ...basisOf(section.basis),
        message: `Avsnittet '${section.name}' saknas. Lägg till rubriken '## ${section.name}'${others.length ? ` (eller ${others.map((a) => `'## ${a}'`).join(', ')})` : ''} med text.`,
        messageEn: `The section '${section.name}' is missing. Add the heading '## ${section.name}'${others.length ? ` (or ${others.map((a) => `'## ${a}'`).join(', ')})` : ''} with text.`,
        range: kindPlace(draft),
      });
    }
  },
});
