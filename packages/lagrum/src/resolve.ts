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
import {
  provisionsOf,
  lawBySfs,
  lookupProvision,
  correspondingProvisions,
  correspondenceLaws,
  oldLawStillApplies,
  repealedLaw,
  type Law,
  type Provision,
  type RepealedLaw,
} from './registry.js';
import { todayInSweden } from './dates.js';
import type { Citation, ResolvedCitation, CitationStatus } from './types.js';
import { fullForm, nameWithSfs, provisionLabel, standardForm, joinList } from './forms.js';
import { dayBefore, lydelseNote, stillAppliesSourceEn, stillAppliesWhatEn, wordingSentence } from './wording-notes.js';
import { checkStructure } from './structure-check.js';

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

/** Resolves one citation on a date (YYYY-MM-DD): the law, the provision, its status on the date, the old law's
 * reading of a number the new law lacks, and the stycke and punkt, each a step below. */
export function resolveCitation(citation: Citation, datum: string = today()): ResolvedCitation {
  assertDate(datum);
  const c = citation;
  const base: Base = {
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
    const repealed = mention?.sfs ? repealedLaw(mention.sfs) : null;
    return repealed ? repealedLawCitation(base, c, repealed, datum) : unknownLaw(base, c);
  }

  const step = findProvision(law, c, datum);
  checkArticle(step, law, c);
  if (step.status !== 'saknas') statusOnDate(step, law, c, datum);
  if (law.convention && step.status !== 'saknas') {
    const what = c.artikel !== undefined ? `Artikel ${c.artikel} i konventionen` : 'Konventionen';
    step.message += ` ${what} har bundit Sverige sedan ${law.convention.since}; som svensk lag gäller den genom ${nameWithSfs(law)} från ${law.ikraft}.`;
    const whatEn = c.artikel !== undefined ? `Article ${c.artikel} of the convention` : 'The convention';
    step.messageEn += ` ${whatEn} has bound Sweden since ${law.convention.since}; as Swedish law it applies through ${nameWithSfs(law)} from ${law.ikraft}.`;
  }
  const alternative = step.status === 'saknas' ? oldLawAlternative(step, law, c, datum) : null;
  // A date after the statute data: the wording shown is the one known then; later amendments are not.
  const efterLagtext = datum > law.lagtextPer;
  if (efterLagtext && step.status !== 'saknas') {
    step.message += ` Lydelsen är den i lagtexten som ärende kontrollerar mot, från ${law.lagtextPer}; ändringar efter det datumet känner ärende inte till.`;
    step.messageEn += ` The wording is that of the statute text ärende checks against, from ${law.lagtextPer}; ärende does not know of changes after that date.`;
  }

  // Stycke and punkt, where the registry knows the provision's structure (unknown = unchecked).
  const provision = step.provision;
  const structureProblem =
    provision && step.status === 'gällande'
      ? checkStructure(provision, c, () =>
          mention !== null && law.abbreviations.includes(mention.text.trim()) ? standardForm(law, c.kapitel, c.paragraf) : fullForm(law, c.kapitel, c.paragraf),
        )
      : null;
  if (structureProblem) {
    step.message += ` ${structureProblem.message}`;
    step.messageEn += ` ${structureProblem.messageEn}`;
  }

  const form = (f: typeof fullForm) =>
    c.artikel !== undefined ? `artikel ${c.artikel} i ${nameWithSfs(law)}` : f(law, c.kapitel, c.paragraf, c.stycke, c.punkt);
  const result = assemble(base, {
    stillApplies: step.stillApplies,
    stillAppliesEn: step.stillAppliesEn,
    ersattAv: null,
    efterLagtext,
    lagtextPer: law.lagtextPer,
    alternativ: step.status === 'saknas' ? nearestProvisions(law, c, alternative) : [],
    alternative,
    structureProblem,
    sfs: law.sfs,
    lag: law.title,
    status: step.status,
    lydelse: null,
    url: law.url,
    motsvarar: step.motsvarar,
    standardForm: form(standardForm),
    fullForm: form(fullForm),
    motsvararScope: step.motsvararScope,
    incompleteData: law.incomplete,
    lagTitel: law.title,
    rubrik: provision?.rubrik ?? null,
    message: step.message,
    messageEn: step.messageEn,
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

/** What the steps of resolveCitation work out, in order, for a citation of a law the registry holds. */
interface Step {
  status: CitationStatus;
  provision: Provision | null;
  message: string;
  /** The English beside the Swedish, from the same values (an editor set to English shows it). */
  messageEn: string;
  motsvarar: string[];
  motsvararScope: 'helt' | 'delvis' | null;
  stillApplies: string | null;
  stillAppliesEn: string | null;
}

/** A citation of no law, or of one the registry does not hold. */
function unknownLaw(base: Base, c: Citation): ResolvedCitation {
  const mention = c.law;
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
    ersattAv: null,
    efterLagtext: false,
    lagtextPer: null,
    alternativ: [],
    message: mention ? `Lagen "${written}" finns inte i registret.` : 'Ingen lag anges; hänvisningen kan inte kontrolleras.',
    messageEn: mention ? `The law "${written}" is not in the register.` : 'No law is named; the reference cannot be checked.',
  });
}

/**
 * A citation of a law known only as repealed ("4 kap. 20 § kommunallagen (1991:900)"): after the repeal
 * `upphävd`, "upphävd den …, ersatt av …"; before it the law applied, but its text is not in the registry,
 * so the citation cannot be checked (`okänd`, saying why). A whole-law citation names its successor in
 * `motsvarar`; a paragraph does not (no comparison table for these laws).
 */
function repealedLawCitation(base: Base, c: Citation, rep: RepealedLaw, datum: string): ResolvedCitation {
  const label = provisionLabel(c.kapitel, c.paragraf);
  const name = `${rep.namn} (${rep.sfs})`;
  const written = label ? `${label} ${name}` : name;
  const successor = nameWithSfs(rep.successor);
  const source = `övergångsbestämmelserna till ${successor}`;
  const sourceEn = `the transitional provisions of ${successor}`;
  const repealed = datum >= rep.upphavd;
  const whole = repealed && c.kapitel === null && c.paragraf === null;
  const lookUp = label
    ? ` Registret har inte den upphävda lagens text eller någon jämförelsetabell; slå upp vilken bestämmelse i ${successor} som motsvarar.`
    : '';
  const lookUpEn = label
    ? ` The register has neither the repealed law's text nor a comparison table; look up which provision of ${successor} corresponds.`
    : '';
  const [year, number] = rep.sfs.split(':');
  return assemble(base, {
    sfs: rep.sfs,
    lag: name,
    status: repealed ? 'upphävd' : 'okänd',
    lydelse: null,
    url: `https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/sfs-${year}-${number}`,
    motsvarar: whole ? [successor] : [],
    standardForm: written,
    fullForm: written,
    motsvararScope: whole ? 'helt' : null,
    incompleteData: false,
    lagTitel: name,
    rubrik: null,
    alternative: null,
    structureProblem: null,
    stillApplies: null,
    stillAppliesEn: null,
    ersattAv: successor,
    efterLagtext: false,
    lagtextPer: null,
    alternativ: [],
    message: repealed
      ? `${written}: upphävd den ${rep.upphavd}, ersatt av ${successor} (${source}).${lookUp}`
      : `${written} gällde ${datum} (den upphävdes den ${rep.upphavd}, ersatt av ${successor}), men registret har inte dess text, så hänvisningen kan inte kontrolleras.`,
    messageEn: repealed
      ? `${written}: repealed on ${rep.upphavd}, replaced by ${successor} (${sourceEn}).${lookUpEn}`
      : `${written} applied on ${datum} (it was repealed on ${rep.upphavd}, replaced by ${successor}), but the register does not have its text, so the reference cannot be checked.`,
  });
}

/**
 * For a provision that does not exist: the old law's provision when the number existed there (the name
 * meant the repealed law), then the nearest paragraphs before and after it in the same chapter that exist.
 */
function nearestProvisions(law: Law, c: Citation, alternative: ResolvedCitation['alternative']): string[] {
  const out: string[] = alternative ? [alternative.fullForm] : [];
  if (c.paragraf === null || law.hasChapters !== (c.kapitel !== null)) return out;
  const number = (p: string) => Number.parseInt(p, 10);
  const n = number(c.paragraf);
  let before: Provision | null = null;
  let after: Provision | null = null;
  for (const p of provisionsOf(law.sfs, c.kapitel)) {
    if (p.repealed) continue;
    const m = number(p.paragraf);
    if (m < n || (m === n && p.paragraf < c.paragraf)) before = p;
    else if (!after && p.paragraf !== c.paragraf) after = p;
  }
  for (const p of [before, after]) if (p) out.push(fullForm(law, p.kapitel, p.paragraf));
  return out;
}

/** The chapter and paragraph in the law: `saknas` with the reason, or the provision found. A law without
 * chapters cited with one, or the reverse, does not name an existing provision. */
function findProvision(law: Law, c: Citation, datum: string): Step {
  const step: Step = {
    status: 'gällande',
    provision: null,
    message: '',
    messageEn: '',
    motsvarar: [],
    motsvararScope: null,
    stillApplies: null,
    stillAppliesEn: null,
  };
  const kapitel = c.kapitel;
  const where = provisionLabel(kapitel, c.paragraf) || law.title;
  if (c.paragraf !== null) {
    const p = law.hasChapters === (kapitel !== null) ? lookupProvision(law.sfs, kapitel, c.paragraf, datum) : null;
    if (p) {
      step.provision = p;
      return step;
    }
    step.status = 'saknas';
    step.message =
      law.hasChapters && kapitel === null
        ? `${law.title} har kapitel; ange kapitel för ${c.paragraf} §.`
        : !law.hasChapters && kapitel !== null
          ? `${law.title} har inga kapitel; ${where} finns inte.`
          : law.incomplete
            ? `${where} finns inte i registret för ${law.title} (registret är ofullständigt för denna lag).`
            : `${where} finns inte i ${law.title}.`;
    step.messageEn =
      law.hasChapters && kapitel === null
        ? `${law.title} has chapters; give the chapter (kap.) of ${c.paragraf} §.`
        : !law.hasChapters && kapitel !== null
          ? `${law.title} has no chapters; ${where} does not exist.`
          : law.incomplete
            ? `${where} is not in the register for ${law.title} (the register is incomplete for this law).`
            : `${where} does not exist in ${law.title}.`;
  } else if (kapitel !== null && (!law.hasChapters || !law.chapters.includes(kapitel))) {
    step.status = 'saknas';
    step.message = law.hasChapters ? `${kapitel} kap. finns inte i ${law.title}.` : `${law.title} har inga kapitel; ${kapitel} kap. finns inte.`;
    step.messageEn = law.hasChapters ? `${kapitel} kap. does not exist in ${law.title}.` : `${law.title} has no chapters; ${kapitel} kap. does not exist.`;
  }
  return step;
}

/** A convention cited by article ("artikel 3 i barnkonventionen"): the article must be one the law makes law. */
function checkArticle(step: Step, law: Law, c: Citation): void {
  if (c.artikel === undefined || !law.convention) return;
  const [first, last] = law.convention.articles;
  if (c.artikel >= first && c.artikel <= last) return;
  step.status = 'saknas';
  step.message = `${law.title} gör artiklarna ${first}–${last} i konventionen till svensk lag; artikel ${c.artikel} finns inte bland dem.`;
  step.messageEn = `${law.title} makes articles ${first}–${last} of the convention Swedish law; article ${c.artikel} is not among them.`;
}

/** Status on the date of a provision (or law) that exists: not yet in force, repealed (with where it went, and
 * what the repealed law still governs), or in force; then which dated wording applies. */
function statusOnDate(step: Step, law: Law, c: Citation, datum: string): void {
  const p = step.provision;
  const label = provisionLabel(c.kapitel, c.paragraf);
  const inLaw = label ? `${label} i ${law.title}` : law.title;
  const inLawEn = label ? `${label} of ${law.title}` : law.title;
  const versionFrom = p?.from ?? null;
  const versionUntil = p?.until ?? null;
  if (datum < law.ikraft || (versionFrom !== null && datum < versionFrom)) {
    step.status = 'ej-ikraft';
    const from = datum < law.ikraft ? law.ikraft : versionFrom!;
    step.message = `${inLaw} träder i kraft ${from}; den gäller inte ${datum}.`;
    step.messageEn = `${inLawEn} enters into force on ${from}; it does not apply on ${datum}.`;
    if (datum < law.ikraft && law.predecessors.length) {
      // Say which law applied then: the one the law's own transitional provisions repealed.
      const before = law.predecessors.map((x) => `${x.namn} (${x.sfs})`).join(' och ');
      step.message += ` Då gällde ${before}, till och med ${dayBefore(law.ikraft)}; kontrollera hänvisningen mot den lagen.`;
      step.messageEn += ` At that time ${before} applied, up to and including ${dayBefore(law.ikraft)}; check the reference against that law.`;
    }
  } else if ((law.upphavd && datum >= law.upphavd) || (versionUntil !== null && datum >= versionUntil) || p?.repealed) {
    step.status = 'upphävd';
    const when = law.upphavd && datum >= law.upphavd ? law.upphavd : versionUntil;
    step.message = when ? `${inLaw} är upphävd sedan ${when}.` : `${inLaw} är upphävd.`;
    step.messageEn = when ? `${inLawEn} has been repealed since ${when}.` : `${inLawEn} is repealed.`;
    if (law.sfs === correspondenceLaws.from) oldSolSuccessors(step, law, c);
  } else {
    step.message = `${inLaw} gäller ${datum}.`;
    step.messageEn = `${inLawEn} applies on ${datum}.`;
  }
  if (p) {
    step.message += wordingSentence(p, datum, label);
    step.messageEn += wordingSentence(p, datum, label, 'en');
  }
}

/** A repealed provision of the old SoL: where it went (the correspondence), and what the old law still governs. */
function oldSolSuccessors(step: Step, law: Law, c: Citation): void {
  const target = lawBySfs(correspondenceLaws.to)!;
  const edges = c.paragraf !== null ? correspondingProvisions(`${c.kapitel}:${c.paragraf}`) : [];
  if (c.paragraf !== null) {
    step.motsvarar = edges.map((e) => {
      const [k, p] = e.ref.split(':');
      return standardForm(target, k!, p!);
    });
    step.motsvararScope = edges.length === 0 ? null : edges.some((e) => e.scope === 'delvis') ? 'delvis' : 'helt';
  } else if (c.kapitel === null) {
    step.motsvarar = [nameWithSfs(target)];
    step.motsvararScope = 'helt';
  }
  if (step.motsvarar.length) {
    // Name the part of the old paragraph each new one took over ("andra stycket → 19 kap. 2 § SoL").
    const withParts = step.motsvarar.map((m, i) => (edges[i]?.part ? `${m} (för ${edges[i]!.part})` : m));
    step.message += ` Motsvaras ${step.motsvararScope === 'delvis' ? 'delvis ' : ''}av ${joinList(withParts)}.`;
    const withPartsEn = step.motsvarar.map((m, i) => (edges[i]?.part ? `${m} (for '${edges[i]!.part}')` : m));
    step.messageEn += ` Replaced ${step.motsvararScope === 'delvis' ? 'partly ' : ''}by ${joinList(withPartsEn, 'en')}.`;
  }
  if (c.paragraf === null) return;
  const still = oldLawStillApplies(`${c.kapitel}:${c.paragraf}`);
  if (!still) return;
  step.stillApplies = `Den upphävda lagen gäller fortfarande för ${still.what.replace(/ikraftträdandet/u, `ikraftträdandet ${law.upphavd}`)} (${still.source}); för sådana ärenden är ${fullForm(law, c.kapitel, c.paragraf)} fortfarande rätt hänvisning.`;
  step.message += ` ${step.stillApplies}`;
  step.stillAppliesEn = `The repealed law still applies to ${stillAppliesWhatEn(still.what, law.upphavd)} (${stillAppliesSourceEn(still.source)}); for such matters ${fullForm(law, c.kapitel, c.paragraf)} is still the right reference.`;
  step.messageEn += ` ${step.stillAppliesEn}`;
}

/**
 * "2 kap. 6 § SoL" in a draft dated after 2025-07-01 most likely means the old law: the other law the name
 * has meant that holds the number, and where that provision went (the new law named with its year).
 */
function oldLawAlternative(step: Step, law: Law, c: Citation, datum: string): ResolvedCitation['alternative'] {
  const mention = c.law;
  if (c.paragraf === null || !mention || mention.sfs || !mention.name) return null;
  for (const sfs of sfsForName(mention.name)) {
    if (sfs === law.sfs) continue;
    const other = lawBySfs(sfs)!;
    if (!lookupProvision(sfs, c.kapitel, c.paragraf, datum)) continue;
    const r = resolveCitation({ ...c, law: { ...mention, sfs } }, datum);
    // The author used the name for the old law: name the new one with its year ("… socialtjänstlagen (2025:400)").
    const target = sfs === correspondenceLaws.from ? lawBySfs(correspondenceLaws.to) : null;
    const motsvararFull = target
      ? correspondingProvisions(`${c.kapitel}:${c.paragraf}`).map((e) => {
          const [k, p] = e.ref.split(':');
          return fullForm(target, k ?? null, p ?? e.ref);
        })
      : r.motsvarar;
    step.message += ` Avsågs ${r.fullForm} (${r.status === 'upphävd' ? 'upphävd' : other.title})?`;
    step.messageEn += ` Did you mean ${r.fullForm} (${r.status === 'upphävd' ? 'repealed' : other.title})?`;
    if (motsvararFull.length) {
      step.message += ` Den motsvaras ${r.motsvararScope === 'delvis' ? 'delvis ' : ''}av ${joinList(motsvararFull)}.`;
      step.messageEn += ` It is ${r.motsvararScope === 'delvis' ? 'partly ' : ''}replaced by ${joinList(motsvararFull, 'en')}.`;
    }
    if (r.stillApplies) {
      step.message += ` ${r.stillApplies}`;
      step.messageEn += ` ${r.stillAppliesEn}`;
    }
    return {
      sfs,
      fullForm: r.fullForm,
      status: r.status,
      motsvarar: r.motsvarar,
      motsvararFull,
      motsvararScope: r.motsvararScope,
      stillApplies: r.stillApplies,
      stillAppliesEn: r.stillAppliesEn,
    };
  }
  return null;
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
    ersattAv: r.ersattAv,
    efterLagtext: r.efterLagtext,
    lagtextPer: r.lagtextPer,
    alternativ: r.alternativ,
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
