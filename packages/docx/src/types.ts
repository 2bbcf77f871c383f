import type { Root } from 'mdast';
import type { Draft, DraftKind, Metadata, Section } from '@arende/core';

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
}

/** Compile-time check that core's Draft can be handed to the exporter as it is. */
export type DraftIsExportable = Draft extends ExportableDraft ? true : never;

export interface ExportOptions {
  /**
   * Date for the document properties and the zip entries, `YYYY-MM-DD`. Defaults to the draft's
   * `datum` (so the same draft always gives the same bytes), or 2000-01-01 when it has none.
   */
  date?: string;
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
   * STANDARD_STANDING_ITEMS (anmälningar, delegationsbeslut, information: DOMAIN.md).
   */
  standingItems?: readonly string[] | undefined;
}

export interface AgendaOptions extends ExportOptions {
  /** Append each draft's full text, each on a new page, after the list of items. */
  withDocuments?: boolean;
}
