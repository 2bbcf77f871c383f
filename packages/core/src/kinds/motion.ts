import schema from '../../schemas/motion.schema.json';
import { PROPOSAL_HEADINGS } from '../model/headings.js';
import { AGENDA_GROUPS } from './agenda-groups.js';
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
    who: ['ledamot'],
    sv: 'en ledamot i kommunfullmäktige',
    lagrum: '5 kap. 22 § första stycket 2 kommunallagen (2017:725)',
  },
  addressedTo: { body: 'fullmäktige', sv: 'kommunfullmäktige (eller regionfullmäktige)', lagrum: '5 kap. 22 § första stycket 2 kommunallagen (2017:725)' },
  meeting: { act: 'beslutar', in: 'mottagaren', preparedByNämnd: true },
  // `parti` is asked for but not required: 5 kap. 22 § KL gives every ledamot the right to move a motion, also
  // one who has left their party.
  senderFields: { fields: ['namn', 'parti', 'roll'], required: ['namn'] },
  proposalHeading: 'Jag yrkar att',
  requiredSections: [],
  headings: [...PROPOSAL_HEADINGS, 'Bakgrund'],
  features: {
    attSatser: true,
    reasoning: {
      basis: 'ärendes format: ett förslag ska kunna beredas, och beredningen behöver skälen; inget lagrum kräver en viss form',
      basisEn: "ärende's format: a proposal must be possible to prepare, and the preparation needs the reasons; no provision requires a particular form",
    },
    privateSenders: false,
    agendaItem: true,
  },
  agenda: { group: AGENDA_GROUPS.initiatives, from: 'avsändare' },
  export: { label: 'Motion', addressed: true, uppdrag: false },
  workflow: { role: 'initiativ', frist: true, initiatorLabel: 'Motionärernas yrkanden', definite: 'Motionen' },
});
