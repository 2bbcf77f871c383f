/**
 * The statute registry at run time: laws, provisions and the old→new SoL correspondence, read from the
 * generated `registry/registry.json`. Provision texts (`registry/texts.json`, 1.2 MB) are read on first
 * use only, so that loading the registry stays within a few milliseconds.
 */
import { todayInSweden } from './dates.js';
import { readTextsFile } from '#read-texts';
import indexJson from '../registry/index.generated.js';
import type { RegistryFile, RegistryTexts, StructureTuple } from './registry-types.js';

export interface Law {
  sfs: string;
  title: string;
  kortnamn: string | null;
  namn: string;
  abbreviations: string[];
  names: string[];
  hasChapters: boolean;
  chapters: string[];
  chapterTitles: Record<string, string>;
  /** In force from (YYYY-MM-DD). */
  ikraft: string;
  /** Repealed from (YYYY-MM-DD), or null. */
  upphavd: string | null;
  /** Laws this one replaced (from its own transitional provisions); they applied until the day before `ikraft`. */
  predecessors: { sfs: string; namn: string }[];
  /** The date the statute data states the law as of: wording changes after it are not known. */
  lagtextPer: string;
  /** A law that makes a convention Swedish law: its articles, and the year the convention has bound Sweden. */
  convention?: { articles: [number, number]; since: string };
  /** The data is known to be incomplete: a provision missing from it may still exist. */
  incomplete: boolean;
  url: string;
  /** Provision refs ("2:6", "8 a", "5:8 a") in order. */
  refs: string[];
}

export interface Provision {
  sfs: string;
  kapitel: string | null;
  paragraf: string;
  ref: string;
  rubrik: string | null;
  /** The text, or null when the provision is known to exist but its text is not in the data. */
  text: string | null;
  /** This wording's bounds from the consolidated text: in force from / until (exclusive), or null. */
  from: string | null;
  until: string | null;
  /** This wording's amending act ("2025:1470"), where the provision has dated wordings; "" = the original
   * wording; null when the provision has a single, undated wording. */
  lag: string | null;
  /** The wording gets another number when it stops applying ("8:11"), or null. */
  renumberedTo: string | null;
  /** Every dated wording of the provision (one entry when it has a single wording), in order. */
  wordings: ProvisionWording[];
  /** Repealed within the law (the text only says "Har upphävts genom …"). */
  repealed: boolean;
  /** The text in the data ends mid-sentence: what is shown is not the whole provision. */
  textIncomplete: boolean;
  /** Stycken and numbered points, where the source shows them (the selex/ laws); null = unknown. */
  structure: ProvisionStructure | null;
  /** Where only the points can be seen (a law read from the JSON): how many the text numbers (0 = none);
   * null where `structure` is known or nothing is. */
  points: number | null;
}

/** One wording of a provision, with the dates it applies between. */
export interface ProvisionWording {
  from: string | null;
  until: string | null;
  lag: string | null;
  renumberedTo: string | null;
  rubrik: string | null;
}

/** How many stycken a provision has and, per stycke, its highest numbered point (0 = none). */
export interface ProvisionStructure {
  stycken: number;
  punkter: number[];
}

interface WordingIndex {
  order: number;
  rubrik: string;
  from: string;
  until: string;
  /** undefined: the tuple has no such field (a single, undated wording). */
  lag: string | undefined;
  renumberedTo: string;
}

/** A provision's wordings, in order (nearly always one). */
type ProvisionIndex = WordingIndex[];

const loadStart = performance.now();
const data = JSON.parse(indexJson) as RegistryFile;
const laws: Law[] = [];
const bySfs = new Map<
  string,
  {
    law: Law;
    provisions: Map<string, ProvisionIndex>;
    repealed: Set<string>;
    truncated: Set<string>;
    structure: Record<string, StructureTuple>;
    points: Record<string, number> | null;
  }
>();

for (const l of data.laws) {
  const provisions = new Map<string, ProvisionIndex>();
  const refs: string[] = [];
  l.provisions.forEach((p, order) => {
    const w: WordingIndex = { order, rubrik: p[1] ?? '', from: p[2] ?? '', until: p[3] ?? '', lag: p[4], renumberedTo: p[5] ?? '' };
    const have = provisions.get(p[0]);
    if (have) have.push(w);
    else {
      refs.push(p[0]);
      provisions.set(p[0], [w]);
    }
  });
  const { provisions: _ignored, source: _source, repealed, truncated, structure, points, ...meta } = l;
  const law: Law = { ...meta, refs };
  laws.push(law);
  bySfs.set(l.sfs, { law, provisions, repealed: new Set(repealed), truncated: new Set(truncated ?? []), structure: structure ?? {}, points: points ?? null });
}

