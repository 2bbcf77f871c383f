import { NAMNDUPPDRAG_SECTIONS, headingKey } from '../model/headings.js';
import { kindPlace } from './place.js';
import { defineRule } from './rule.js';

export default defineRule({
  id: 'section-missing',
  summary: 'En redovisning av nämnduppdrag måste ha de avsnitt en tjänsteskrivelse har.',
  severity: 'error',
  docs: {
    what: `Kontrollerar att en redovisning av nämnduppdrag har avsnitten ${NAMNDUPPDRAG_SECTIONS.map((s) => `'${s.name}'${s.accepted.length > 1 ? ` (eller ${s.accepted.slice(1).map((a) => `'${a}'`).join(', ')})` : ''}`).join(', ')} som rubriker på nivå ##.`,
    why: 'Nämnden behöver förslaget, en sammanfattning, bakgrunden, kostnaderna och en prövning av barnets bästa för att kunna fatta ett välgrundat beslut.',
    bad: '## Förslag till beslut\n\n1. Redovisningen godkänns.\n\n## Sammanfattning\n\n…',
    good: '## Förslag till beslut\n\n1. Redovisningen godkänns.\n\n## Sammanfattning\n\n…\n\n## Beskrivning av ärendet\n\n…\n\n## Ekonomiska konsekvenser\n\n…\n\n## Barnets bästa\n\n…',
  },
  check(draft, report) {
    if (draft.kind !== 'nämnduppdrag') return;
    const present = new Set(draft.sections.filter((s) => s.depth === 2).map((s) => s.key));
    for (const required of NAMNDUPPDRAG_SECTIONS) {
      if (required.accepted.some((a) => present.has(headingKey(a)))) continue;
      report({
        message: `Avsnittet '${required.name}' saknas. Lägg till rubriken '## ${required.name}'${required.accepted.length > 1 ? ` (eller ${required.accepted.slice(1).map((a) => `'## ${a}'`).join(', ')})` : ''} med text.`,
        range: kindPlace(draft),
      });
    }
  },
});
