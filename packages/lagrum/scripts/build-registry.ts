/**
 * Builds packages/lagrum/registry/registry.json from the statute data (Riksdagen's consolidated text as JSON and
 * the selex Markdown files; where it is found: scripts/lib/data-dir.ts).
 * Run: `node --import tsx packages/lagrum/scripts/build-registry.ts [DATA_DIR]`, or set ARENDE_LAGAR_DIR.
 * The registry is committed: users of the toolkit do not have the statute data. A test rebuilds it in memory
 * and fails when the committed file differs.
 */
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RegistryFile, RegistryLaw, ProvisionTuple, RegistryTexts, StructureTuple, StillApplies } from '../src/registry-types.js';
import { catalogue, correspondenceFile, JSON_DATA_AS_OF, type CatalogueEntry } from './lib/law-catalogue.js';
import { readJsonLaw, type JsonLaw, type JsonLawFile } from './lib/json-law.js';
import { readSelexLaw, type SelexLaw } from './lib/selex-law.js';
import { readCorrespondence } from './lib/correspondence.js';
import type { ProvisionDraft } from './lib/provision-draft.js';
import { numberKey, splitRef, makeRef } from './lib/section-order.js';
import { findDataDir } from './lib/data-dir.js';
import { inForceFromTransitional, predecessorsFromTransitional } from './lib/swedish-dates.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../../..');
export const registryPath = path.resolve(here, '../registry/registry.json');
export const textsPath = path.resolve(here, '../registry/texts.json');
export const indexModulePath = path.resolve(here, '../registry/index.generated.ts');

/**
 * A catalogue entry's sources: its JSON file and selex/ Markdown, or (a law only in selex/, like LPT) the
 * Markdown alone, with the JSON's fields taken from its frontmatter (beteckning, rubrik) and text.
 */
function readSources(dataDir: string, entry: CatalogueEntry): { file: JsonLawFile; json: JsonLaw; selex: SelexLaw | null } {
  const read = (name: string) => {
    const at = path.join(dataDir, name);
    if (!existsSync(at)) throw new Error(`Lagdatan saknar ${name} (i ${dataDir}); kontrollera law-catalogue.ts och ARENDE_LAGAR_DIR.`);
    return readFileSync(at, 'utf8');
  };
  const selex = entry.selex ? readSelexLaw(read(path.join('selex', entry.selex))) : null;
  if (entry.file) {
    const file = JSON.parse(read(entry.file)) as JsonLawFile;
    return { file, json: readJsonLaw(file), selex };
  }
  if (!selex) throw new Error(`${entry.namn}: law-catalogue.ts måste ange file (JSON) eller selex (Markdown).`);
  const id = selex.frontmatter.beteckning;
  const title = selex.frontmatter.rubrik;
  if (!id || !title) throw new Error(`${entry.selex}: frontmatter saknar beteckning eller rubrik.`);
  // "Lag om psykiatrisk tvångsvård" → "Lag (1991:1128) om psykiatrisk tvångsvård", as the JSON files title a law.
  const titled = title.includes(`(${id})`) ? title : title.replace(/^(\S+)/u, `$1 (${id})`);
  const file: JsonLawFile = { id, title: titled, url: riksdagenUrl(id), provisions: [] };
  return { file, json: { hasChapters: selex.hasChapters, provisions: [], transitional: selex.transitional, repairs: [] }, selex };
}

/** A selex-only law's data date, from its frontmatter; the build stops with the law named when it is missing. */
function requireDate(date: string | undefined, sfs: string): string {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/u.test(date)) throw new Error(`${sfs}: selex-filens frontmatter saknar publicerad_datum (lagtextens datum).`);
  return date;
}

/** The statute data folder: ARENDE_LAGAR_DIR, else `data/lagar` in a folder beside the clone (scripts/lib/data-dir.ts). */
export function defaultDataDir(): string {
  // When there is none, a path that names where it was looked for (callers report it as missing).
  return findDataDir(repoRoot, 'lagar', process.env.ARENDE_LAGAR_DIR) ?? path.join(path.dirname(repoRoot), '*', 'data', 'lagar');
}

