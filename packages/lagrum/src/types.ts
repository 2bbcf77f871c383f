/** A law as written in the text, before it is resolved against a date. */
export interface LawMention {
  start: number;
  end: number;
  /** The words as written, e.g. "SoL", "socialtjänstlagen (2001:453)", "samma lag". */
  text: string;
  /** SFS number written in the text, e.g. "2001:453", or null. */
  sfs: string | null;
  /** Name or abbreviation to look up when no SFS number is written (lower case unless an abbreviation). */
  name: string | null;
  /** "samma lag" / "nämnda lag": refers to the law mentioned before it. */
  same: boolean;
  /** The name is not one the registry knows ("skollagen"). */
  unknownName: boolean;
  /** Taken from the law named earlier in the same sentence ("regeringsformen … (jfr 2 kap. 6 §)"): the
   * reference itself names no law, so no fix writes one into it. */
  inherited?: boolean;
  /** For an unknown name close to one known law ("socialtjänstlagan", "LLS"): that name ("socialtjänstlagen", "LSS"). */
  suggestion?: string;
}

/** One citation found in a text. A list ("6 och 7 §§") gives one Citation per paragraph. */
export interface Citation {
  /** This citation's own range [start, end) in the text. Ranges of citations never overlap; a paragraph
   * interpolated from a range ("5" in "4–6 §§") has an empty range at the start of the range's end number. */
  start: number;
  end: number;
  /** The range of the whole written reference this citation came from (shared by a list's citations). */
  groupStart: number;
  groupEnd: number;
  /** The written reference, i.e. the text of [groupStart, groupEnd). */
  text: string;
  /** The law it refers to ("samma lag" already replaced by the law it refers to), or null when none is named. */
  law: LawMention | null;
  kapitel: string | null;
  paragraf: string | null;
  stycke: number | null;
  punkt: number | null;
  /** How it was written: `standard` (2 kap. 6 §), `short` (2:6), `chapter` (2 kap.), `law` (the law only). */
  form: 'standard' | 'short' | 'chapter' | 'law';
  /** The convention's article, for a law that makes a convention Swedish law and is cited by article
   * ("artikel 3 i barnkonventionen": lag 2018:1197). Not part of the CLI JSON. */
  artikel?: number;
  /**
   * Words of the reference that the fields above do not hold ("sista stycket", "första meningen"): a
   * fix that rewrites the reference from the fields would lose them.
   */
  unrepresented?: string;
}

export type CitationStatus = 'gällande' | 'upphävd' | 'ej-ikraft' | 'saknas' | 'okänd';

/** The CLI's JSON object for one citation (exactly these fields, in this order; the last three only where
 * they apply: `artikel` for a convention's article, `alternativ` for `saknas`, `efter_lagtext` when the
 * date is after the statute data's). */
export interface CitationJson {
  text: string;
  sfs: string | null;
  lag: string | null;
  kapitel: string | null;
  paragraf: string | null;
  stycke: number | null;
  punkt: number | null;
  status: CitationStatus;
  lydelse: string | null;
  url: string | null;
  motsvarar: string[];
  artikel?: number;
  alternativ?: string[];
  efter_lagtext?: true;
}

/** A stycke or punkt that the cited provision does not have. */
export interface StructureProblem {
  /** `stycke`: the cited stycke is beyond the last one; `punkt`: the cited point is beyond the last point
   * of the stycke it is read in; `okänd`: the source data cannot show the stycken (or points), so the cited
   * one is not checked, and the message says so instead of accepting it silently. */
  kind: 'stycke' | 'punkt' | 'okänd';
  /** The number of stycken (kind `stycke`), or the highest point of that stycke (kind `punkt`; 0 = none). */
  max: number;
  /** Kind `punkt`: the stycke whose points were counted (1-based): the cited one, or for a punkt cited
   * without stycke ("9 § 4 LSS") the first stycke that has points; null when no stycke has any. */
  stycke: number | null;
  /** Swedish, e.g. "4 kap. 20 § kommunallagen (2017:725) har bara ett stycke; 'andra stycket' finns inte. Kontrollera hänvisningen." */
  message: string;
  /** The same in English (law names and provision labels stay as Swedish writes them). */
  messageEn: string;
}

/** A citation resolved on a date: the CLI fields plus what rules and editors need. */
export interface ResolvedCitation extends CitationJson {
  /** Short standard form, e.g. "2 kap. 6 § SoL" (laws without an abbreviation: "… lagen (2017:612) om …"). */
  standardForm: string;
  /** Språkrådet's first-mention form, e.g. "2 kap. 6 § socialtjänstlagen (2001:453)". */
  fullForm: string;
  /** For a repealed provision: whether the new provisions take it over wholly or partly. */
  motsvararScope: 'helt' | 'delvis' | null;
  /** The registry's data for this law is incomplete: "saknas" means "finns inte i registret". */
  incompleteData: boolean;
  /** Law title, e.g. "Socialtjänstlag (2025:400)", or null. */
  lagTitel: string | null;
  /** Subheading above the provision, if any. */
  rubrik: string | null;
  /** When a name without SFS number ("SoL") resolved to a law that lacks the provision but another law
   * of that name has it (the repealed SoL 2001:453): that law's reading, so a rule can suggest the fix. */
  alternative: {
    sfs: string;
    fullForm: string;
    status: CitationStatus;
    motsvarar: string[];
    motsvararScope: 'helt' | 'delvis' | null;
    /** `motsvarar` in full form with the new law's year ("7 kap. 3 § socialtjänstlagen (2025:400)"): the
     * author used the bare name for the old law, so a fix must not write just "SoL". */
    motsvararFull: string[];
    stillApplies: string | null;
    stillAppliesEn: string | null;
  } | null;
  /** The cited stycke or punkt is beyond what the provision has, where the registry knows its structure
   * (the selex/ laws; see README "Stycken and points"). Null when it is within bounds or unknown. The
   * status is unaffected: the paragraph itself exists. */
  structureProblem: StructureProblem | null;
  /** A repealed old SoL paragraph that the old law still governs for some matters (the new law's
   * transitional provisions, e.g. återkrav of aid granted before 2025-07-01): the Swedish sentence saying
   * so. A rule must not tell the user to switch then. Null otherwise. */
  stillApplies: string | null;
  /** `stillApplies` in English. */
  stillAppliesEn: string | null;
  /** The date is after the statute data's date for this law (`Law.lagtextPer`): later changes are not known. */
  efterLagtext: boolean;
  /** The data's date for this law, or null (no law). */
  lagtextPer: string | null;
  /** For a `saknas` citation: the nearest provisions that exist, and the old law's provision when the number
   * existed there (full forms). Empty otherwise. */
  alternativ: string[];
  /** For a law known only as repealed (kommunallagen (1991:900) …): its successor, "kommunallagen (2017:725)". */
  ersattAv: string | null;
  /** When the text in `lydelse` may not be the wording in force on the date (the data has only a later
   * one): a Swedish sentence saying so. Read with the text (not part of the JSON). */
  lydelseNote: string | null;
  /** `lydelseNote` in English (read with the text, like it). */
  lydelseNoteEn: string | null;
  /** A Swedish sentence explaining the status (and the structure problem, if any). */
  message: string;
  /**
   * `message` in English, for an editor set to English: built beside the Swedish from the same values (law
   * names, provision labels and the parts of provisions the comparison table names stay Swedish).
   */
  messageEn: string;
  start: number;
  end: number;
  groupStart: number;
  groupEnd: number;
  citation: Citation;
}
