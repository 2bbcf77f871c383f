/**
 * Old SoL numbers that pass silently (issue 10, point 1). 83 paragraph numbers of socialtjänstlagen
 * (2001:453) also exist in socialtjänstlagen (2025:400), with other content. A draft dated after
 * 2025-07-01 that writes "rätt till bistånd enligt 4 kap. 1 § SoL" gets the new 4 kap. 1 § (kommunens
 * ansvar), which exists: no status says anything is wrong. We compare the words around the citation with
 * both paragraphs' texts and say so when they fit the old one better.
 *
 * The comparison is deliberately simple and explainable: content words (stop words dropped, common
 * Swedish endings stripped, compounds matched by containment, so "orosanmälan" meets "anmäla") that
 * occur in one paragraph's text and not in the other's. Words both texts share say nothing about which
 * was meant.
 */
import { lawBySfs, lookupProvision, correspondingProvisions, correspondenceLaws, oldLawStillApplies } from './registry.js';
import { fullForm, standardForm, joinList } from './forms.js';
import { stillAppliesWhatEn, stillAppliesSourceEn } from './wording-notes.js';
import type { ResolvedCitation } from './types.js';

export interface OldSolReading {
  /** "4 kap. 1 § socialtjänstlagen (2001:453)". */
  oldForm: string;
  /** What the old paragraph is about (its subheading, or its first words). */
  oldAbout: string;
  /** "4 kap. 1 § socialtjänstlagen (2025:400)": what the citation resolves to now. */
  newForm: string;
  newAbout: string;
  /** Where the old paragraph went, in full form with "(2025:400)" (first is best). */
  motsvarar: string[];
  motsvararScope: 'helt' | 'delvis' | null;
  /** The context words found in the old text only, and in the new text only. */
  oldWords: string[];
  newWords: string[];
  /** The old law still governs some matters of this paragraph (återkrav of aid granted before
   * 2025-07-01): then the fix is not to switch, and `motsvarar` is only offered as the other reading. */
  stillApplies: boolean;
  /** Swedish, for the warning. */
  message: string;
  /** The same in English (the paragraphs' own words, law names and provision parts stay Swedish, quoted). */
  messageEn: string;
}

const STOP = new Set(
  `alla allt andra annan annat andra att av bara bli blir de dem den denna denne deras dess det detta dock
där efter eller en enligt ett fall finns för från genom gäller ha har hade hos här i inom inte kan kap kunna lag lagen
med men mot måste ni nu när och också om på sig sin sina sitt ska skall som så till under upp ut utan vad var vara vid
vilka vilket vår än även får övrigt samt sådan sådana detsamma varje något några någon mycket också dessa vilken
socialtjänstlagen socialtjänstlag paragraf paragrafen stycket punkt`.split(/\s+/),
);

/** Lower-cased stems of the content words of a text. */
export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/\p{L}{4,}/gu)) {
    const w = m[0];
    if (STOP.has(w)) continue;
    out.add(stem(w));
  }
  return out;
}

const ENDINGS = [
  'arnas',
  'ernas',
  'ornas',
  'arna',
  'erna',
  'orna',
  'ande',
  'ende',
  'ingen',
  'ning',
  'heten',
  'het',
  'ens',
  'ets',
  'ade',
  'are',
  'ast',
  'en',
  'et',
  'er',
  'ar',
  'or',
  'na',
  'ad',
  'at',
  'a',
  'e',
  's',
  't',
];

/** Stems by word: the same words recur across the two laws' paragraphs (commonStems reads them all). */
const stemByWord = new Map<string, string>();

function stem(w: string): string {
  let s = stemByWord.get(w);
  if (s === undefined) {
    s = w;
    for (const e of ENDINGS)
      if (w.length - e.length >= 4 && w.endsWith(e)) {
        s = w.slice(0, -e.length);
        break;
      }
    stemByWord.set(w, s);
  }
  return s;
}

/** A provision's stems, computed once (a draft may cite the same paragraph many times). */
const stemCache = new Map<string, Set<string>>();
function stemsOf(key: string, text: string): Set<string> {
  let stems = stemCache.get(key);
  if (!stems) {
    stems = contentStems(text);
    stemCache.set(key, stems);
  }
  return stems;
}

/** Whether a context stem occurs in a text's stems: equal, or one contains the other (compounds), ≥ 5 letters. */
export function occursIn(s: string, stems: Set<string>): boolean {
  if (stems.has(s)) return true;
  if (s.length < 5) return false;
  for (const t of stems) if (t.length >= 5 && (s.includes(t) || t.includes(s))) return true;
  return false;
}

