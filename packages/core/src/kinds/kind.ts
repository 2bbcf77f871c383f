/**
 * What a kind of draft is (politikerinitiativ, medborgarförslag, …): one `KindDefinition` per file in
 * this folder, collected in `index.ts`. Every other part of ärende (rules, schema messages, completion,
 * `arende new`, the Word export, the agenda, the extension) asks this table instead of naming a kind.
 * To add a kind, see CONTRIBUTING.md ("Lägga till en typ").
 */

/** A key of a person in `avsändare` (common.schema.json#/$defs/person). */
export type SenderField = 'namn' | 'parti' | 'roll' | 'adress' | 'e-post' | 'telefon';

/**
 * What a requirement rests on: a provision (in standard form, resolved by lagrum), or, where no provision
 * requires it, ärende's own format, said in Swedish and in English (Diagnostic.basis).
 */
export type Basis = { lagrum: string } | { basis: string; basisEn: string };

/** A `##` section a kind must have: the name to show, every heading that counts as it, and what requires it. */
export interface RequiredSection {
  name: string;
  accepted: readonly string[];
  basis: Basis;
}

/** Who raises a kind, as kommunallagen names them. */
export type Raiser = 'ledamot' | 'tjänstgörande ersättare' | 'medborgare' | 'förvaltning';

/**
 * To whom a kind is addressed (what `mottagare` must name): a body that meets and decides (fullmäktige,
 * or a nämnd: also a styrelse or an utskott), or a person (the chair of a nämnd, who answers).
 */
export type Addressee = { body: 'fullmäktige' | 'nämnd' } | { person: 'ordförande' };

/**
 * What the meeting does with it: decides it (`beslutar`: a Förslag till beslut, a beslut in the
 * protokoll), hears it answered (`besvarar`: no proposal; "… besvaras av …", the debate is closed), or
 * takes note of it (`antecknar`: "… anmäls").
 */
export type MeetingAct = 'beslutar' | 'besvarar' | 'antecknar';

/** Text in Swedish (what users read first) and English (the extension's second language). */
export interface Bilingual {
  sv: string;
  en: string;
}

/**
 * A group of the agenda (kallelse / föredragningslista) and of the protokoll's §§: the ärenden for
 * decision first (no heading), then each group under its heading, by `order`. Groups are in
 * `agenda-groups.ts`; a kind may bring its own.
 */
export interface AgendaGroup {
  /** Stable id (groups are told apart by it). */
  id: string;
  /** The heading the kallelse prints over the group; none for the ärenden for decision. */
  heading?: string;
  /** Place among the groups: lower first. */
  order: number;
}

/**
 * The checks and parts of a draft that apply to a kind. A meeting file, say, is a draft without
 * att-satser of its own; a kind turns off what does not apply to it rather than being special-cased.
 */
export interface KindFeatures {
  /** Must have a proposal section with at least one att-sats (rule att-sats-missing). */
  attSatser: boolean;
  /**
   * Must have text outside the proposal section and the required sections: background and reasons
   * (rule reasoning-missing), and what requires it; false when nothing does.
   */
  reasoning: Basis | false;
  /**
   * The senders are private persons: e-mail addresses and phone numbers in the text are personal data
   * that would be published (rule personal-data); their contact details belong in the frontmatter.
   */
  privateSenders: boolean;
  /** Goes on a nämnd's agenda and can be exported as a paper to the nämnd. */
  agendaItem: boolean;
}

/**
 * A kind's part in a nämnd's meeting: the meeting file, the kallelse, the protokoll and `arende frister`.
 */
