/** A provision while the registry is being built (mutable; becomes a ProvisionTuple at the end). */
export interface ProvisionDraft {
  kapitel: string | null;
  paragraf: string;
  text: string | null;
  rubrik: string;
  from: string;
  until: string;
}