export interface BuildResult {
  registry: RegistryFile;
  texts: RegistryTexts;
  log: string[];
}

export function buildRegistry(dataDir: string = defaultDataDir()): BuildResult {
  const log: string[] = [];
  const readJson = <T>(name: string): T => JSON.parse(readFileSync(path.join(dataDir, name), 'utf8')) as T;

  const corrRaw = readJson<{ correspondence: { edges: Parameters<typeof readCorrespondence>[0] } }>(correspondenceFile);
  const edges = readCorrespondence(corrRaw.correspondence.edges, log);

  const laws: RegistryLaw[] = [];
  const texts: RegistryTexts = {};
  let stillApplies: StillApplies[] = [];
  for (const entry of catalogue) {
    const { file, json, selex } = readSources(dataDir, entry);
    for (const r of json.repairs) log.push(`${file.id} ${r}`);
    let provisions: ProvisionDraft[] = json.provisions;
    let hasChapters = json.hasChapters;
    let chapterTitles: Record<string, string> = {};
    let ikraft = file.in_force_date ?? null;
    let source: 'selex' | 'json' = 'json';
    if (selex) {
      if (entry.file) crossCheck(file.id, selex.provisions, json.provisions, log);
      provisions = selex.provisions;
      hasChapters = selex.hasChapters;
      chapterTitles = selex.chapterTitles;
      ikraft ??= selex.frontmatter.ikraft_datum ?? null;
      source = 'selex';
    }
    ikraft ??= inForceFromTransitional(json.transitional, file.id) ?? entry.ikraftFallback ?? null;
    if (!ikraft) throw new Error(`Ikraftträdandedatum saknas för ${file.id}: ange ikraftFallback i law-catalogue.ts.`);

    if (file.id === '2025:400')
      registerKnown(
        provisions,
        edges.map((e) => e[1]),
        'mål',
        file.id,
        log,
      );
    if (file.id === '2001:453')
      registerKnown(
        provisions,
        edges.map((e) => e[0]),
        'källa',
        file.id,
        log,
      );

    if (file.id === '2025:400') stillApplies = stillAppliesFrom(json.transitional, file.id, log);

    const chapters = new Set<string>();
    for (const p of provisions) if (p.kapitel !== null) chapters.add(p.kapitel);
    if (entry.chapterRange) {
      for (let k = entry.chapterRange[0]; k <= entry.chapterRange[1]; k++) chapters.add(String(k));
    }
    const sorted = sortProvisions(provisions);
    texts[file.id] = sorted.map((p) => p.text);
    const { repealed, truncated, structure, points } = provisionFacts(file.id, sorted, source, log);
    laws.push({
      sfs: file.id,
      title: file.title,
      kortnamn: entry.kortnamn,
      namn: entry.namn,
      abbreviations: entry.abbreviations,
      names: entry.names,
      hasChapters,
      chapters: [...chapters].sort((a, b) => numberKey(a) - numberKey(b)),
      chapterTitles,
      ikraft,
      upphavd: entry.upphavd ?? null,
      predecessors: predecessorsFromTransitional(json.transitional, file.id),
      lagtextPer: entry.file ? JSON_DATA_AS_OF : requireDate(selex?.frontmatter.publicerad_datum, file.id),
      incomplete: entry.incomplete ?? false,
      url: riksdagenUrl(file.id),
      source,
      // Known from the text ("Har upphävts genom …"), kept in the index so that resolving a citation
      // never has to read the 1.2 MB of texts just to learn whether a paragraph still applies.
      repealed,
      ...(truncated.length ? { truncated } : {}),
      ...conventionOf(entry.conventionSince, sorted),
      provisions: sorted.map(toTuple),
      ...(Object.keys(structure).length ? { structure } : {}),
      ...(source === 'json' ? { points } : {}),
    });
  }
  const otherLaws = namesOfOtherLaws(dataDir, laws, log);
  return {
    registry: {
      version: 1,
      // The registry's date: the earliest of its laws' (a wording change after it may be unknown for some law).
      lagtextPer: laws.map((l) => l.lagtextPer).sort()[0]!,
      otherLaws,
      correspondence: { from: '2001:453', to: '2025:400', edges, stillApplies: resolveStillApplies(stillApplies, laws, texts, log) },
      laws,
    },
    texts,
    log,
  };
}