export interface KindWorkflow {
  /**
   * `initiativ`: what the nämnd decides on; its att-satser are the initiator's, never the Förslag till
   * beslut. `förslag`: carries the administration's Förslag till beslut (a tjänsteskrivelse).
   * `möte`: the meeting file itself (`arende agenda` and `arende protokoll` read it).
   */
  role: 'initiativ' | 'förslag' | 'möte';
  /**
   * Raised in fullmäktige and to be decided within a year of being raised (5 kap. 35 § kommunallagen):
   * listed by `arende frister`; a nämnd may prepare it although it is addressed to fullmäktige.
   */
  frist: boolean;
  /**
   * Fullmäktige may hand the matter over to a nämnd to decide (`delegerat: true` in the meeting file): a
   * medborgarförslag (5 kap. 23 § andra stycket kommunallagen); never a motion.
   */
  delegable?: boolean;
  /** How the kallelse labels the initiator's own att-satser (role `initiativ`): "Förslagsställarens förslag". */
  initiatorLabel: string;
  /** The kind in definite form, opening the protokoll's short account of an ärende: "Medborgarförslaget". */
  definite: string;
}

export interface KindDefinition<N extends string = string> {
  /** The value of `typ` (public: users write it). */
  name: N;
  /**
   * The name without å/ä/ö: file names of its schema (`schemas/<ascii>.schema.json`), template
   * (`templates/<ascii>.md`) and a new draft, and what `arende new` accepts besides `name`.
   */
  ascii: string;
  /** Display name, as a heading or list entry shows it: "Politikerinitiativ". */
  label: Bilingual;
  /** One line: who writes it, to whom (the extension's "Nytt ärende" list, `arende new --help`). */
  description: Bilingual;
  /** Swedish noun phrase that starts a sentence about the kind: "Ett politikerinitiativ". */
  subject: string;
  /** The JSON Schema of its frontmatter (schemas/<ascii>.schema.json). */
  schema: object;
  /** Who may raise it (`who`: as the law names them), in Swedish prose, and the provision that gives them the right. */
  raisedBy: { who: readonly Raiser[]; sv: string; lagrum?: string };
  /**
   * To whom it is addressed (rule recipient-wrong-body): `sv` says it as prose ("kommunfullmäktige"),
   * `lagrum` is the provision that says so.
   */
  addressedTo: Addressee & { sv: string; lagrum?: string };
  /**
   * Its part at the meeting. `act`: what the meeting does with it. `in`: which meeting handles it, the
   * body `mottagare` names, or fullmäktige whoever it is addressed to (an interpellation to a chair).
   * `preparedByNämnd`: raised in fullmäktige but may stand on a nämnd's list that prepares it (or
   * decides it when fullmäktige has handed it over).
   */
  meeting: { act: MeetingAct; in: 'mottagaren' | 'fullmäktige'; preparedByNämnd: boolean };
  /**
   * The sender fields a form asks for, in order (`required` among them must be filled in; the schema
   * says the same and is what `arende check` enforces).
   */
  senderFields: { fields: readonly SenderField[]; required: readonly SenderField[] };
  /** The proposal heading to suggest when there is none. */
  proposalHeading: string;
  /** `##` sections the kind must have (rule section-missing); empty when there are none. */
  requiredSections: readonly RequiredSection[];
  /** Headings offered by completion after `## `, in order. */
  headings: readonly string[];
  features: KindFeatures;
  /**
   * How the kallelse lists it: its group (while it has no Förslag till beslut of the förvaltning or
   * the meeting file: once prepared, an initiative is an ärende for decision) and who it is from: the
   * förvaltning, or the senders.
   */
  agenda: { group: AgendaGroup; from: 'förvaltning' | 'avsändare' };
  /**
   * How the Word export labels it: `label` on the first page and as the document's subject;
   * `addressed` puts "Till <mottagare>" (a letter to the nämnd) instead of the mottagare alone;
   * `uppdrag` shows the nämnd's decision that the draft answers.
   */
  export: { label: string; addressed: boolean; uppdrag: boolean };
  workflow: KindWorkflow;
}

/** Identity function that gives kind files a checked shape and keeps `name` a literal type. */
export function defineKind<const N extends string>(kind: KindDefinition<N>): KindDefinition<N> {
  return kind;
}
