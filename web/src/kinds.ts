/**
 * What the form asks for, per kind of draft, derived from core's table of kinds (KINDS): the sender
 * fields, the required sections, the proposal heading and the features come from there, the required
 * keys from the kind's JSON Schema. A kind added to the table gets a form here without a change; what
 * this file adds is only the page's plain Swedish (labels and hints), with a fallback for the unknown.
 */
import { isProposalHeading, KINDS as CORE_KINDS, type DraftKind, type KindDefinition, type SenderField } from '@arende/core';

export type SenderKey = SenderField;

/** A top-level frontmatter field the form can ask for (besides rubrik, datum and mottagare, asked for every kind). */
export type MetaKey = 'kommun' | 'diarienummer' | 'förvaltning' | 'uppdrag.beslut' | 'uppdrag.datum';

/** A body section the form writes under its own `##` heading. */
export interface SectionField {
  id: string;
  heading: string;
  label: string;
  hint: string;
  /** Headings that count as this section, lower case (a saved draft may use any of them). */
  accepted: string[];
}

export interface KindForm {
  kind: DraftKind;
  /** What the page calls it ("Medborgarförslag"). */
  name: string;
  /** One plain sentence on what it is. */
  about: string;
  sender: SenderKey[];
  /** Sender fields the kind requires (namn always). */
  senderRequired: SenderKey[];
  meta: MetaKey[];
  /** Keys the kind's schema requires: written even when empty, so the check points at them. */
  metaRequired: MetaKey[];
  sections: SectionField[];
  /** Whether the kind has att-satser (a proposal section) at all. */
  attSatser: boolean;
  /** Where the proposal goes: before or after the sections (as in the kind's required sections). */
  proposalFirst: boolean;
  proposalHeading: string;
  lagrumRequired: boolean;
  defaultMottagare: string;
  /** Addressed to the chair of a nämnd by name (an interpellation, a fråga), not to a nämnd: the field asks for a person. */
  toChair: boolean;
  /** The senders are private persons (a citizen): the page speaks to "you". */
  citizen: boolean;
}

/** Plain hints for the sections the page knows; any other section gets a generic one. */
const SECTION_HINTS: Record<string, { label?: string; hint: string }> = {
  bakgrund: {
    label: 'Varför',
    hint: 'Berätta vad du vill ändra och varför. Vad har du sett? Vem blir hjälpt? Skriv inte om andra personers hälsa eller andra privata saker.',
  },
  sammanfattning: { hint: 'Några meningar om vad redovisningen visar.' },
  'beskrivning av ärendet': { hint: 'Vad uppdraget var, vad som har gjorts och vad det visar.' },
  'ekonomiska konsekvenser': { hint: 'Vad förslaget kostar eller sparar.' },
  'barnets bästa': { hint: 'Hur förslaget påverkar barn.' },
};

function sectionField(heading: string, citizen: boolean, accepted: readonly string[] = [heading]): SectionField {
  const key = heading.toLowerCase();
  const known = SECTION_HINTS[key];
  const hint = key === 'bakgrund' && !citizen ? 'Beskriv problemet, vem det gäller och varför nämnden ska besluta nu.' : known?.hint;
  return {
    id: key
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-'),
    heading,
    label: (citizen && known?.label) || heading,
    hint: hint ?? `Texten under rubriken ${heading}.`,
    accepted: accepted.map((a) => a.toLowerCase()),
  };
}

function formFor(k: KindDefinition<DraftKind>): KindForm {
  const required = new Set<string>((k.schema as { required?: string[] }).required ?? []);
  const citizen = k.features.privateSenders;
  const meta: MetaKey[] = ['kommun'];
  if (required.has('diarienummer')) meta.push('diarienummer');
  if (k.agenda.from === 'förvaltning') meta.push('förvaltning');
  if (required.has('uppdrag')) meta.push('uppdrag.beslut', 'uppdrag.datum');
  const metaRequired = meta.filter((m) => required.has(m.split('.')[0]!));
  const proposalAt = k.requiredSections.findIndex((s) => s.accepted.some((h) => isProposalHeading(h)));
  const sections = k.requiredSections.filter((_, i) => i !== proposalAt).map((s) => sectionField(s.name, citizen, s.accepted));
  // A kind that needs reasons gets one field for them, under "Bakgrund", before its required sections
  // (an interpellation: the background, then Frågor).
  if (k.features.reasoning) sections.unshift(sectionField('Bakgrund', citizen));
  return {
    kind: k.name,
    name: k.label.sv,
    about: `${k.description.sv}.`,
    sender: [...k.senderFields.fields],
    senderRequired: [...new Set<SenderKey>(['namn', ...k.senderFields.required])],
    meta,
    metaRequired,
    sections,
    attSatser: k.features.attSatser,
    proposalFirst: proposalAt === 0,
    proposalHeading: k.proposalHeading,
    lagrumRequired: required.has('lagrum'),
    // A kind raised in fullmäktige (a medborgarförslag, 8 kap. 1 § kommunallagen; a motion) is addressed to it.
    toChair: 'person' in k.addressedTo,
    defaultMottagare: 'body' in k.addressedTo && k.addressedTo.body === 'fullmäktige' ? 'Kommunfullmäktige' : '',
    citizen,
  };
}

export const KIND_FORMS = Object.fromEntries(CORE_KINDS.map((k) => [k.name, formFor(k)])) as Record<DraftKind, KindForm>;

/**
 * The kinds in the order the page offers them: a citizen's kinds first (the page is for them), then the table's order.
 * Not the meeting file: it is the secretary's list of ärenden and handlingar, not a paper written in a form.
 */
const OFFERED = CORE_KINDS.filter((k) => k.workflow.role !== 'möte');
export const KINDS: DraftKind[] = [...OFFERED.filter((k) => k.features.privateSenders), ...OFFERED.filter((k) => !k.features.privateSenders)].map(
  (k) => k.name,
);

/** The kind a first visit starts with. */
export const DEFAULT_KIND: DraftKind = KINDS[0]!;

export const SENDER_LABELS: Record<SenderKey, { label: string; hint?: string; type?: string; autocomplete?: string }> = {
  namn: { label: 'Ditt namn', hint: 'Ditt namn blir offentligt när förslaget har lämnats in.', autocomplete: 'name' },
  adress: { label: 'Adress', hint: 'Så att kommunen kan skicka svar till dig.', autocomplete: 'street-address' },
  'e-post': { label: 'E-post', type: 'email', autocomplete: 'email' },
  telefon: { label: 'Telefon', type: 'tel', autocomplete: 'tel' },
  parti: { label: 'Parti', autocomplete: 'organization' },
  roll: { label: 'Roll', hint: 'Till exempel ledamot, ersättare eller handläggare.', autocomplete: 'organization-title' },
};

export const META_LABELS: Record<MetaKey, { label: string; hint?: string; date?: boolean }> = {
  kommun: { label: 'Kommun', hint: 'Kommunen som förslaget gäller, till exempel Nacka kommun. Börja skriva, så visas kommunernas namn.' },
  diarienummer: { label: 'Diarienummer', hint: 'Ärendets nummer hos nämnden, till exempel SN 2026/123.' },
  förvaltning: { label: 'Förvaltning', hint: 'Förvaltningen som skriver, till exempel Socialförvaltningen.' },
  'uppdrag.beslut': { label: 'Beslutet om uppdraget', hint: 'Vilket beslut gav uppdraget? Till exempel SN 2026-02-12 § 14.' },
  'uppdrag.datum': { label: 'Datum för beslutet om uppdraget', hint: 'Skriv år-månad-dag, till exempel 2026-02-12.', date: true },
};
