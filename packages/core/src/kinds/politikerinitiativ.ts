import schema from '../../schemas/politikerinitiativ.schema.json';
import { PROPOSAL_HEADINGS } from '../model/headings.js';
import { AGENDA_GROUPS } from './agenda-groups.js';
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
    who: ['ledamot', 'tjänstgörande ersättare'],
    // 4 kap. 20 § gives the right to every ledamot; 4 kap. 22 § gives a serving ersättare the same rights.
    sv: 'en ledamot i nämnden, eller en ersättare som tjänstgör (som då har samma rättigheter som ledamöterna, 4 kap. 22 § kommunallagen)',
    lagrum: '4 kap. 20 § kommunallagen (2017:725)',
  },
  addressedTo: {
    body: 'nämnd',
    sv: 'den nämnd (styrelse, utskott) initiativtagaren är ledamot eller tjänstgörande ersättare i, inte fullmäktige',
    lagrum: '4 kap. 20 § kommunallagen (2017:725)',
  },
  meeting: { act: 'beslutar', in: 'mottagaren', preparedByNämnd: false },
  // `parti` is asked for but not required: 4 kap. 20 § KL gives every ledamot the right, party or not.
  senderFields: { fields: ['namn', 'parti', 'roll'], required: ['namn'] },
  proposalHeading: 'Vi föreslår därför att',
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
  export: { label: 'Politikerinitiativ', addressed: true, uppdrag: false },
  workflow: { role: 'initiativ', frist: false, initiatorLabel: 'Initiativtagarnas yrkanden', definite: 'Initiativet' },
});
