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
}
