/**
 * What the form asks for, per kind of draft. The keys and headings are the draft format's
 * (docs/FORMAT.md); the labels and hints are the page's own plain Swedish.
 */
import type { DraftKind } from '@arende/core';

/** A sender field: its frontmatter key in a person, and whether this kind asks for it. */
export type SenderKey = 'namn' | 'parti' | 'roll' | 'adress' | 'e-post' | 'telefon';

/** A top-level frontmatter field the form asks for (besides rubrik, datum and mottagare, asked for every kind). */
export type MetaKey = 'kommun' | 'diarienummer' | 'förvaltning' | 'uppdrag.beslut' | 'uppdrag.datum';

/** A body section the form writes under its own `##` heading. */
export interface SectionField {
  id: string;
  heading: string;
  label: string;
  hint: string;
}

export interface KindForm {
  kind: DraftKind;
  /** What the page calls it ("ett medborgarförslag"). */
  name: string;
  /** One or two plain sentences on what this kind is. */
  about: string;
  sender: SenderKey[];
  /** Sender fields the draft format requires for this kind (namn always). */
  senderRequired: SenderKey[];
  meta: MetaKey[];
  /** Top-level keys the format requires for this kind; written even when empty so the check points at them. */
  metaRequired: MetaKey[];
  sections: SectionField[];
  /** Where the proposal goes: before or after the sections. */
  proposalFirst: boolean;
  proposalHeading: string;
  /** Whether the format requires `lagrum` for this kind. */
  lagrumRequired: boolean;
  defaultMottagare: string;
}

const WHY: SectionField = {
  id: 'bakgrund',
  heading: 'Bakgrund',
  label: 'Varför',
  hint: 'Berätta vad du vill ändra och varför. Vad har du sett? Vem blir hjälpt? Skriv inte om andra personers hälsa eller andra privata saker.',
};

export const KIND_FORMS: Record<DraftKind, KindForm> = {
  medborgarförslag: {
    kind: 'medborgarförslag',
    name: 'Medborgarförslag',
    about: 'Ett förslag från dig som bor i kommunen. Du föreslår något som kommunen ska göra.',
    sender: ['namn', 'adress', 'e-post', 'telefon'],
    senderRequired: ['namn'],
    meta: ['kommun'],
    metaRequired: ['kommun'],
    sections: [WHY],
    proposalFirst: false,
    proposalHeading: 'Jag föreslår att',
    lagrumRequired: false,
    defaultMottagare: 'Kommunfullmäktige',
  },
  politikerinitiativ: {
    kind: 'politikerinitiativ',
    name: 'Politikerinitiativ',
    about: 'Ett förslag från en politiker i en nämnd.',
    sender: ['namn', 'parti', 'roll'],
    senderRequired: ['namn', 'parti'],
    meta: ['kommun'],
    metaRequired: [],
    sections: [{ ...WHY, hint: 'Beskriv problemet, vem det gäller och varför nämnden ska besluta nu.' }],
    proposalFirst: false,
    proposalHeading: 'Förslag till beslut',
    lagrumRequired: true,
    defaultMottagare: '',
  },
  nämnduppdrag: {
    kind: 'nämnduppdrag',
    name: 'Redovisning av nämnduppdrag',
    about: 'En tjänsteskrivelse där förvaltningen redovisar ett uppdrag som nämnden har gett.',
    sender: ['namn', 'roll'],
    senderRequired: ['namn'],
    meta: ['kommun', 'diarienummer', 'förvaltning', 'uppdrag.beslut', 'uppdrag.datum'],
    metaRequired: ['diarienummer', 'uppdrag.beslut', 'uppdrag.datum'],
    sections: [
      { id: 'sammanfattning', heading: 'Sammanfattning', label: 'Sammanfattning', hint: 'Några meningar om vad redovisningen visar.' },
      { id: 'arendet', heading: 'Beskrivning av ärendet', label: 'Beskrivning av ärendet', hint: 'Vad uppdraget var, vad som har gjorts och vad det visar.' },
      { id: 'ekonomi', heading: 'Ekonomiska konsekvenser', label: 'Ekonomiska konsekvenser', hint: 'Vad förslaget kostar eller sparar.' },
      { id: 'barn', heading: 'Barnets bästa', label: 'Barnets bästa', hint: 'Hur förslaget påverkar barn.' },
    ],
    proposalFirst: true,
    proposalHeading: 'Förslag till beslut',
    lagrumRequired: true,
    defaultMottagare: '',
  },
};

export const KINDS: DraftKind[] = ['medborgarförslag', 'politikerinitiativ', 'nämnduppdrag'];

export const SENDER_LABELS: Record<SenderKey, { label: string; hint?: string; type?: string; autocomplete?: string }> = {
  namn: { label: 'Ditt namn', hint: 'Ditt namn blir offentligt när förslaget har lämnats in.', autocomplete: 'name' },
  adress: { label: 'Adress', hint: 'Så att kommunen kan skicka svar till dig.', autocomplete: 'street-address' },
  'e-post': { label: 'E-post', type: 'email', autocomplete: 'email' },
  telefon: { label: 'Telefon', type: 'tel', autocomplete: 'tel' },
  parti: { label: 'Parti', autocomplete: 'organization' },
  roll: { label: 'Roll', hint: 'Till exempel ledamot, ersättare eller handläggare.', autocomplete: 'organization-title' },
};

export const META_LABELS: Record<MetaKey, { label: string; hint?: string; date?: boolean }> = {
  kommun: { label: 'Kommun', hint: 'Kommunen som förslaget gäller, till exempel Nacka kommun.' },
  diarienummer: { label: 'Diarienummer', hint: 'Ärendets nummer hos nämnden, till exempel SN 2026/123.' },
  förvaltning: { label: 'Förvaltning', hint: 'Förvaltningen som skriver, till exempel Socialförvaltningen.' },
  'uppdrag.beslut': { label: 'Beslutet om uppdraget', hint: 'Vilket beslut gav uppdraget? Till exempel SN 2026-02-12 § 14.' },
  'uppdrag.datum': { label: 'Datum för beslutet om uppdraget', hint: 'Skriv år-månad-dag, till exempel 2026-02-12.', date: true },
};
