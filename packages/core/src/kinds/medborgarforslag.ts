import schema from '../../schemas/medborgarforslag.schema.json';
import { PROPOSAL_HEADINGS } from '../model/headings.js';
import { AGENDA_GROUPS } from './agenda-groups.js';
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
    who: ['medborgare'],
    // 8 kap. 1 § KL: the folkbokförd, and the unionsmedborgare of 1 kap. 5 § andra stycket (resident, not folkbokförd).
    sv: 'den som är folkbokförd i kommunen, eller en unionsmedborgare som bor i kommunen utan att vara folkbokförd där (1 kap. 5 § andra stycket kommunallagen), om fullmäktige har beslutat att medborgarförslag får väckas',
    lagrum: '8 kap. 1 § kommunallagen (2017:725)',
  },
  addressedTo: { body: 'fullmäktige', sv: 'kommunfullmäktige (eller regionfullmäktige)', lagrum: '8 kap. 1 § kommunallagen (2017:725)' },
  meeting: { act: 'beslutar', in: 'mottagaren', preparedByNämnd: true },
  senderFields: { fields: ['namn', 'adress', 'e-post', 'telefon'], required: ['namn'] },
  proposalHeading: 'Jag föreslår att',
  requiredSections: [],
  headings: [...PROPOSAL_HEADINGS, 'Bakgrund'],
  features: {
    attSatser: true,
    reasoning: {
      basis: 'ärendes format: ett förslag ska kunna beredas, och beredningen behöver skälen; inget lagrum kräver en viss form',
      basisEn: "ärende's format: a proposal must be possible to prepare, and the preparation needs the reasons; no provision requires a particular form",
    },
    privateSenders: true,
    agendaItem: true,
  },
  agenda: { group: AGENDA_GROUPS.decisions, from: 'avsändare' },
  export: { label: 'Medborgarförslag', addressed: true, uppdrag: false },
  workflow: { role: 'initiativ', frist: true, delegable: true, initiatorLabel: 'Förslagsställarens förslag', definite: 'Medborgarförslaget' },
});