/**
 * What the index keeps about a law's provisions besides their texts: which are repealed, which texts the data
 * cut off, and the stycken and numbered points where they can be told.
 */
function provisionFacts(
  sfs: string,
  sorted: ProvisionDraft[],
  source: 'selex' | 'json',
  log: string[],
): { repealed: string[]; truncated: string[]; structure: Record<string, StructureTuple>; points: Record<string, number> } {
  const repealed = sorted.filter((p) => p.text !== null && REPEALED_TEXT.test(p.text)).map((p) => makeRef(p.kapitel, p.paragraf));
  // Texts the data cut off mid-sentence (after the repairs above): kept, but marked, so that hover and
  // `arende cite` say the text is incomplete instead of presenting a fragment as the provision.
  const truncated = [...new Set(sorted.filter((p) => p.text !== null && isTruncated(p.text)).map((p) => makeRef(p.kapitel, p.paragraf)))];
  if (truncated.length) log.push(`${sfs} avbrutna texter (${truncated.length}): ${truncated.join(', ')}`);
  // Stycken and points where the source shows them (selex/); a repealed provision has none to cite.
  const structure: Record<string, StructureTuple> = {};
  for (const p of sorted) {
    const ref = makeRef(p.kapitel, p.paragraf);
    if (p.structure && !repealed.includes(ref)) structure[ref] = p.structure;
  }
  // A law from the JSON alone (OSL, SoL, HSL …): its stycken are joined in one string and cannot be told apart,
  // but its numbered points can ("… 1. verksamhet enligt …, 2. …"): the longest run 1, 2, 3 … per paragraph.
  const points: Record<string, number> = {};
  if (source === 'json') {
    for (const p of sorted) {
      const ref = makeRef(p.kapitel, p.paragraf);
      const n = p.text && !repealed.includes(ref) ? numberedPoints(p.text) : 0;
      if (n > 0) points[ref] = Math.max(points[ref] ?? 0, n);
    }
  }
  if (source === 'selex') {
    log.push(`${sfs} struktur (stycken och punkter) för ${Object.keys(structure).length} av ${sorted.length} paragrafer`);
  }
  return { repealed, truncated, structure, points };
}

/** The page the data's `url` fields point to (one file uses data.riksdagen.se; we use the common form). */
function riksdagenUrl(sfs: string): string {
  const [year, number] = sfs.split(':');
  return `https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/sfs-${year}-${number}`;
}

/**
 * "N. Den upphävda lagen gäller fortfarande för a) …, och b) …" in the new SoL's transitional provisions:
 * the matters the old law still governs. An item cut off in the data (ending without "och"/".") is left out.
 */
function stillAppliesFrom(transitional: string, sfs: string, log: string[]): StillApplies[] {
  const m = /(\d+)\. Den upphävda lagen gäller fortfarande för (.*)$/u.exec(transitional);
  if (!m) return [];
  const out: StillApplies[] = [];
  for (const item of m[2]!.matchAll(/([a-z])\) (.+?)(?:,? och (?=[a-z]\) )|\.(?:\s|$)|$)/gu)) {
    const complete = item[0].endsWith('och ') || /\.\s*$/u.test(item[0]);
    if (!complete) {
      log.push(`${sfs} övergångsbestämmelse ${m[1]} ${item[1]}: avbruten i datan ("${item[2]!.slice(-40)}"), utelämnad`);
      continue;
    }
    out.push({ refs: [], what: item[2]!.trim(), source: `punkt ${m[1]} ${item[1]} i övergångsbestämmelserna till socialtjänstlagen (${sfs})` });
  }
  return out;
}

