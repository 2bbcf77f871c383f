import schema from '../../schemas/namnduppdrag.schema.json';
import { AGENDA_GROUPS } from './agenda-groups.js';
import { defineKind, type Basis, type RequiredSection } from './kind.js';

/** The sections below rest on ärende's format, not on a provision (barnets bästa aside). */
const FORMAT: Basis = {
  basis: 'ärendes format för en tjänsteskrivelse (avsnitten nämnden behöver för att besluta), inte ett lagkrav',
  basisEn: "ärende's format for an officer report (tjänsteskrivelse): the sections the nämnd needs to decide; not a legal requirement",
};
/** The child's best interests rests on the convention (article 3), law in Sweden through 1 § lagen (2018:1197). */
const BARNKONVENTIONEN: Basis = { lagrum: '1 § lagen (2018:1197) om Förenta nationernas konvention om barnets rättigheter' };

/** The sections of a tjänsteskrivelse, and the headings that count as each. */
const SECTIONS: readonly RequiredSection[] = [
  { name: 'Förslag till beslut', accepted: ['Förslag till beslut'], basis: FORMAT },
  { name: 'Sammanfattning', accepted: ['Sammanfattning'], basis: FORMAT },
  { name: 'Beskrivning av ärendet', accepted: ['Beskrivning av ärendet', 'Ärendet'], basis: FORMAT },
  { name: 'Ekonomiska konsekvenser', accepted: ['Ekonomiska konsekvenser'], basis: FORMAT },
  { name: 'Barnets bästa', accepted: ['Barnets bästa', 'Barnrättsperspektiv', 'Prövning av barnets bästa'], basis: BARNKONVENTIONEN },
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
  raisedBy: { who: ['förvaltning'], sv: 'förvaltningen, på nämndens uppdrag (nämndens beslut står under uppdrag)' },
  addressedTo: { body: 'nämnd', sv: 'nämnden som gav uppdraget' },
  meeting: { act: 'beslutar', in: 'mottagaren', preparedByNämnd: false },
  senderFields: { fields: ['namn', 'roll'], required: ['namn'] },
  proposalHeading: 'Förslag till beslut',
  requiredSections: SECTIONS,
  headings: SECTIONS.map((s) => s.name),
  features: { attSatser: true, reasoning: false, privateSenders: false, agendaItem: true },
  agenda: { group: AGENDA_GROUPS.decisions, from: 'förvaltning' },
  export: { label: 'Tjänsteskrivelse', addressed: false, uppdrag: true },
  workflow: { role: 'förslag', frist: false, initiatorLabel: '', definite: 'Redovisningen' },
});
