import schema from '../../schemas/tjansteskrivelse.schema.json';
import { defineKind, type RequiredSection } from './kind.js';

/**
 * The sections of a tjänsteskrivelse: the numbered proposal, a summary that can be read alone, and the
 * background of the ärende. The administration's assessment, costs and barnets bästa are offered by
 * completion (real ones usually have them) but not required: a short tjänsteskrivelse answering an
 * initiative may put its assessment under Ärendet.
 */
const SECTIONS: readonly RequiredSection[] = [
  { name: 'Förslag till beslut', accepted: ['Förslag till beslut'] },
  { name: 'Sammanfattning', accepted: ['Sammanfattning'] },
  { name: 'Ärendet', accepted: ['Ärendet', 'Bakgrund', 'Beskrivning av ärendet'] },
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
  raisedBy: { sv: 'förvaltningen, som bereder ärendet åt nämnden' },
  senderFields: { fields: ['namn', 'roll'], required: ['namn', 'roll'] },
  proposalHeading: 'Förslag till beslut',
  requiredSections: SECTIONS,
  headings: [...SECTIONS.map((s) => s.name), 'Bakgrund', 'Förvaltningens bedömning', 'Ekonomiska konsekvenser', 'Barnets bästa'],
  features: { attSatser: true, reasoning: false, privateSenders: false, agendaItem: true },
  agenda: { group: 'decisions', from: 'förvaltning' },
  export: { label: 'Tjänsteskrivelse', addressed: false, uppdrag: false },
  workflow: { role: 'förslag', frist: false, initiatorLabel: '', definite: 'Tjänsteskrivelsen' },
});