/** The old paragraphs each still-applying matter is about: those whose first sentence uses its key word's
 * stem ("återkrav" → "får socialnämnden återkräva …"): the paragraphs that govern it, not those mentioning it. */
function resolveStillApplies(items: StillApplies[], laws: RegistryLaw[], texts: RegistryTexts, log: string[]): StillApplies[] {
  const old = laws.find((l) => l.sfs === '2001:453');
  if (!old) return items;
  return items.map((it) => {
    const key = /^\p{L}+/u.exec(it.what)?.[0] ?? '';
    // The verb of the matter's noun: "återkrav" → "återkrä(va)"; a paragraph that governs recovery says
    // "får socialnämnden återkräva", one that only lists it ("beslut om återkrav") does not.
    const verb = key.slice(0, -1).replace(/a$/u, 'ä');
    const re = new RegExp(verb, 'iu');
    const firstSentence = (t: string) => /^.*?[.:](?=\s+\p{Lu}|$)/u.exec(t)?.[0] ?? t;
    const refs = old.provisions.filter((_p, i) => re.test(firstSentence(texts[old.sfs]?.[i] ?? ''))).map((p) => p[0]);
    log.push(`2001:453 gäller fortfarande för "${it.what}": ${refs.join(', ') || '–'}`);
    return { ...it, refs };
  });
}

/**
 * Names of laws outside the registry, with their SFS numbers, as the statute data writes them:
 * "räntelagen (1975:635)" in the texts, and "[19 kap. brottsbalken](https://selex.se/eli/sfs/1962/700)" in the
 * selex/ links. Only one-word names ("brottsbalken", "regeringsformen"; not "lagen") that always carry the same
 * number, and none the registry already knows. A citation of such a law stays `okänd` (its text is not here),
 * but its SFS number is known.
 */
function namesOfOtherLaws(dataDir: string, laws: RegistryLaw[], log: string[]): Record<string, string> {
  const seen = new Map<string, Map<string, number>>();
  const add = (name: string, sfs: string) => {
    const n = name.toLowerCase();
    if (/^(lagen|balken|förordningen|formen|ordningen|kungörelsen|stadgan)$/u.test(n)) return;
    const m = seen.get(n) ?? new Map<string, number>();
    m.set(sfs, (m.get(sfs) ?? 0) + 1);
    seen.set(n, m);
  };
  const ENDS = '(?:balken|formen|lagen|förordningen|ordningen|kungörelsen|stadgan)';
  const inText = new RegExp(`(?<![\\p{L}-])(?<!-\\s+och\\s+)(\\p{Ll}[\\p{L}-]*${ENDS})\\s*\\(\\[?(\\d{4}:\\d+)\\]?`, 'gu');
  const inLink = new RegExp(`(?<![\\p{L}-])(?<!-\\s+och\\s+)(\\p{Ll}[\\p{L}-]*${ENDS})\\]\\(https://selex\\.se/eli/sfs/(\\d{4})/(\\d+)\\)`, 'gu');
  const files = [
    // A law only in selex/ has no JSON file (its Markdown is read below with the rest of selex/).
    ...catalogue.flatMap((c) => (c.file ? [path.join(dataDir, c.file)] : [])),
    ...readdirSync(path.join(dataDir, 'selex'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => path.join(dataDir, 'selex', f)),
  ];
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(inText)) add(m[1]!, m[2]!);
    for (const m of text.matchAll(inLink)) add(m[1]!, `${m[2]}:${m[3]}`);
  }
  const known = new Set(laws.flatMap((l) => [...l.names, l.namn].map((n) => n.toLowerCase())));
  const registered = new Set(laws.map((l) => l.sfs));
  const out: Record<string, string> = {};
  for (const [name, counts] of [...seen].sort(([a], [b]) => a.localeCompare(b, 'sv'))) {
    if (known.has(name) || counts.size !== 1) continue;
    const [sfs] = [...counts.keys()];
    if (registered.has(sfs!)) continue;
    out[name] = sfs!;
  }
  log.push(`andra lagar med namn och SFS-nummer i datan: ${Object.keys(out).length}`);
  return out;
}

