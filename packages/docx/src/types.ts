import type { Root } from 'mdast';
import type { Draft, DraftKind, Metadata, Section } from '@arende/core';
import type { EmbeddedImage } from './images.js';
import type { WordTemplate } from './template.js';

/**
 * What the exporter reads from a draft: the frontmatter values and the body tree. `Draft` from
 * `@arende/core` (parseDraft) satisfies it; tests may build one by hand from a remark tree.
 */
export interface ExportableDraft {
  metadata: Metadata;
  tree: Root;
  kind?: DraftKind | undefined;
  /** The proposal section as core found it; when absent the exporter finds it by heading. */
  proposal?: Pick<Section, 'headingNode'> | undefined;
  /** The att-satser as core read them; when absent the exporter reads the proposal section's list. */
  attSatser?: readonly { text: string }[] | undefined;
  path?: string | undefined;
  /**
   * This draft's images (`loadImages` in `@arende/docx/node`), for a document of several drafts (the
   * kallelse with its handlingar); `ExportOptions.images` is used when a draft has none.
   */
  images?: ReadonlyMap<string, EmbeddedImage> | undefined;
}

/** Compile-time check that core's Draft can be handed to the exporter as it is. */
export type DraftIsExportable = Draft extends ExportableDraft ? true : never;

export interface ExportOptions {
  /**
   * Date for the document properties and the zip entries, `YYYY-MM-DD`. Defaults to the draft's
   * `datum` (so the same draft always gives the same bytes), or 2000-01-01 when it has none.
   */
  date?: string;
  /**
   * The draft's local images, by the address as the draft writes it (`bilder/karta.png`), read by
   * the caller (`loadImages` in `@arende/docx/node`). An image not given is written as its alt text.
   */
  images?: ReadonlyMap<string, EmbeddedImage> | undefined;
  /**
   * The sender's own version: the senders' adress, e-post and telefon under their names, and a
   * line on page 1 saying the version is for sending in, not for publication. Default: without
   * (the published version never carries contact details).
   */
  withContactDetails?: boolean | undefined;
  /**
   * A medborgarförslag ends with a short note on what happens next (where to send it, who decides and
   * when, how to follow it). Default on; `false` (`"nästa_steg": false` in arende.config.json) leaves it out.
   */
  nextSteps?: boolean | undefined;
  /**
   * The kommun's Word template (`parseTemplate`, or `readTemplate` in `@arende/docx/node`): its
   * styles, page set-up, headers and footers. Without one, the built-in look.
   */
  template?: WordTemplate | undefined;
  /**
   * Numbered lines (`arende export --radnummer`): every line counted in the margin through the whole
   * document (w:lnNumType, restart continuous), for a long motion discussed line by line. The att-satser
   * keep their list numbers, so "att-sats 2" and "rad 14" both point at the same text.
   */
  lineNumbers?: boolean | undefined;
}

/** The meeting an agenda (kallelse / föredragningslista) is for. */
export interface Meeting {
  /** The nämnd, e.g. "Socialnämnden". */
  namnd: string;
  /** `YYYY-MM-DD`. */
  datum: string;
  tid?: string | undefined;
  plats?: string | undefined;
  ordforande?: string | undefined;
  sekreterare?: string | undefined;
  /** The kommun, shown above the nämnd (taken from the drafts when not given). */
  kommun?: string | undefined;
  /**
   * Standing items after "Godkännande av dagordningen" and before the ärenden, in order, e.g.
   * STANDARD_STANDING_ITEMS (anmälningar, delegationsbeslut, information: docs/DOMAIN.md).
   */
  standingItems?: readonly (string | { rubrik: string; text?: string | undefined })[] | undefined;
  /** Whether the kallelse and protokoll open with val av justerare and godkännande av dagordningen (default true). */
  formalia?: boolean | undefined;
  /** To whom förhinder is reported (default: the sekreterare). */
  förhinder?: string | undefined;
  /** Protokoll: the justerare, and when and where the justering is. */
  justerare?: readonly string[] | undefined;
  justering?: { datum?: string | undefined; plats?: string | undefined } | undefined;
  /** Protokoll: the number of the first §. */
  paragraferFrån?: number | undefined;
  närvarande?: { beslutande: readonly string[]; ersättare: readonly string[]; övriga: readonly string[] } | undefined;
  /** Protokoll: the anslagsbevis (the day the justering is put on the anslagstavla, where the protokoll is kept). */
  anslag?: { datum?: string | undefined; förvaringsplats?: string | undefined } | undefined;
}

export interface AgendaOptions extends ExportOptions {
  /** Append each draft's full text, each on a new page, after the list of items. */
  withDocuments?: boolean;
}