let common: Set<string> | null = null;
/** Stems found in more than one paragraph in twelve of the two socialtjänstlagar (computed once, on first use). */
function commonStems(): Set<string> {
  if (common) return common;
  const df = new Map<string, number>();
  let n = 0;
  for (const sfs of [correspondenceLaws.from, correspondenceLaws.to]) {
    for (const ref of lawBySfs(sfs)?.refs ?? []) {
      const i = ref.indexOf(':');
      const text = lookupProvision(sfs, i < 0 ? null : ref.slice(0, i), i < 0 ? ref : ref.slice(i + 1))?.text;
      if (!text) continue;
      n++;
      for (const w of contentStems(text)) df.set(w, (df.get(w) ?? 0) + 1);
    }
  }
  common = new Set([...df].filter(([, k]) => k > n / 12).map(([w]) => w));
  return common;
}

function about(rubrik: string | null, text: string | null): string {
  if (rubrik && rubrik.length <= 80 && !/AVDELNING/u.test(rubrik)) return rubrik.charAt(0).toLowerCase() + rubrik.slice(1);
  const words = (text ?? '').split(/\s+/).slice(0, 10).join(' ');
  return words ? `"${words} …"` : '';
}

/**
 * For a citation that names SoL without a year ("4 kap. 1 § SoL") and resolved to 2025:400 although the
 * same number exists in 2001:453: the old reading when `context` (the words around the citation, or the
 * draft's rubrik and text for a `lagrum:` entry; best a sentence: the fewer words, the fewer chance matches) fits the old paragraph better; null otherwise, and null
 * when the words fit the new paragraph (the author meant the new law: say nothing).
 */
export function oldSolReading(r: ResolvedCitation, context: string): OldSolReading | null {
  const c = r.citation;
  if (r.sfs !== correspondenceLaws.to || r.status !== 'gällande') return null;
  // "enligt den tidigare 4 kap. 1 § SoL": the writer knows it is the old law.
  if (saysRepealed(context)) return null;
  if (!c.law || c.law.sfs || c.kapitel === null || c.paragraf === null) return null;
  const oldP = lookupProvision(correspondenceLaws.from, c.kapitel, c.paragraf);
  const newP = lookupProvision(correspondenceLaws.to, c.kapitel, c.paragraf);
  if (!oldP || !newP || !oldP.text || !newP.text) return null;
  const words = contentStems(context.split(r.text).join(' '));
  const oldStems = stemsOf(`${correspondenceLaws.from} ${oldP.ref}`, oldP.text);
  const newStems = stemsOf(`${correspondenceLaws.to} ${newP.ref}`, `${newP.text} ${newP.rubrik ?? ''}`);
  const oldWords: string[] = [];
  const newWords: string[] = [];
  for (const w of words) {
    const inOld = occursIn(w, oldStems);
    const inNew = occursIn(w, newStems);
    if (inOld && !inNew) oldWords.push(w);
    if (inNew && !inOld) newWords.push(w);
  }
  // The context is a sentence (or a draft's rubrik and text): one word only the old text has, and none only
  // the new one has, is enough ("utredning enligt 11 kap. 1 § SoL"); with words on both sides, the old
  // side must clearly outweigh the new.
  const fits = (o: string[], n: string[]) => (o.length >= 1 && n.length === 0) || (o.length >= 2 && o.length >= 2 * n.length + 1);
  // A short sentence has few words, and a word that many paragraphs of the two laws use ("behov") says little
  // about which one is meant: with words on both sides, those are set aside and the rest decides
  // ("inlett en utredning enligt 11 kap. 1 § SoL om behovet": "utredning" is the old 11:1's, "behov" everyone's).
  const common = commonStems();
  const fitsOld =
    fits(oldWords, newWords) ||
    (oldWords.length >= 1 &&
      newWords.length >= 1 &&
      fits(
        oldWords.filter((w) => !common.has(w)),
        newWords.filter((w) => !common.has(w)),
      ));
  if (!fitsOld) return null;

  const oldLaw = lawBySfs(correspondenceLaws.from)!;
  const newLaw = lawBySfs(correspondenceLaws.to)!;
  const edges = correspondingProvisions(`${c.kapitel}:${c.paragraf}`);
  const motsvarar = edges.map((e) => {
    const [k, p] = e.ref.split(':');
    return fullForm(newLaw, k ?? null, p ?? e.ref);
  });
  const motsvararScope = edges.length === 0 ? null : edges.some((e) => e.scope === 'delvis') ? 'delvis' : 'helt';
  const oldForm = fullForm(oldLaw, c.kapitel, c.paragraf);
  const newForm = fullForm(newLaw, c.kapitel, c.paragraf);
  const oldAbout = about(oldP.rubrik, oldP.text);
  const newAbout = about(newP.rubrik, newP.text);
  const written = standardForm(newLaw, c.kapitel, c.paragraf);
  const still = oldLawStillApplies(`${c.kapitel}:${c.paragraf}`);
  const withParts = motsvarar.map((m, i) => (edges[i]?.part ? `${m} (för ${edges[i]!.part})` : m));
  const where = still
    ? // Recovery of aid granted before 2025-07-01 is still governed by the old law: do not tell the user to switch.
      ` Den upphävda lagen gäller fortfarande för ${still.what.replace(/ikraftträdandet/u, 'ikraftträdandet 2025-07-01')} (${still.source}): gäller ärendet sådant, skriv ${oldForm}; annars motsvaras den av ${joinList(withParts)}.`
    : motsvarar.length
      ? ` Den gamla paragrafen motsvaras ${motsvararScope === 'delvis' ? 'delvis ' : ''}av ${joinList(withParts)}; skriv ${motsvarar.length > 1 ? 'den av dem som avses' : 'den'}.`
      : ' Jämförelsetabellen anger ingen motsvarighet i den nya lagen; kontrollera vad som avses.';
  const withPartsEn = motsvarar.map((m, i) => (edges[i]?.part ? `${m} (for '${edges[i]!.part}')` : m));
  const whereEn = still
    ? ` The repealed law still applies to ${stillAppliesWhatEn(still.what, '2025-07-01')} (${stillAppliesSourceEn(still.source)}): if the matter is of that kind, write ${oldForm}; otherwise it is replaced by ${joinList(withPartsEn, 'en')}.`
    : motsvarar.length
      ? ` The old paragraph is ${motsvararScope === 'delvis' ? 'partly ' : ''}replaced by ${joinList(withPartsEn, 'en')}; write ${motsvarar.length > 1 ? 'the one of them you mean' : 'that one'}.`
      : ' The comparison table gives no counterpart in the new law; check what is meant.';
  // The paragraphs' headings are the law's own Swedish words: quoted in English.
  const quoted = (a: string) => (a.startsWith('"') ? a : `'${a}'`);
  const messageEn =
    `"${written}" is read as ${newForm}${newAbout ? ` (${quoted(newAbout)})` : ''}, but the words around the reference fit ${oldForm}${oldAbout ? ` (${quoted(oldAbout)})` : ''} better. ` +
    `On 1 July 2025 socialtjänstlagen (2001:453) was replaced by socialtjänstlagen (2025:400), with new numbering.${whereEn}`;
  const message =
    `"${written}" läses som ${newForm}${newAbout ? ` (${newAbout})` : ''}, men orden runt hänvisningen passar bättre ${oldForm}${oldAbout ? ` (${oldAbout})` : ''}. ` +
    `Den 1 juli 2025 ersattes socialtjänstlagen (2001:453) av socialtjänstlagen (2025:400), med ny numrering.${where}`;
  return { oldForm, oldAbout, newForm, newAbout, motsvarar, motsvararScope, oldWords, newWords, stillApplies: still !== null, message, messageEn };
}