/** Paragraphs named in the correspondence exist even where the JSON lacks them: register them without text. */
function registerKnown(provisions: ProvisionDraft[], refs: string[], role: string, sfs: string, log: string[]): void {
  const have = new Set(provisions.map((p) => makeRef(p.kapitel, p.paragraf)));
  for (const ref of new Set(refs)) {
    if (have.has(ref)) continue;
    const [kapitel, paragraf] = splitRef(ref);
    provisions.push({ kapitel, paragraf, text: null, rubrik: '', from: '', until: '' });
    have.add(ref);
    log.push(`${sfs} ${ref}: finns som ${role} i jämförelsetabellen, registrerad utan text`);
  }
}

function crossCheck(sfs: string, selex: ProvisionDraft[], json: ProvisionDraft[], log: string[]): void {
  const s = new Set(selex.map((p) => makeRef(p.kapitel, p.paragraf)));
  const j = new Set(json.map((p) => makeRef(p.kapitel, p.paragraf)));
  const onlyJson = [...j].filter((r) => !s.has(r));
  const onlySelex = [...s].filter((r) => !j.has(r));
  log.push(`${sfs} selex ${s.size} paragrafer, JSON ${j.size}; bara i JSON: ${onlyJson.join(', ') || '–'}; bara i selex: ${onlySelex.length}`);
}

function sortProvisions(ps: ProvisionDraft[]): ProvisionDraft[] {
  return [...ps].sort(
    (a, b) =>
      (a.kapitel === null ? 0 : numberKey(a.kapitel)) - (b.kapitel === null ? 0 : numberKey(b.kapitel)) || numberKey(a.paragraf) - numberKey(b.paragraf),
  );
}

/** "Artiklarna 1-42 i Förenta nationernas konvention … ska … gälla som svensk lag": the articles made law. */
function conventionOf(since: string | undefined, provisions: ProvisionDraft[]): { convention?: { articles: [number, number]; since: string } } {
  if (!since) return {};
  for (const p of provisions) {
    const m = /Artiklarna (\d+)\s*[-–]\s*(\d+)/u.exec(p.text ?? '');
    if (m) return { convention: { articles: [Number(m[1]), Number(m[2])], since } };
  }
  return {};
}

/** A text that ends without sentence punctuation ends mid-sentence: the data lost the rest. */
export function isTruncated(text: string): boolean {
  return !/[.:;!?)”"]$/u.test(text.trim());
}

/** A provision whose consolidated text only says that it has been repealed. */
export const REPEALED_TEXT = /^(Har upphävts|Upphävd) genom /u;

function toTuple(p: ProvisionDraft): ProvisionTuple {
  const ref = makeRef(p.kapitel, p.paragraf);
  if (p.renumberedTo) return [ref, p.rubrik, p.from, p.until, p.lag ?? '', p.renumberedTo];
  if (p.lag !== undefined) return [ref, p.rubrik, p.from, p.until, p.lag];
  if (p.from || p.until) return [ref, p.rubrik, p.from, p.until];
  if (p.rubrik) return [ref, p.rubrik];
  return [ref];
}

