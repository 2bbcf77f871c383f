import schema from '../../schemas/medborgarforslag.schema.json';
import { PROPOSAL_HEADINGS } from '../model/headings.js';
import { defineKind } from './kind.js';

/** A resident's proposal to kommunfullmäktige, where fullmäktige allows them. */
export default defineKind({
  name: 'medborgarförslag',
  ascii: 'medborgarforslag',
  label: { sv: 'Medborgarförslag', en: "Citizen's proposal" },
  description: { sv: 'En invånares förslag till kommunfullmäktige', en: "A citizen's proposal to kommunfullmäktige" },
  subject: 'Ett medborgarförslag',
  schema,
  raisedBy: {
    sv: 'den som är folkbokförd i kommunen, om fullmäktige har beslutat att medborgarförslag får väckas',
    lagrum: '8 kap. 1 § kommunallagen (2017:725)',
  },
  senderFields: { fields: ['namn', 'adress', 'e-post', 'telefon'], required: ['namn'] },
  proposalHeading: 'Jag föreslår att',
  requiredSections: [],
  headings: [...PROPOSAL_HEADINGS, 'Bakgrund'],
  features: { attSatser: true, reasoning: true, privateSenders: true, agendaItem: true },
  agenda: { group: 'decisions', from: 'avsändare' },
  export: { label: 'Medborgarförslag', addressed: true, uppdrag: false },
  workflow: { role: 'initiativ', frist: true, initiatorLabel: 'Förslagsställarens förslag', definite: 'Medborgarförslaget' },
});
