import schema from '../../schemas/motion.schema.json';
import { PROPOSAL_HEADINGS } from '../model/headings.js';
import { defineKind } from './kind.js';

/** A member's proposal to kommunfullmäktige. */
export default defineKind({
  name: 'motion',
  ascii: 'motion',
  label: { sv: 'Motion', en: 'Motion' },
  description: { sv: 'En ledamots förslag till kommunfullmäktige', en: "A councillor's motion to kommunfullmäktige" },
  subject: 'En motion',
  schema,
  raisedBy: {
    sv: 'en ledamot i kommunfullmäktige',
    lagrum: '5 kap. 22 § första stycket 2 kommunallagen (2017:725)',
  },
  senderFields: { fields: ['namn', 'parti', 'roll'], required: ['namn', 'parti'] },
  proposalHeading: 'Jag yrkar att',
  requiredSections: [],
  headings: [...PROPOSAL_HEADINGS, 'Bakgrund'],
  features: { attSatser: true, reasoning: true, privateSenders: false, agendaItem: true },
  agenda: { group: 'initiatives', from: 'avsändare' },
  export: { label: 'Motion', addressed: true, uppdrag: false },
  workflow: { role: 'initiativ', frist: true, initiatorLabel: 'Motionärernas yrkanden', definite: 'Motionen' },
});
