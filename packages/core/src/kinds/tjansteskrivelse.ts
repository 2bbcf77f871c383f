import schema from '../../schemas/tjansteskrivelse.schema.json';
import { AGENDA_GROUPS } from './agenda-groups.js';
import { defineKind, type Basis, type RequiredSection } from './kind.js';

/** The sections rest on ärende's format, not on a provision. */
const FORMAT: Basis = {
  basis: 'ärendes format för en tjänsteskrivelse (avsnitten nämnden behöver för att besluta), inte ett lagkrav',
  basisEn: "ärende's format for an officer report (tjänsteskrivelse): the sections the nämnd needs to decide; not a legal requirement",
};

/**
 * The sections of a tjänsteskrivelse: the numbered proposal, a summary that can be read alone, and the
 * background of the ärende. The administration's assessment, costs and barnets bästa are offered by
 * completion (real ones usually have them) but not required: a short tjänsteskrivelse answering an
 * initiative may put its assessment under Ärendet.
 */
const SECTIONS: readonly RequiredSection[] = [
  { name: 'Förslag till beslut', accepted: ['Förslag till beslut'], basis: FORMAT },
  { name: 'Sammanfattning', accepted: ['Sammanfattning'], basis: FORMAT },
  { name: 'Ärendet', accepted: ['Ärendet', 'Bakgrund', 'Beskrivning av ärendet'], basis: FORMAT },
];

/** The administration's paper to the nämnd in an ärende, often answering an initiative. */
export default defineKind({
  name: 'tjänsteskrivelse',
  ascii: 'tjansteskrivelse',
  label: { sv: 'Tjänsteskrivelse', en: 'Officer report (tjänsteskrivelse)' },
  description: {
    sv: 'Förvaltningens skrivelse till nämnden med förslag till beslut',
    en: "The administration's report to the nämnd with a proposed decision",
  },
  subject: 'En tjänsteskrivelse',
  schema,
  raisedBy: { who: ['förvaltning'], sv: 'förvaltningen, som bereder ärendet åt nämnden' },
  addressedTo: { body: 'nämnd', sv: 'nämnden som ska besluta i ärendet' },
  meeting: { act: 'beslutar', in: 'mottagaren', preparedByNämnd: false },
  senderFields: { fields: ['namn', 'roll'], required: ['namn', 'roll'] },
  proposalHeading: 'Förslag till beslut',
  requiredSections: SECTIONS,
  headings: [...SECTIONS.map((s) => s.name), 'Bakgrund', 'Förvaltningens bedömning', 'Ekonomiska konsekvenser', 'Barnets bästa'],
  features: { attSatser: true, reasoning: false, privateSenders: false, agendaItem: true },
  agenda: { group: AGENDA_GROUPS.decisions, from: 'förvaltning' },
  export: { label: 'Tjänsteskrivelse', addressed: false, uppdrag: false },
  workflow: { role: 'förslag', frist: false, initiatorLabel: '', definite: 'Tjänsteskrivelsen' },
});