/** Compact JSON, one provision per line so that a rebuild shows as a readable diff. */
export function serialiseRegistry(r: RegistryFile): string {
  const lines: string[] = [];
  lines.push(`{"version":${r.version},`);
  lines.push(`"lagtextPer":${JSON.stringify(r.lagtextPer)},`);
  lines.push(`"otherLaws":${JSON.stringify(r.otherLaws)},`);
  const { edges, ...corrMeta } = r.correspondence;
  // (stillApplies is small: it stays on the metadata line.)
  lines.push(`"correspondence":${JSON.stringify(corrMeta).slice(0, -1)},"edges":[`);
  lines.push(edges.map((e) => JSON.stringify(e)).join(',\n'));
  lines.push(']},');
  lines.push('"laws":[');
  r.laws.forEach((law, i) => {
    const { provisions, structure, ...meta } = law;
    lines.push(`${JSON.stringify(meta).slice(0, -1)},"provisions":[`);
    lines.push(provisions.map((p) => JSON.stringify(p)).join(',\n'));
    if (structure) {
      // One chapter per line: small, and a rebuild still shows as a readable diff.
      const byChapter = new Map<string, string[]>();
      for (const [ref, s] of Object.entries(structure)) {
        const k = ref.includes(':') ? ref.slice(0, ref.indexOf(':')) : '';
        byChapter.set(k, [...(byChapter.get(k) ?? []), `${JSON.stringify(ref)}:${JSON.stringify(s)}`]);
      }
      lines.push('],"structure":{');
      lines.push([...byChapter.values()].map((l) => l.join(',')).join(',\n'));
      lines.push(`}}${i < r.laws.length - 1 ? ',' : ''}`);
    } else lines.push(`]}${i < r.laws.length - 1 ? ',' : ''}`);
  });
  lines.push(']}');
  return `${lines.join('\n')}\n`;
}

/** The index as a TypeScript module holding the JSON as a string: bundlers include it, and V8 parses a
 * string plus JSON.parse far faster than Node's JSON-module loader (≈2 ms against 10–30 ms). */
export function serialiseIndexModule(indexJson: string): string {
  if (indexJson.includes('`') || indexJson.includes('${')) throw new Error('Registret innehåller ` eller ${');
  return `// Generated by scripts/build-registry.ts from registry.json. Do not edit.\nexport default String.raw\`${indexJson}\`;\n`;
}

/** One law per line. */
export function serialiseTexts(t: RegistryTexts): string {
  const entries = Object.entries(t).map(([sfs, list]) => `${JSON.stringify(sfs)}:${JSON.stringify(list)}`);
  return `{\n${entries.join(',\n')}\n}\n`;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const dataDir = process.argv[2] ? path.resolve(process.argv[2]) : defaultDataDir();
  if (!existsSync(dataDir)) {
    console.error(`Hittar inte lagdata i ${dataDir} (ange katalog som argument eller ARENDE_LAGAR_DIR).`);
    process.exit(1);
  }
  const { registry, texts, log } = buildRegistry(dataDir);
  if (process.argv.includes('--verbose') || process.env.VERBOSE) for (const l of log) console.log(l);
  const text = serialiseRegistry(registry);
  writeFileSync(registryPath, text);
  writeFileSync(indexModulePath, serialiseIndexModule(text));
  const textsText = serialiseTexts(texts);
  writeFileSync(textsPath, textsText);
  const count = registry.laws.reduce((n, l) => n + l.provisions.length, 0);
  console.log(
    `registry: ${registry.laws.length} lagar, ${count} paragrafer, ${(Buffer.byteLength(text) / 1024).toFixed(0)} kB index + ${(Buffer.byteLength(textsText) / 1024).toFixed(0)} kB texter → ${path.relative(repoRoot, path.dirname(registryPath))}`,
  );
}

/** The longest run of numbered points "1. ", "2. ", … in a text whose stycken the source joined. */
export function numberedPoints(text: string): number {
  let best = 0;
  let run = 0;
  for (const m of text.matchAll(/(?<![\p{L}\p{N}:(])(\d{1,2})\. (?=\p{L})/gu)) {
    const n = Number(m[1]);
    if (n === 1) run = 1;
    else if (n === run + 1) run = n;
    else continue;
    best = Math.max(best, run);
  }
  return best;
}