/** The sentence of `text` that holds [start, end): from the previous sentence end (". " before a capital,
 * or a blank line) to the next one. "kap. 1 §" is no sentence end (a digit follows). */
export function sentenceAround(text: string, start: number, end: number): string {
  // Looked for within SENTENCE_WINDOW characters each side: slicing and scanning the whole text for every
  // citation was quadratic (a 10 MB draft). A longer "sentence" is cut there.
  const lo = Math.max(0, start - SENTENCE_WINDOW);
  const before = text.slice(lo, start);
  let from = lo + before.lastIndexOf('\n\n') + 1;
  for (const m of before.matchAll(/[.!?](?=\s+[A-ZÅÄÖ])/gu)) from = Math.max(from, lo + m.index + 1);
  const after = text.slice(end, end + SENTENCE_WINDOW);
  const stop = /[.!?](?=\s+[A-ZÅÄÖ]|\s*$)|\n\n/u.exec(after);
  return text.slice(from, stop ? end + stop.index + 1 : end + after.length).trim();
}

const SENTENCE_WINDOW = 2000;

/**
 * `arende cite` and hover: a citation whose words fit the repealed SoL better (see oldSolReading) gets the
 * warning appended to its message, so that no output presents "4 kap. 1 § SoL" about rätt till bistånd as
 * the new 4 kap. 1 § without a word. Returns the same objects.
 */
export function withOldSolNotes<T extends ResolvedCitation>(results: T[], text: string): T[] {
  for (const r of results) {
    const reading = oldSolReading(r, sentenceAround(text, r.groupStart, r.groupEnd));
    if (reading) {
      r.message = `${r.message} ${reading.message}`;
      r.messageEn = `${r.messageEn} ${reading.messageEn}`;
    }
  }
  return results;
}

/**
 * Whether a sentence itself says the law it cites is repealed or old ("den upphävda socialtjänstlagen
 * (2001:453)", "enligt tidigare 4 kap. 1 § SoL", "den gamla lagen"): then citing it is deliberate history,
 * and no rule tells the writer to switch.
 */
export function saysRepealed(sentence: string): boolean {
  return /(?<![\p{L}])(?:upphävd[ae]?|upphävts|upphörde|tidigare|gamla|äldre|dåvarande|förra|ersattes|ersatts)(?![\p{L}])/iu.test(sentence);
}

/** Whether a sentence is about återkrav (recovery of aid): "återkrav", "återkräva", "återbetalning". */
export function aboutRecovery(sentence: string): boolean {
  return /återkr[äa]v|återbetal/iu.test(sentence);
}