/** One row of the old→new SoL table: the new paragraph, and the part of the old one that went there. */
export interface CorrespondenceEdge {
  ref: string;
  scope: 'helt' | 'delvis';
  /** "första stycket" when only that part of the old paragraph moved; "" = the whole paragraph. */
  part: string;
}

const correspondence = new Map<string, CorrespondenceEdge[]>();
for (const [oldRef, newRef, scope, part] of data.correspondence.edges) {
  const list = correspondence.get(oldRef) ?? [];
  list.push({ ref: newRef, scope, part: part ?? '' });
  correspondence.set(oldRef, list);
}
const stillApplies = new Map<string, { what: string; source: string }>();
for (const s of data.correspondence.stillApplies ?? []) for (const r of s.refs) stillApplies.set(r, { what: s.what, source: s.source });

/** Milliseconds this module spent parsing the index and building its maps (reported by the bench). */
export const registryLoadMs = performance.now() - loadStart;

/** SFS number of the law that the correspondence maps from, and to. */
export const correspondenceLaws = { from: data.correspondence.from, to: data.correspondence.to } as const;

export function allLaws(): readonly Law[] {
  return laws;
}

export function lawBySfs(sfs: string): Law | null {
  return bySfs.get(sfs)?.law ?? null;
}

export function makeRef(kapitel: string | null, paragraf: string): string {
  return kapitel === null ? paragraf : `${kapitel}:${paragraf}`;
}

/**
 * A provision of a law, or null when the registry does not have it. `kapitel` null for laws without chapters.
 * An amended provision has several wordings: `datum` (YYYY-MM-DD, default: today) chooses the one in force
 * then; before the first, the first; after the last has ended, the last (whose `until` then says so).
 */
export function lookupProvision(sfs: string, kapitel: string | null, paragraf: string, datum?: string): Provision | null {
  const entry = bySfs.get(sfs);
  if (!entry) return null;
  const ref = makeRef(kapitel === null ? null : normaliseLabel(kapitel), normaliseLabel(paragraf));
  const ws = entry.provisions.get(ref);
  if (!ws) return null;
  const p = chooseWording(ws, datum ?? todayInSweden());
  const i = ref.indexOf(':');
  return {
    sfs,
    kapitel: i < 0 ? null : ref.slice(0, i),
    paragraf: i < 0 ? ref : ref.slice(i + 1),
    ref,
    rubrik: p.rubrik || null,
    get text() {
      return provisionText(sfs, p.order);
    },
    from: p.from || null,
    until: p.until || null,
    lag: p.lag ?? null,
    renumberedTo: p.renumberedTo || null,
    wordings: ws.map((w) => ({
      from: w.from || null,
      until: w.until || null,
      lag: w.lag ?? null,
      renumberedTo: w.renumberedTo || null,
      rubrik: w.rubrik || null,
    })),
    repealed: entry.repealed.has(ref),
    textIncomplete: entry.truncated.has(ref),
    structure: toStructure(entry.structure[ref]),
    points: entry.points ? (entry.points[ref] ?? 0) : null,
  };
}

function chooseWording(ws: ProvisionIndex, datum: string): WordingIndex {
  if (ws.length === 1) return ws[0]!;
  const inForce = ws.find((w) => (!w.from || w.from <= datum) && (!w.until || datum < w.until));
  if (inForce) return inForce;
  const started = ws.filter((w) => !w.from || w.from <= datum);
  return started[started.length - 1] ?? ws[0]!;
}

function toStructure(t: StructureTuple | undefined): ProvisionStructure | null {
  if (!t) return null;
  return { stycken: t[0], punkter: t[1] ?? new Array<number>(t[0]).fill(0) };
}

/** Provisions of one chapter (or of the whole law when it has no chapters), in order. */
export function provisionsOf(sfs: string, kapitel: string | null): Provision[] {
  const entry = bySfs.get(sfs);
  if (!entry) return [];
  const out: Provision[] = [];
  for (const ref of entry.law.refs) {
    const i = ref.indexOf(':');
    const k = i < 0 ? null : ref.slice(0, i);
    if (k !== kapitel) continue;
    const p = lookupProvision(sfs, k, i < 0 ? ref : ref.slice(i + 1));
    if (p) out.push(p);
  }
  return out;
}

/** The SFS number of a law outside the registry, by its one-word name ("brottsbalken"), where the statute
 * data names it with one; null otherwise. */
export function otherLawSfs(name: string): string | null {
  return data.otherLaws?.[name.toLowerCase()] ?? null;
}

/** Where an old SoL (2001:453) provision went in the new SoL (2025:400), per the comparison table. */
export function correspondingProvisions(oldRef: string): CorrespondenceEdge[] {
  return correspondence.get(oldRef) ?? [];
}

