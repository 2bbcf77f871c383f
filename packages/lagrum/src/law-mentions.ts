/**
 * Finds the laws named in a text: abbreviations (case-sensitive: "SoL", never "sol"), names in any case
 * ("Socialtjänstlagen", "LSS-lagen"), any "…lagen (SFS)" / "…balken (SFS)" / "lagen (SFS) om …", and
 * "samma lag" / "nämnda lag". An amendment stamp "Lag (2012:776)." is not a mention.
 */
import { allLaws, lawBySfs } from './registry.js';
import type { LawMention } from './types.js';

const abbreviations = new Map<string, string[]>();
const names = new Map<string, string[]>();
for (const law of allLaws()) {
  for (const a of law.abbreviations) abbreviations.set(a, [...(abbreviations.get(a) ?? []), law.sfs]);
  for (const n of [...law.names, law.namn]) {
    const key = n.toLowerCase();
    if (!names.get(key)?.includes(law.sfs)) names.set(key, [...(names.get(key) ?? []), law.sfs]);
  }
}

/** SFS numbers a name or abbreviation may stand for (the date decides between them). */
export function sfsForName(name: string): string[] {
  return abbreviations.get(name) ?? names.get(name.toLowerCase()) ?? [];
}

/** All names and abbreviations, for completion. */
export function knownNames(): { name: string; sfs: string[]; abbreviation: boolean }[] {
  return [
    ...[...abbreviations].map(([name, sfs]) => ({ name, sfs, abbreviation: true })),
    ...[...names].map(([name, sfs]) => ({ name, sfs, abbreviation: false })),
  ];
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternatives = [...new Set([...abbreviations.keys(), ...names.keys()])]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegex)
  .join('|');

const SFS = String.raw`\(\s*(\d{4}:\d{1,4})\s*\)`;
const MENTION_SOURCE =
  String.raw`(?<![\p{L}\p{N}])(?:` +
  String.raw`([\p{L}-]*(?:lag|lagen|balk|balken|förordning|förordningen|kungörelse|kungörelsen|stadga|stadgan))\s*${SFS}` +
  String.raw`|((?:samma|nämnda|sistnämnda|förstnämnda)\s+(?:lag|lagen|balk|balken|förordning|förordningen|kungörelse|kungörelsen))` +
  String.raw`|(${alternatives})(?:\s*${SFS})?` +
  String.raw`)(?![\p{L}\p{N}])`;

const MENTION = new RegExp(MENTION_SOURCE, 'yiu');

// Speed: the full pattern is tried only near cheap literal triggers ("lag", "balk", "samma", an
// abbreviation …): at the start of the word holding the trigger and, for names that end in "-lagen"
// ("hälso- och sjukvårdslagen"), up to three words before it. Over 1 MB of prose this is several times
// faster than letting the big Unicode alternation try every word.
const abbreviationAlternation = [...abbreviations.keys()].sort((a, b) => b.length - a.length).join('|');
const NAME_TRIGGERS = /lag|balk|förordning|kungörelse|stadga|samma|nämnda|barnkonvention|finsam|fn:s/gi;
const ABBREVIATION_TRIGGERS = new RegExp(abbreviationAlternation || '(?!)', 'g');

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 45 || code === 58 || (code >= 0xc0 && code <= 0x24f);
}

