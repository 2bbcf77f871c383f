/**
 * Shape of the generated registry (`registry/registry.json`), written by `scripts/build-registry.ts`.
 * Kept as plain tuples so the file stays small and parses fast.
 */

/** One provision in the index: `[ref, rubrik?, from?, until?]`. `ref` is `"2:6"`, `"5:8 a"` or `"9"`
 * (no chapters). `rubrik` is the subheading printed above the provision. `from`/`until` (YYYY-MM-DD or "")
 * bound a version: a provision that enters into force later, or stops applying on a known date.
 * An amended provision has one tuple per wording, consecutive, with the same ref: `lag` is the wording's
 * amending act ("2025:1470"; "" = the law's original wording), `renumberedTo` the ref it moves to when it
 * stops applying ("8:11").
 * The texts live in `texts.json` (same order), loaded only when a text is asked for: the index alone
 * answers "does it exist, is it in force", and parses in a few milliseconds. */
export type ProvisionTuple =
  | [ref: string]
  | [ref: string, rubrik: string]
  | [ref: string, rubrik: string, from: string, until: string]
  | [ref: string, rubrik: string, from: string, until: string, lag: string]
  | [ref: string, rubrik: string, from: string, until: string, lag: string, renumberedTo: string];

/** A provision's stycken and numbered points: `[stycken]` when no stycke has numbered points, else
 * `[stycken, [points of each stycke]]` (the highest point number; "2 a" does not count). Recorded only where
 * the source keeps the structure (the selex/ laws) and it reads reliably: no entry = unknown = unchecked. */
export type StructureTuple = [stycken: number] | [stycken: number, punkter: number[]];

/** `texts.json`: per SFS number, the provisions' texts in index order; null = exists, text missing. */
export type RegistryTexts = Record<string, (string | null)[]>;

export interface RegistryLaw {
  sfs: string;
  /** Official title, e.g. "Socialtjänstlag (2025:400)". */
  title: string;
  /** Abbreviation used in the standard short form, e.g. "SoL"; null when the law has none. */
  kortnamn: string | null;
  /** Name in running text (definite form, lower case), e.g. "socialtjänstlagen". */
  namn: string;
  /** Every name the parser accepts for this law (abbreviations are case-sensitive, names are not). */
  abbreviations: string[];
  names: string[];
  hasChapters: boolean;
  /** Chapters that exist even where no provision of them is in the registry. */
  chapters: string[];
  /** Chapter titles where the source has them ("2" → "Kommunens ansvar"). */
  chapterTitles: Record<string, string>;
  ikraft: string;
  upphavd: string | null;
  /** The source data is known to be incomplete: a missing provision is "not in the registry". */
  incomplete: boolean;
  url: string;
  source: 'selex' | 'json';
  /** Laws this one replaced, from its own transitional provisions ("Genom lagen upphävs
   * kommunallagen (1991:900)"): they applied until the day before `ikraft`. */
  predecessors: { sfs: string; namn: string }[];
  /** The date the data states this law's text as of (YYYY-MM-DD): later amendments are not known. */
  lagtextPer: string;
  /** Refs of provisions that have been repealed within the law (their text says "Har upphävts genom …"). */
  repealed: string[];
  /** A law that makes a convention Swedish law: the articles it makes law (from its text, "Artiklarna 1-42")
   * and the year the convention has bound Sweden. */
  convention?: { articles: [number, number]; since: string };
  /** Refs whose text in the data ends mid-sentence (the rest is lost): shown, but marked incomplete. */
  truncated?: string[];
  provisions: ProvisionTuple[];
  /** Stycken and points per provision ref, where known (selex/ laws only; absent for the others). */
  structure?: Record<string, StructureTuple>;
  /** For a law read from the JSON alone: per provision ref, the numbered points its text shows (absent = none);
   * its stycken cannot be told apart. Absent for the selex/ laws (their `structure` says more). */
  points?: Record<string, number>;
}

/** Old SoL (2001:453) → new SoL (2025:400): `[oldRef, newRef, scope, part?]`. `scope` is `helt` only when
 * the whole old paragraph moved; `part` names the part that moved ("första stycket") when only a part did. */
export type CorrespondenceTuple =
  | [oldRef: string, newRef: string, scope: 'helt' | 'delvis']
  | [oldRef: string, newRef: string, scope: 'helt' | 'delvis', part: string];

/** What the repealed law still governs, from the new law's transitional provisions: e.g. 2025:400 punkt 5 a,
 * "Den upphävda lagen gäller fortfarande för a) återkrav av ekonomiskt bistånd som beviljats före
 * ikraftträdandet": `refs` are the old paragraphs whose text is about that (they say "återkräva"). */
export interface StillApplies {
  refs: string[];
  /** The transitional provision's words, e.g. "återkrav av ekonomiskt bistånd som beviljats före ikraftträdandet". */
  what: string;
  /** Where it is said: "punkt 5 a i övergångsbestämmelserna till socialtjänstlagen (2025:400)". */
  source: string;
}

export interface RegistryFile {
  version: 1;
  /** The statute data's date: the earliest of the laws' `lagtextPer`. */
  lagtextPer: string;
  /** One-word names of laws outside the registry → their SFS number, as the statute data writes them
   * ("brottsbalken" → "1962:700"): a citation of them is `okänd`, but with its number. */
  otherLaws: Record<string, string>;
  correspondence: { from: string; to: string; edges: CorrespondenceTuple[]; stillApplies: StillApplies[] };
  laws: RegistryLaw[];
}
