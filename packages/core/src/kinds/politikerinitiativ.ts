import schema from '../../schemas/politikerinitiativ.schema.json';
import { PROPOSAL_HEADINGS } from '../model/headings.js';
import { defineKind } from './kind.js';

/** A member's initiative to their nämnd (nämndinitiativ). */
export default defineKind({
  name: 'politikerinitiativ',
  ascii: 'politikerinitiativ',
  label: { sv: 'Politikerinitiativ', en: "Councillor's initiative" },
  description: { sv: 'En ledamots initiativ till en nämnd', en: "A councillor's initiative to a nämnd" },
  subject: 'Ett politikerinitiativ',
  schema,
  raisedBy: {
    sv: 'en ledamot i nämnden, eller en ersättare som tjänstgör',
    lagrum: '4 kap. 20 § kommunallagen (2017:725)',
  },
  // `parti` is asked for but not required: 4 kap. 20 § KL gives every ledamot the right, party or not.
  senderFields: { fields: ['namn', 'parti', 'roll'], required: ['namn'] },
  proposalHeading: 'Vi föreslår därför att',
  requiredSections: [],
  headings: [...PROPOSAL_HEADINGS, 'Bakgrund'],
  features: { attSatser: true, reasoning: true, privateSenders: false, agendaItem: true },
  agenda: { group: 'initiatives', from: 'avsändare' },
  export: { label: 'Politikerinitiativ', addressed: true, uppdrag: false },
  workflow: { role: 'initiativ', frist: false, initiatorLabel: 'Initiativtagarnas yrkanden', definite: 'Initiativet' },
});
