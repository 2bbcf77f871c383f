import schema from '../../schemas/sammantrade.schema.json';
import { AGENDA_GROUPS } from './agenda-groups.js';
import { defineKind } from './kind.js';

/**
 * The meeting file: one meeting of a nämnd (or fullmäktige), its ärenden and their handlingar, and after
 * the meeting who served and what was decided. Not a paper to the nämnd itself: `arende agenda` makes
 * the kallelse of it and `arende protokoll` the protokoll.
 */
export default defineKind({
  name: 'sammanträde',
  ascii: 'sammantrade',
  label: { sv: 'Sammanträde (mötesfil)', en: 'Meeting (meeting file)' },
  description: {
    sv: 'Ett sammanträde: ärendena och handlingarna till kallelsen, besluten till protokollet',
    en: 'A meeting: the items and papers for the notice, the decisions for the minutes',
  },
  subject: 'En mötesfil',
  schema,
  raisedBy: { who: ['förvaltning'], sv: 'nämndens sekreterare; protokollet förs på ordförandens ansvar', lagrum: '6 kap. 35 § kommunallagen (2017:725)' },
  // Not an item of a meeting but the meeting itself: `features.agendaItem` is false, and nothing reads its act.
  addressedTo: { body: 'nämnd', sv: 'nämnden som sammanträder' },
  meeting: { act: 'beslutar', in: 'mottagaren', preparedByNämnd: false },
  senderFields: { fields: ['namn'], required: [] },
  proposalHeading: 'Förslag till beslut',
  requiredSections: [],
  headings: [],
  features: { attSatser: false, reasoning: false, privateSenders: false, agendaItem: false },
  agenda: { group: AGENDA_GROUPS.decisions, from: 'avsändare' },
  export: { label: 'Sammanträde', addressed: false, uppdrag: false },
  workflow: { role: 'möte', frist: false, initiatorLabel: '', definite: 'Sammanträdet' },
});