/** What the repealed SoL (2001:453) still governs through this old paragraph, per the new law's
 * transitional provisions (e.g. återkrav of aid granted before 2025-07-01), or null. */
export function oldLawStillApplies(oldRef: string): { what: string; source: string } | null {
  return stillApplies.get(oldRef) ?? null;
}

/** "8a" / "8 a" / " 8 A " → "8 a". */
export function normaliseLabel(label: string): string {
  return label
    .trim()
    .toLowerCase()
    .replace(/^(\d+)\s*([a-z])$/, '$1 $2');
}

let texts: RegistryTexts | null | undefined;
/** Milliseconds spent reading and parsing texts.json on first use (0 until then). */
export let textsLoadMs = 0;

let rawTexts: string | null | undefined;
/** texts.json as text, read once (null when it cannot be read). */
function rawTextsFile(): string | null {
  if (rawTexts === undefined) {
    try {
      rawTexts = readTextsFile();
    } catch {
      rawTexts = null;
    }
  }
  return rawTexts;
}

/** Reads and parses all of texts.json once. Returns null when it cannot be found (e.g. a bundle without the data file). */
function loadTexts(): RegistryTexts | null {
  if (texts !== undefined) return texts;
  const t0 = performance.now();
  try {
    const text = rawTextsFile();
    texts = text === null ? null : (JSON.parse(text) as RegistryTexts);
  } catch {
    texts = null;
  }
  textsLoadMs = performance.now() - t0;
  return texts;
}

const lawTexts = new Map<string, (string | null)[] | null>();

/**
 * One law's provision texts, parsed alone: the build writes texts.json with each law's list on a line of
 * its own (`"2001:453":[…],`), and a check that cites two laws need not parse the 1.2 MB of all fifteen
 * (a line break inside the JSON is never inside a string, so the line is found by a plain search). Any
 * other layout falls back to parsing the whole file.
 */
function textsOfLaw(sfs: string): (string | null)[] | null {
  if (texts !== undefined) return texts?.[sfs] ?? null;
  let list = lawTexts.get(sfs);
  if (list !== undefined) return list;
  const raw = rawTextsFile();
  const key = `\n${JSON.stringify(sfs)}:[`;
  const at = raw === null ? -1 : raw.indexOf(key);
  if (raw === null) list = null;
  else if (at < 0) list = loadTexts()?.[sfs] ?? null;
  else {
    const end = raw.indexOf('\n', at + key.length);
    try {
      list = JSON.parse(raw.slice(at + key.length - 1, end < 0 ? undefined : end).replace(/,\s*$/, '')) as (string | null)[];
    } catch {
      list = loadTexts()?.[sfs] ?? null;
    }
  }
  lawTexts.set(sfs, list);
  return list;
}

function provisionText(sfs: string, order: number): string | null {
  return textsOfLaw(sfs)?.[order] ?? null;
}

/** Whether provision texts are available (false only when texts.json was not shipped). */
export function textsAvailable(): boolean {
  return loadTexts() !== null;
}

/** A law the registry does not hold but knows was repealed: by which law, and from when. */
export interface RepealedLaw {
  sfs: string;
  /** As the repealing law's transitional provisions name it: "kommunallagen". */
  namn: string;
  /** The day it stopped applying: the day its successor entered into force. */
  upphavd: string;
  successor: Law;
}

/**
 * Repealed laws with their successors, read from the successors' own transitional provisions ("Genom lagen
 * upphävs kommunallagen (1991:900)", "… då socialtjänstlagen (1980:620) upphör att gälla"): kommunallagen
 * (1991:900), socialtjänstlagen (1980:620), sekretesslagen (1980:100), personuppgiftslagen (1998:204),
 * förvaltningslagen (1986:223), hälso- och sjukvårdslagen (1982:763). A law also in the registry (2001:453)
 * is answered from the registry.
 */
const repealedLaws = new Map<string, RepealedLaw>();
for (const law of laws) {
  for (const p of law.predecessors) {
    if (bySfs.has(p.sfs) || repealedLaws.has(p.sfs)) continue;
    repealedLaws.set(p.sfs, { sfs: p.sfs, namn: p.namn, upphavd: law.ikraft, successor: law });
  }
}

/** The repealed law with this SFS number, when the registry knows it only as repealed. */
export function repealedLaw(sfs: string): RepealedLaw | null {
  return repealedLaws.get(sfs) ?? null;
}

/** Every law known only as repealed (for tests and docs). */
export function allRepealedLaws(): RepealedLaw[] {
  return [...repealedLaws.values()];
}

/** The date of the statute data (YYYY-MM-DD): the wording of every law is known as of this day; later
 * amendments are not in the registry. */
export const lagtextPer: string = data.lagtextPer;
