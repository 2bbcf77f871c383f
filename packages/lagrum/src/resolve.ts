/**
 * Resolves citations on a date. "SoL"/"socialtjänstlagen" without an SFS number means the law in force
 * on the date (2001:453 before 2025-07-01, 2025:400 from then). Status, in order of precedence:
 * - `okänd`: no law named, or a law the registry does not hold (sfs is the written number, or null);
 * - `saknas`: the law is known but the chapter or paragraph is not in the registry (for an incomplete
 *   law, `incompleteData` is true: say "finns inte i registret", not "finns inte");
 * - `ej-ikraft`: the law (or this version of the provision) is not yet in force on the date;
 * - `upphävd`: the law, or the provision, is repealed on the date; `motsvarar` lists where it went;
 * - `gällande`: found and in force.
 */
import { findCitations } from './parse.js';
import { sfsForName } from './law-mentions.js';
import { lawBySfs, lookupProvision, correspondingProvisions, correspondenceLaws, oldLawStillApplies, type Law, type Provision } from './registry.js';
import { todayInSweden } from './dates.js';
import type { Citation, CitationJson, ResolvedCitation, CitationStatus, StructureProblem } from './types.js';

/** The language of a message: Swedish (the default), or English for an editor set to it. */
export type Language = 'sv' | 'en';

