import schema from '../../schemas/namnduppdrag.schema.json';
import { defineKind, type RequiredSection } from './kind.js';

/** The sections of a tjänsteskrivelse, and the headings that count as each. */
const SECTIONS: readonly RequiredSection[] = [
  { name: 'Förslag till beslut', accepted: ['Förslag till beslut'] },
  { name: 'Sammanfattning', accepted: ['Sammanfattning'] },
  { name: 'Beskrivning av ärendet', accepted: ['Beskrivning av ärendet', 'Ärendet'] },
  { name: 'Ekonomiska konsekvenser', accepted: ['Ekonomiska konsekvenser'] },
  { name: 'Barnets bästa', accepted: ['Barnets bästa', 'Barnrättsperspektiv', 'Prövning av barnets bästa'] },
];

/** The förvaltning's report to the nämnd on an assignment the nämnd gave it (a tjänsteskrivelse). */
export default defineKind({
  name: 'nämnduppdrag',
  ascii: 'namnduppdrag',
  label: { sv: 'Redovisning av nämnduppdrag', en: 'Report on a nämnd assignment' },
  description: {
    sv: 'Förvaltningens redovisning av ett uppdrag från nämnden',
    en: "The administration's report on an assignment from the nämnd",
  },
  subject: 'En redovisning av nämnduppdrag',
  schema,
  raisedBy: { sv: 'förvaltningen, på nämndens uppdrag (nämndens beslut står under uppdrag)' },
  senderFields: { fields: ['namn', 'roll'], required: ['namn'] },
  proposalHeading: 'Förslag till beslut',
  requiredSections: SECTIONS,
  headings: SECTIONS.map((s) => s.name),
  features: { attSatser: true, reasoning: false, privateSenders: false, agendaItem: true },
  agenda: { group: 'decisions', from: 'förvaltning' },
  export: { label: 'Tjänsteskrivelse', addressed: false, uppdrag: true },
  workflow: { role: 'förslag', frist: false, initiatorLabel: '', definite: 'Redovisningen' },
});
