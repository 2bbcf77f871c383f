import type { StructureTuple } from './structure.js';

/** A provision while the registry is being built (mutable; becomes a ProvisionTuple at the end). */
export interface ProvisionDraft {
  kapitel: string | null;
  paragraf: string;
  text: string | null;
  rubrik: string;
  from: string;
  until: string;
  /** Stycken and numbered points, where the source shows them (selex/ only); see structure.ts. */
  structure?: StructureTuple | null;
  /** A dated wording's amending act ("2025:1470"; "" = the original wording). Recorded for dated wordings only. */
  lag?: string;
  /** The wording is renumbered when it stops applying ("8:11"). */
  renumberedTo?: string;
}