const ORDINALS = ['första', 'andra', 'tredje', 'fjärde', 'femte', 'sjätte', 'sjunde', 'åttonde', 'nionde', 'tionde'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The law a name or abbreviation means on a date: the one in force then; else the latest before it. */
export function findLaw(nameOrAbbr: string, datum?: string): Law | null {
  const sfsInText = /\((\d{4}:\d{1,4})\)/.exec(nameOrAbbr)?.[1] ?? (/^\d{4}:\d{1,4}$/.test(nameOrAbbr) ? nameOrAbbr : null);
  if (sfsInText) return lawBySfs(sfsInText);
  const candidates = sfsForName(nameOrAbbr.trim())
    .map((s) => lawBySfs(s)!)
    .filter(Boolean);
  return chooseByDate(candidates, datum ?? today());
}

function chooseByDate(laws: Law[], datum: string): Law | null {
  if (laws.length <= 1) return laws[0] ?? null;
  const inForce = laws.find((l) => l.ikraft <= datum && (!l.upphavd || datum < l.upphavd));
  if (inForce) return inForce;
  const started = laws.filter((l) => l.ikraft <= datum).sort((a, b) => b.ikraft.localeCompare(a.ikraft));
  return started[0] ?? [...laws].sort((a, b) => a.ikraft.localeCompare(b.ikraft))[0] ?? null;
}

/** Today in Sweden (the date a citation without one is read on). */
export function today(): string {
  return todayInSweden();
}

function assertDate(datum: string): void {
  if (!DATE.test(datum)) throw new RangeError(`Ogiltigt datum "${datum}": ange ÅÅÅÅ-MM-DD.`);
}

/** "andra stycket", "12:e stycket". */
function styckeLabel(n: number): string {
  return `${ORDINALS[n - 1] ?? `${n}:e`} stycket`;
}

/** "2 kap. 6 §", "9 §", "2 kap." (chapter only), "" (whole law), with stycke and punkt. */
export function provisionLabel(kapitel: string | null, paragraf: string | null, stycke: number | null = null, punkt: number | null = null): string {
  const parts: string[] = [];
  if (kapitel !== null) parts.push(`${kapitel} kap.`);
  if (paragraf !== null) parts.push(`${paragraf} §`);
  if (stycke !== null) parts.push(styckeLabel(stycke));
  if (punkt !== null) parts.push(stycke === null ? `punkt ${punkt}` : String(punkt));
  return parts.join(' ');
}

/** Short standard form: "2 kap. 6 § SoL"; for a law without abbreviation its name with SFS number. */
export function standardForm(law: Law, kapitel: string | null, paragraf: string | null, stycke: number | null = null, punkt: number | null = null): string {
  const p = provisionLabel(kapitel, paragraf, stycke, punkt);
  const name = law.kortnamn ?? nameWithSfs(law);
  return p ? `${p} ${name}` : nameWithSfs(law);
}

/** Språkrådet's first-mention form: "2 kap. 6 § socialtjänstlagen (2001:453)". */
export function fullForm(law: Law, kapitel: string | null, paragraf: string | null, stycke: number | null = null, punkt: number | null = null): string {
  const p = provisionLabel(kapitel, paragraf, stycke, punkt);
  return p ? `${p} ${nameWithSfs(law)}` : nameWithSfs(law);
}

function nameWithSfs(law: Law): string {
  return law.namn.includes(`(${law.sfs})`) ? law.namn : `${law.namn} (${law.sfs})`;
}

/** Resolves one citation on a date (YYYY-MM-DD). */
export function resolveCitation(citation: Citation, datum: string = today()): ResolvedCitation {
  assertDate(datum);
  const c = citation;
  const base = {
    text: c.text,
    kapitel: c.kapitel,
    paragraf: c.paragraf,
    stycke: c.stycke,
    punkt: c.punkt,
    start: c.start,
    end: c.end,
    groupStart: c.groupStart,
    groupEnd: c.groupEnd,
    citation: c,
  };
  const mention = c.law;
  const law = mention === null ? null : mention.sfs ? lawBySfs(mention.sfs) : findLaw(mention.name ?? '', datum);
  if (!law) {
    const written = mention ? mention.text : null;
    return assemble(base, {
      sfs: mention?.sfs ?? null,
      lag: written,
      status: 'okänd',
      lydelse: null,
      url: null,
      motsvarar: [],
      standardForm: c.text,
      fullForm: c.text,
      motsvararScope: null,
      incompleteData: false,
      lagTitel: null,
      rubrik: null,
      alternative: null,
      structureProblem: null,
      stillApplies: null,
      stillAppliesEn: null,
      message: mention ? `Lagen "${written}" finns inte i registret.` : 'Ingen lag anges; hänvisningen kan inte kontrolleras.',
      messageEn: mention ? `The law "${written}" is not in the register.` : 'No law is named; the reference cannot be checked.',
    });
  }

  // A law without chapters cited with one, or the reverse, does not name an existing provision.
  const kapitel = c.kapitel;
  let status: CitationStatus = 'gällande';
  let provision: Provision | null = null;
  let rubrik: string | null = null;
  let message = '';
  // The English beside the Swedish, from the same values (an editor set to English shows it).
  let messageEn = '';
  let versionFrom: string | null = null;
  let versionUntil: string | null = null;
  let repealedProvision = false;
  const label = provisionLabel(kapitel, c.paragraf);
  const where = label || law.title;
  const inLaw = label ? `${label} i ${law.title}` : law.title;
  const inLawEn = label ? `${label} of ${law.title}` : law.title;
  if (c.paragraf !== null) {
    const p = law.hasChapters === (kapitel !== null) ? lookupProvision(law.sfs, kapitel, c.paragraf, datum) : null;
    if (!p) {
      status = 'saknas';
      message =
        law.hasChapters && kapitel === null
          ? `${law.title} har kapitel; ange kapitel för ${c.paragraf} §.`
          : !law.hasChapters && kapitel !== null
            ? `${law.title} har inga kapitel; ${where} finns inte.`
            : law.incomplete
              ? `${where} finns inte i registret för ${law.title} (registret är ofullständigt för denna lag).`
              : `${where} finns inte i ${law.title}.`;
      messageEn =
        law.hasChapters && kapitel === null
          ? `${law.title} has chapters; give the chapter (kap.) of ${c.paragraf} §.`
          : !law.hasChapters && kapitel !== null
            ? `${law.title} has no chapters; ${where} does not exist.`
            : law.incomplete
              ? `${where} is not in the register for ${law.title} (the register is incomplete for this law).`
              : `${where} does not exist in ${law.title}.`;
    } else {
      provision = p;
      rubrik = p.rubrik;
      versionFrom = p.from;
      versionUntil = p.until;
      repealedProvision = p.repealed;
    }
  } else if (kapitel !== null) {
    if (!law.hasChapters || !law.chapters.includes(kapitel)) {
      status = 'saknas';
      message = law.hasChapters ? `${kapitel} kap. finns inte i ${law.title}.` : `${law.title} har inga kapitel; ${kapitel} kap. finns inte.`;
      messageEn = law.hasChapters ? `${kapitel} kap. does not exist in ${law.title}.` : `${law.title} has no chapters; ${kapitel} kap. does not exist.`;
    }
  }

  let stillApplies: string | null = null;
  let stillAppliesEn: string | null = null;
  // A convention cited by article ("artikel 3 i barnkonventionen"): the article must be one the law makes law.
  if (c.artikel !== undefined && law.convention) {
    const [first, last] = law.convention.articles;
    if (c.artikel < first || c.artikel > last) {
      status = 'saknas';
      message = `${law.title} gör artiklarna ${first}–${last} i konventionen till svensk lag; artikel ${c.artikel} finns inte bland dem.`;
      messageEn = `${law.title} makes articles ${first}–${last} of the convention Swedish law; article ${c.artikel} is not among them.`;
    }
  }

  let motsvarar: string[] = [];
  let motsvararScope: 'helt' | 'delvis' | null = null;
  if (status !== 'saknas') {
    if (datum < law.ikraft || (versionFrom !== null && datum < versionFrom)) {
      status = 'ej-ikraft';
      const from = datum < law.ikraft ? law.ikraft : versionFrom!;
      message = `${inLaw} träder i kraft ${from}; den gäller inte ${datum}.`;
      messageEn = `${inLawEn} enters into force on ${from}; it does not apply on ${datum}.`;
      if (datum < law.ikraft && law.predecessors.length) {
        // Say which law applied then: the one the law's own transitional provisions repealed.
        const before = law.predecessors.map((x) => `${x.namn} (${x.sfs})`).join(' och ');
        message += ` Då gällde ${before}, till och med ${dayBefore(law.ikraft)}; kontrollera hänvisningen mot den lagen.`;
        messageEn += ` At that time ${before} applied, up to and including ${dayBefore(law.ikraft)}; check the reference against that law.`;
      }
    } else if ((law.upphavd && datum >= law.upphavd) || (versionUntil !== null && datum >= versionUntil) || repealedProvision) {
      status = 'upphävd';
      const when = law.upphavd && datum >= law.upphavd ? law.upphavd : versionUntil;
      if (law.sfs === correspondenceLaws.from) {
        const target = lawBySfs(correspondenceLaws.to)!;
        if (c.paragraf !== null) {
          const edges = correspondingProvisions(`${kapitel}:${c.paragraf}`);
          motsvarar = edges.map((e) => {
            const [k, p] = e.ref.split(':');
            return standardForm(target, k!, p!);
          });
          motsvararScope = edges.length === 0 ? null : edges.some((e) => e.scope === 'delvis') ? 'delvis' : 'helt';
        } else if (kapitel === null) {
          motsvarar = [nameWithSfs(target)];
          motsvararScope = 'helt';
        }
      }
      message = when ? `${inLaw} är upphävd sedan ${when}.` : `${inLaw} är upphävd.`;
      messageEn = when ? `${inLawEn} has been repealed since ${when}.` : `${inLawEn} is repealed.`;
      if (motsvarar.length) {
        // Name the part of the old paragraph each new one took over ("andra stycket → 19 kap. 2 § SoL").
        const edges = c.paragraf !== null ? correspondingProvisions(`${kapitel}:${c.paragraf}`) : [];
        const withParts = motsvarar.map((m, i) => (edges[i]?.part ? `${m} (för ${edges[i]!.part})` : m));
        message += ` Motsvaras ${motsvararScope === 'delvis' ? 'delvis ' : ''}av ${joinList(withParts)}.`;
        const withPartsEn = motsvarar.map((m, i) => (edges[i]?.part ? `${m} (for '${edges[i]!.part}')` : m));
        messageEn += ` Replaced ${motsvararScope === 'delvis' ? 'partly ' : ''}by ${joinList(withPartsEn, 'en')}.`;
      }
      if (law.sfs === correspondenceLaws.from && c.paragraf !== null) {
        const still = oldLawStillApplies(`${kapitel}:${c.paragraf}`);
        if (still) {
          stillApplies = `Den upphävda lagen gäller fortfarande för ${still.what.replace(/ikraftträdandet/u, `ikraftträdandet ${law.upphavd}`)} (${still.source}); för sådana ärenden är ${fullForm(law, kapitel, c.paragraf)} fortfarande rätt hänvisning.`;
          message += ` ${stillApplies}`;
          stillAppliesEn = `The repealed law still applies to ${stillAppliesWhatEn(still.what, law.upphavd)} (${stillAppliesSourceEn(still.source)}); for such matters ${fullForm(law, kapitel, c.paragraf)} is still the right reference.`;
          messageEn += ` ${stillAppliesEn}`;
        }
      }
    } else {
      message = `${inLaw} gäller ${datum}.`;
      messageEn = `${inLawEn} applies on ${datum}.`;
    }
    if (provision) {
      message += wordingSentence(provision, datum, label);
      messageEn += wordingSentence(provision, datum, label, 'en');
    }
  }
  if (law.convention && status !== 'saknas') {
    const what = c.artikel !== undefined ? `Artikel ${c.artikel} i konventionen` : 'Konventionen';
    message += ` ${what} har bundit Sverige sedan ${law.convention.since}; som svensk lag gäller den genom ${nameWithSfs(law)} från ${law.ikraft}.`;
    const whatEn = c.artikel !== undefined ? `Article ${c.artikel} of the convention` : 'The convention';
    messageEn += ` ${whatEn} has bound Sweden since ${law.convention.since}; as Swedish law it applies through ${nameWithSfs(law)} from ${law.ikraft}.`;
  }

  // "2 kap. 6 § SoL" in a draft dated after 2025-07-01 most likely means the old law: say where it went.
  let alternative: ResolvedCitation['alternative'] = null;
  if (status === 'saknas' && c.paragraf !== null && mention && !mention.sfs && mention.name) {
    for (const sfs of sfsForName(mention.name)) {
      if (sfs === law.sfs) continue;
      const other = lawBySfs(sfs)!;
      if (!lookupProvision(sfs, kapitel, c.paragraf, datum)) continue;
      const r = resolveCitation({ ...c, law: { ...mention, sfs } }, datum);
      // The author used the name for the old law: name the new one with its year ("… socialtjänstlagen (2025:400)").
      const target = sfs === correspondenceLaws.from ? lawBySfs(correspondenceLaws.to) : null;
      const motsvararFull = target
        ? correspondingProvisions(`${kapitel}:${c.paragraf}`).map((e) => {
            const [k, p] = e.ref.split(':');
            return fullForm(target, k ?? null, p ?? e.ref);
          })
        : r.motsvarar;
      alternative = {
        sfs,
        fullForm: r.fullForm,
        status: r.status,
        motsvarar: r.motsvarar,
        motsvararFull,
        motsvararScope: r.motsvararScope,
        stillApplies: r.stillApplies,
        stillAppliesEn: r.stillAppliesEn,
      };
      message += ` Avsågs ${r.fullForm} (${r.status === 'upphävd' ? 'upphävd' : other.title})?`;
      messageEn += ` Did you mean ${r.fullForm} (${r.status === 'upphävd' ? 'repealed' : other.title})?`;
      if (alternative.motsvararFull.length) {
        message += ` Den motsvaras ${r.motsvararScope === 'delvis' ? 'delvis ' : ''}av ${joinList(alternative.motsvararFull)}.`;
        messageEn += ` It is ${r.motsvararScope === 'delvis' ? 'partly ' : ''}replaced by ${joinList(alternative.motsvararFull, 'en')}.`;
      }
      if (r.stillApplies) {
        message += ` ${r.stillApplies}`;
        messageEn += ` ${r.stillAppliesEn}`;
      }
      break;
    }
  }

  // Stycke and punkt, where the registry knows the provision's structure (unknown = unchecked).
  const structureProblem =
    provision && status === 'gällande'
      ? checkStructure(provision, c, () =>
          mention !== null && law.abbreviations.includes(mention.text.trim()) ? standardForm(law, kapitel, c.paragraf) : fullForm(law, kapitel, c.paragraf),
        )
      : null;
  if (structureProblem) {
    message += ` ${structureProblem.message}`;
    messageEn += ` ${structureProblem.messageEn}`;
  }

  const result = assemble(base, {
    stillApplies,
    stillAppliesEn,
    alternative,
    structureProblem,
    sfs: law.sfs,
    lag: law.title,
    status,
    lydelse: null,
    url: law.url,
    motsvarar,
    standardForm: c.artikel !== undefined ? `artikel ${c.artikel} i ${nameWithSfs(law)}` : standardForm(law, kapitel, c.paragraf, c.stycke, c.punkt),
    fullForm: c.artikel !== undefined ? `artikel ${c.artikel} i ${nameWithSfs(law)}` : fullForm(law, kapitel, c.paragraf, c.stycke, c.punkt),
    motsvararScope,
    incompleteData: law.incomplete,
    lagTitel: law.title,
    rubrik,
    message,
    messageEn,
  });
  if (provision) {
    // Read on demand: the texts (1.2 MB) load on first use, and checking a draft never needs them;
    // hover, `arende cite` and JSON output do. The field keeps its place among the JSON fields.
    const p = provision;
    Object.defineProperty(result, 'lydelse', { get: () => p.text, enumerable: true, configurable: true });
    Object.defineProperty(result, 'lydelseNote', { get: () => lydelseNote(p, p.text, datum), enumerable: false, configurable: true });
    Object.defineProperty(result, 'lydelseNoteEn', { get: () => lydelseNote(p, p.text, datum, 'en'), enumerable: false, configurable: true });
  }
  return result;
}

/** YYYY-MM-DD of the day before. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** "Texten är lydelsen enligt lag (2025:1470)" / "Texten är den ursprungliga lydelsen". */
function wordingLabel(lag: string | null, language: Language = 'sv'): string {
  if (language === 'en') return lag ? `The text is the wording as amended by lag (${lag})` : 'The text is the original wording';
  return lag ? `Texten är lydelsen enligt lag (${lag})` : 'Texten är den ursprungliga lydelsen';
}

/**
 * The matter the repealed law still governs, in English: the one the transitional provisions name today
 * (återkrav of aid granted before the new law); anything else the data may hold is quoted as written.
 */
export function stillAppliesWhatEn(what: string, upphavd: string | null): string {
  if (what === 'återkrav av ekonomiskt bistånd som beviljats före ikraftträdandet')
    return `recovery (återkrav) of financial assistance granted before the entry into force${upphavd ? ` on ${upphavd}` : ''}`;
  return `'${what}'`;
}

/** "punkt 5 a i övergångsbestämmelserna till socialtjänstlagen (2025:400)" in English. */
export function stillAppliesSourceEn(source: string): string {
  const m = /^punkt (.+?) i övergångsbestämmelserna till (.+)$/u.exec(source);
  return m ? `point ${m[1]} of the transitional provisions of ${m[2]}` : `'${source}'`;
}

/**
 * Whether the text shown may not be the one in force on the date: the data holds one wording per
 * provision (today's, or one per dated marker), and a wording last amended by an act of the date's year or
 * later (the act's year + 1: an act often enters into force the year after it is issued) may be newer than
 * the date. Null when the wording is dated and covers the date, or is the law's original wording.
 */
export function lydelseNote(p: Provision, text: string | null, datum: string, language: Language = 'sv'): string | null {
  if (!text) return null;
  const cut = !p.textIncomplete
    ? null
    : language === 'en'
      ? 'The text in the register is incomplete: it stops in the middle of a sentence (the rest is missing from the source data). Read the whole paragraph at Riksdagen.'
      : 'Texten i registret är ofullständig: den slutar mitt i en mening (resten saknas i källdatan). Läs hela paragrafen hos Riksdagen.';
  const older = olderWordingNote(p, text, datum, language);
  return cut && older ? `${cut} ${older}` : (cut ?? older);
}

function olderWordingNote(p: Provision, text: string, datum: string, language: Language): string | null {
  const stamp = /Lag \((\d{4}):(\d+)\)\.?\s*$/u.exec(text);
  const dated = p.wordings.length > 1 && (!p.from || p.from <= datum) && (!p.until || datum < p.until);
  if (dated || !stamp) return null;
  if (Number(datum.slice(0, 4)) > Number(stamp[1]) + 1) return null;
  if (language === 'en')
    return `The text is the current wording (last amended by lag (${stamp[1]}:${stamp[2]})); the register does not have the wording in force on ${datum}, which may have been different.`;
  return `Texten är den nuvarande lydelsen (senast ändrad genom lag (${stamp[1]}:${stamp[2]})); registret har inte lydelsen som gällde ${datum}, och den kan ha varit en annan.`;
}

function refLabel(ref: string): string {
  const i = ref.indexOf(':');
  return i < 0 ? `${ref} §` : `${ref.slice(0, i)} kap. ${ref.slice(i + 1)} §`;
}

/**
 * For a provision with dated wordings: which one applies on the date (its amending act and dates), and
 * what changes when (amended is not repealed; a renumbered paragraph says where its wording went).
 */
function wordingSentence(p: Provision, datum: string, label: string, language: Language = 'sv'): string {
  if (p.wordings.length < 2 && !p.renumberedTo && !p.until && !p.from) return '';
  const en = language === 'en';
  const parts: string[] = [];
  if (p.wordings.length === 1 && p.from && p.from <= datum) parts.push(en ? `In force from ${p.from}.` : `I kraft från ${p.from}.`);
  if (p.wordings.length > 1) {
    const i = p.wordings.findIndex((w) => w.from === p.from && w.until === p.until && w.lag === p.lag);
    const next = p.wordings[i + 1];
    const prev = p.wordings[i - 1];
    if (datum < (p.until ?? '9999') && (!p.from || p.from <= datum)) {
      parts.push(
        en
          ? `${wordingLabel(p.lag, language)}${p.from ? `, in force from ${p.from}` : ''}${next ? `; a new wording${next.lag ? ` (lag (${next.lag}))` : ''} applies from ${next.from}` : ''}.`
          : `${wordingLabel(p.lag)}${p.from ? `, i kraft från ${p.from}` : ''}${next ? `; en ny lydelse${next.lag ? ` enligt lag (${next.lag})` : ''} gäller från ${next.from}` : ''}.`,
      );
    }
    if (prev?.renumberedTo && p.from && p.from <= datum) {
      parts.push(
        en
          ? `The former ${label} has been numbered ${refLabel(prev.renumberedTo)} since ${p.from}.`
          : `Den tidigare ${label} har sedan ${p.from} beteckningen ${refLabel(prev.renumberedTo)}.`,
      );
    }
  }
  if (p.renumberedTo && p.until) {
    const more = p.wordings.length > 1;
    parts.push(
      en
        ? datum < p.until
          ? `From ${p.until} the paragraph is numbered ${refLabel(p.renumberedTo)}${more ? `, and a new ${label} enters into force` : ''}.`
          : `The paragraph has been numbered ${refLabel(p.renumberedTo)} since ${p.until}.`
        : datum < p.until
          ? `Från ${p.until} får paragrafen beteckningen ${refLabel(p.renumberedTo)}${more ? `, och en ny ${label} träder i kraft` : ''}.`
          : `Paragrafen har sedan ${p.until} beteckningen ${refLabel(p.renumberedTo)}.`,
    );
  }
  return parts.length ? ` ${parts.join(' ')}` : '';
}

/** "A", "A och B", "A, B och C" (in English "A and B"). */
export function joinList(items: string[], language: Language = 'sv'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${language === 'en' ? 'and' : 'och'} ${items[items.length - 1]}`;
}

const COUNT_WORDS = ['ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function pointCount(n: number): string {
  return n === 1 ? 'en punkt' : `${n} punkter`;
}

function pointCountEn(n: number): string {
  return n === 1 ? 'one point' : `${n} points`;
}

/**
 * Whether the cited stycke and punkt exist in the provision, where its structure is known. A punkt cited
 * without stycke ("9 § 4 LSS") is read in the first stycke that has numbered points: that is how the short
 * form is used (the list is nearly always in the first stycke, and a paragraph with one list has no other
 * reading; in the seven laws no later list is longer than the first, so no point is lost by it). `form`
 * names the provision as the message does: the short form when the law was written with its abbreviation ("9 § LSS"), else the full form ("4 kap. 20 § kommunallagen (2017:725)").
 */
function checkStructure(p: Provision, c: Citation, form: () => string): StructureProblem | null {
  const s = p.structure;
  if (!s || (c.stycke === null && c.punkt === null)) return null;
  const written = form();
  const check = 'Kontrollera hänvisningen.';
  const checkEn = 'Check the reference.';
  if (c.stycke !== null && c.stycke > s.stycken) {
    const has = s.stycken === 1 ? 'ett stycke' : `${COUNT_WORDS[s.stycken - 1] ?? s.stycken} stycken`;
    const hasEn = s.stycken === 1 ? 'one subsection (stycke)' : `${s.stycken} subsections (stycken)`;
    return {
      kind: 'stycke',
      max: s.stycken,
      stycke: null,
      message: `${written} har bara ${has}; '${styckeLabel(c.stycke)}' finns inte. ${check}`,
      messageEn: `${written} has only ${hasEn}; '${styckeLabel(c.stycke)}' does not exist. ${checkEn}`,
    };
  }
  if (c.punkt === null) return null;
  if (c.stycke !== null) {
    const max = s.punkter[c.stycke - 1] ?? 0;
    if (c.punkt <= max) return null;
    const where = `${capitalise(styckeLabel(c.stycke))} i ${written}`;
    const whereEn = `Subsection ${c.stycke} of ${written}`;
    return {
      kind: 'punkt',
      max,
      stycke: c.stycke,
      message:
        max === 0
          ? `${where} har inga numrerade punkter; punkt ${c.punkt} finns inte. ${check}`
          : `${where} har bara ${pointCount(max)}; punkt ${c.punkt} finns inte. ${check}`,
      messageEn:
        max === 0
          ? `${whereEn} has no numbered points; point ${c.punkt} does not exist. ${checkEn}`
          : `${whereEn} has only ${pointCountEn(max)}; point ${c.punkt} does not exist. ${checkEn}`,
    };
  }
  const first = s.punkter.findIndex((n) => n > 0);
  if (first < 0) {
    return {
      kind: 'punkt',
      max: 0,
      stycke: null,
      message: `${written} har inga numrerade punkter; punkt ${c.punkt} finns inte. ${check}`,
      messageEn: `${written} has no numbered points; point ${c.punkt} does not exist. ${checkEn}`,
    };
  }
  const max = s.punkter[first]!;
  if (c.punkt <= max) return null;
  // Name the stycke when the paragraph has more than one: the reader may have meant another list.
  const message =
    s.stycken === 1
      ? `${written} har bara ${pointCount(max)}; punkt ${c.punkt} finns inte. ${check}`
      : `${written} har bara ${pointCount(max)} i ${styckeLabel(first + 1)}; punkt ${c.punkt} finns inte där. ${check}`;
  const messageEn =
    s.stycken === 1
      ? `${written} has only ${pointCountEn(max)}; point ${c.punkt} does not exist. ${checkEn}`
      : `${written} has only ${pointCountEn(max)} in subsection ${first + 1}; point ${c.punkt} does not exist there. ${checkEn}`;
  return { kind: 'punkt', max: max, stycke: first + 1, message, messageEn };
}

type Base = Pick<ResolvedCitation, 'text' | 'kapitel' | 'paragraf' | 'stycke' | 'punkt' | 'start' | 'end' | 'groupStart' | 'groupEnd' | 'citation'>;
type Rest = Omit<ResolvedCitation, keyof Base | 'lydelseNote' | 'lydelseNoteEn'>;

function assemble(b: Base, r: Rest): ResolvedCitation {
  // Field order matters for the CLI JSON: the eleven fields first, exactly as specified.
  return {
    text: b.text,
    sfs: r.sfs,
    lag: r.lag,
    kapitel: b.kapitel,
    paragraf: b.paragraf,
    stycke: b.stycke,
    punkt: b.punkt,
    status: r.status,
    lydelse: r.lydelse,
    url: r.url,
    motsvarar: r.motsvarar,
    standardForm: r.standardForm,
    fullForm: r.fullForm,
    motsvararScope: r.motsvararScope,
    incompleteData: r.incompleteData,
    lagTitel: r.lagTitel,
    rubrik: r.rubrik,
    message: r.message,
    messageEn: r.messageEn,
    lydelseNote: null,
    lydelseNoteEn: null,
    alternative: r.alternative,
    structureProblem: r.structureProblem,
    stillApplies: r.stillApplies,
    stillAppliesEn: r.stillAppliesEn,
    start: b.start,
    end: b.end,
    groupStart: b.groupStart,
    groupEnd: b.groupEnd,
    citation: b.citation,
  };
}

/** Finds and resolves every citation in a text. */
export function citeText(text: string, datum: string = today()): ResolvedCitation[] {
  assertDate(datum);
  return findCitations(text).map((c) => resolveCitation(c, datum));
}

/** Exactly the CLI's JSON fields of one resolved citation. */
export function toCitationJson(r: ResolvedCitation): CitationJson {
  return {
    text: r.text,
    sfs: r.sfs,
    lag: r.lag,
    kapitel: r.kapitel,
    paragraf: r.paragraf,
    stycke: r.stycke,
    punkt: r.punkt,
    status: r.status,
    lydelse: r.lydelse,
    url: r.url,
    motsvarar: r.motsvarar,
  };
}

/** The object `arende cite --format json` prints: `{citations: [...]}`. */
export function citeJson(text: string, datum: string = today()): { citations: CitationJson[] } {
  return { citations: citeText(text, datum).map(toCitationJson) };
}

const STATUS_TEXT: Record<CitationStatus, string> = {
  gällande: 'gällande',
  upphävd: 'upphävd',
  'ej-ikraft': 'ej i kraft',
  saknas: 'saknas',
  okänd: 'okänd lag',
};

/** For people (`arende cite --format text`): the provision, its status and its text. */
export function formatCitationText(r: ResolvedCitation): string {
  const head = r.sfs && r.lag ? r.fullForm : r.text;
  const status = r.status === 'saknas' && r.incompleteData ? 'finns inte i registret' : STATUS_TEXT[r.status];
  const lines = [`${head}: ${status}`, `  ${r.message}`];
  if (r.lydelse) {
    if (r.lydelseNote) lines.push(`  ${r.lydelseNote}`);
    lines.push(...wrap(r.lydelse, 100).map((l) => `  | ${l}`));
  } else if (r.paragraf !== null && r.sfs && r.status !== 'saknas' && r.status !== 'okänd') {
    lines.push('  (Texten finns inte i registret.)');
  }
  if (r.url) lines.push(`  ${r.url}`);
  return lines.join('\n');
}

/** All citations of a text, formatted for people; "Inga lagrum hittades." when there are none. */
export function formatCitations(results: ResolvedCitation[]): string {
  return results.length === 0 ? 'Inga lagrum hittades.' : results.map(formatCitationText).join('\n\n');
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/)) {
      if (line && line.length + 1 + word.length > width) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) out.push(line);
  }
  return out;
}
