import schema from '../../schemas/interpellation.schema.json';
import { AGENDA_GROUPS } from './agenda-groups.js';
import { defineKind } from './kind.js';

/**
 * A ledamot's interpellation to the chair of a nämnd (5 kap. 59–63 §§ KL): a background that motivates
 * it and numbered questions. Fullmäktige decides without debate whether it may be asked (62 §); the
 * chair answers at a later meeting. Nothing is decided on it, so it has no Förslag till beslut.
 */
export default defineKind({
  name: 'interpellation',
  ascii: 'interpellation',
  label: { sv: 'Interpellation', en: 'Interpellation' },
  description: {
    sv: 'En fullmäktigeledamots frågor till ordföranden i en nämnd, med motivering',
    en: 'A councillor’s reasoned questions to the chair of a nämnd',
  },
  subject: 'En interpellation',
  schema,
  raisedBy: { who: ['ledamot'], sv: 'en ledamot i fullmäktige', lagrum: '5 kap. 59 § kommunallagen (2017:725)' },
  addressedTo: { person: 'ordförande', sv: 'ordföranden i en nämnd, med namn', lagrum: '5 kap. 59 § kommunallagen (2017:725)' },
  meeting: { act: 'besvarar', in: 'fullmäktige', preparedByNämnd: false },
  senderFields: { fields: ['namn', 'parti', 'roll'], required: ['namn', 'parti'] },
  proposalHeading: 'Frågor',
  requiredSections: [
    { name: 'Frågor', accepted: ['Frågor', 'Mina frågor', 'Frågor till ordföranden'], basis: { lagrum: '5 kap. 60 § kommunallagen (2017:725)' } },
  ],
  headings: ['Bakgrund', 'Frågor'],
  features: { attSatser: false, reasoning: { lagrum: '5 kap. 60 § kommunallagen (2017:725)' }, privateSenders: false, agendaItem: true },
  agenda: { group: AGENDA_GROUPS.interpellations, from: 'avsändare' },
  export: { label: 'Interpellation', addressed: true, uppdrag: false },
  workflow: { role: 'initiativ', frist: false, initiatorLabel: 'Interpellantens frågor', definite: 'Interpellationen' },
});