function wordStart(text: string, i: number): number {
  while (i > 0 && isWordChar(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Start of the word before the one starting at `i` (or -1). */
function previousWordStart(text: string, i: number): number {
  let j = i;
  while (j > 0 && !isWordChar(text.charCodeAt(j - 1))) {
    if (i - j > 3) return -1;
    j--;
  }
  if (j === i || (j === 0 && !isWordChar(text.charCodeAt(0)))) return -1;
  return wordStart(text, j);
}

// Names of several words whose first word holds no trigger ("hälso- och sjukvårdslagen"): their last
// word, and how many words back the name starts.
const lookBack = new Map<string, number>();
const firstWords = new Set<string>(['samma', 'nämnda', 'sistnämnda', 'förstnämnda']);
for (const n of [...abbreviations.keys(), ...names.keys()]) {
  const words = n.toLowerCase().split(/\s+/);
  firstWords.add(words[0]!);
  if (words.length > 1) lookBack.set(words[words.length - 1]!, Math.max(lookBack.get(words[words.length - 1]!) ?? 0, words.length - 1));
}
const GENERIC_ENDS = ['lag', 'lagen', 'balk', 'balken', 'förordning', 'förordningen', 'kungörelse', 'kungörelsen', 'stadga', 'stadgan'];

/** A word can start a mention if it is a name's first word, or a "…lag"/"…balk" followed by "(SFS)". */
function mayStart(text: string, start: number): boolean {
  let end = start;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  let w = text.slice(start, end).toLowerCase();
  const colon = w.indexOf(':');
  if (firstWords.has(w) || (colon > 0 && firstWords.has(w.slice(0, colon)))) return true;
  if (colon > 0) w = w.slice(0, colon);
  if (!GENERIC_ENDS.some((e) => w.endsWith(e))) return false;
  while (end < text.length && text.charCodeAt(end) <= 32) end++;
  return text.charCodeAt(end) === 40; // "("
}

function candidateStarts(text: string): number[] {
  const starts: number[] = [];
  let m: RegExpExecArray | null;
  NAME_TRIGGERS.lastIndex = 0;
  while ((m = NAME_TRIGGERS.exec(text)) !== null) {
    const ws = wordStart(text, m.index);
    let we = m.index;
    while (we < text.length && isWordChar(text.charCodeAt(we))) we++;
    NAME_TRIGGERS.lastIndex = Math.max(NAME_TRIGGERS.lastIndex, we);
    const back = lookBack.get(text.slice(ws, we).toLowerCase()) ?? 0;
    let b = ws;
    const before: number[] = [];
    for (let k = 0; k < back; k++) {
      b = previousWordStart(text, b);
      if (b < 0) break;
      before.unshift(b);
    }
    starts.push(...before);
    if (mayStart(text, ws)) starts.push(ws);
  }
  ABBREVIATION_TRIGGERS.lastIndex = 0;
  while ((m = ABBREVIATION_TRIGGERS.exec(text)) !== null) starts.push(wordStart(text, m.index));
  return starts.sort((a, b) => a - b);
}

export function findLawMentions(text: string): LawMention[] {
  const out: LawMention[] = [];
  let lastEnd = 0;
  for (const at of candidateStarts(text)) {
    if (at < lastEnd) continue;
    MENTION.lastIndex = at;
    const m = MENTION.exec(text);
    if (m === null) continue;
    lastEnd = m.index + m[0].length;
    const start = m.index;
    let end = start + m[0].length;
    if (m[1] !== undefined) {
      const word = m[1]!;
      const sfs = m[2]!;
      // "Lag (2012:776)." after a provision is an amendment stamp, not a reference.
      if ((word === 'Lag' || word === 'Förordning') && !/^\s+om\s/u.test(text.slice(end, end + 5))) continue;
      end += titleTailLength(text, end, sfs);
      const generic = /^(lag|lagen|balk|balken|förordning|förordningen|kungörelse|kungörelsen|stadga|stadgan)$/iu.test(word);
      const known = lawBySfs(sfs) !== null || sfsForName(word).length > 0;
      out.push({
        start,
        end,
        text: text.slice(start, end),
        sfs,
        name: generic ? null : word.toLowerCase(),
        same: false,
        unknownName: !known,
      });
    } else if (m[3] !== undefined) {
      out.push({ start, end, text: m[0], sfs: null, name: null, same: true, unknownName: false });
    } else {
      const word = m[4]!;
      const isAbbreviation = abbreviations.has(word);
      if (!isAbbreviation && !names.has(word.toLowerCase().replace(/\s+/g, ' '))) continue; // "kl", "sol"
      const sfs = m[5] ?? null;
      if (sfs) end += titleTailLength(text, end, sfs);
      out.push({
        start,
        end,
        text: text.slice(start, end),
        sfs,
        name: isAbbreviation ? word : word.toLowerCase().replace(/\s+/g, ' '),
        same: false,
        unknownName: false,
      });
    }
  }
  return out;
}

/** "lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser": the title after the number
 * belongs to the mention when it matches the law's title (possibly cut short: "om finansiell samordning …"). */
function titleTailLength(text: string, at: number, sfs: string): number {
  const law = lawBySfs(sfs);
  if (!law) return 0;
  const tail = /\)\s*(om|med|till)\s.*$/u.exec(law.title);
  if (!tail) return 0;
  const words = law.title
    .slice(tail.index + 1)
    .trim()
    .split(/\s+/);
  const re = /\s+(\S+)/uy;
  re.lastIndex = at;
  let pos = at;
  let matched = 0;
  for (const w of words) {
    const m = re.exec(text);
    // Punctuation after a word ("…rehabiliteringsinsatser.") ends the sentence, not the match.
    const word = m ? m[1]!.replace(/[.,;:!?)»”"]+$/u, '') : '';
    if (!m || word.toLowerCase() !== w.toLowerCase()) {
      // A cut-short title ending in an ellipsis still belongs to the name.
      if (m && /^(…|\.\.\.)$/.test(m[1]!) && matched >= 2) return m.index + m[0].length - at;
      break;
    }
    matched++;
    pos = m.index + m[0].length - (m[1]!.length - word.length);
    if (word.length < m[1]!.length) break;
  }
  return matched >= 2 ? pos - at : 0;
}
