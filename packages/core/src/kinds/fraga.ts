import schema from '../../schemas/fraga.schema.json';
import { AGENDA_GROUPS } from './agenda-groups.js';
import { defineKind } from './kind.js';

/**
 * A ledamot's fråga to the chair of a nämnd, to obtain information (5 kap. 64 § KL, which applies 59 §,
 * 61 § första stycket, 62 and 63 §§): one definite question, with at most a short introduction. Only
 * the one who asks and the one who answers take part in the debate; nothing is decided.
 */
export default defineKind({
  name: 'fråga',
  ascii: 'fraga',
  label: { sv: 'Fråga', en: 'Question' },
  description: { sv: 'En fullmäktigeledamots fråga till ordföranden i en nämnd', en: 'A councillor’s question to the chair of a nämnd' },
  subject: 'En fråga',
  schema,
  raisedBy: { who: ['ledamot'], sv: 'en ledamot i fullmäktige', lagrum: '5 kap. 64 § kommunallagen (2017:725)' },
  addressedTo: { person: 'ordförande', sv: 'ordföranden i en nämnd, med namn', lagrum: '5 kap. 64 § kommunallagen (2017:725)' },
  meeting: { act: 'besvarar', in: 'fullmäktige', preparedByNämnd: false },
  senderFields: { fields: ['namn', 'parti', 'roll'], required: ['namn', 'parti'] },
  proposalHeading: 'Fråga',
  requiredSections: [{ name: 'Fråga', accepted: ['Fråga', 'Min fråga', 'Frågan'], basis: { lagrum: '5 kap. 64 § kommunallagen (2017:725)' } }],
  headings: ['Bakgrund', 'Fråga'],
  features: { attSatser: false, reasoning: false, privateSenders: false, agendaItem: true },
  agenda: { group: AGENDA_GROUPS.questions, from: 'avsändare' },
  export: { label: 'Fråga', addressed: true, uppdrag: false },
  workflow: { role: 'initiativ', frist: false, initiatorLabel: 'Frågan', definite: 'Frågan' },
});
