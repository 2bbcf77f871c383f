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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternatives = [...new Set([...abbreviations.keys(), ...names.keys()])]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');

const SFS = String.raw`\(\s*(\d{4}:\d{1,4})\s*\)`;
export const MENTION_SOURCE =
  String.raw`(?<![\p{L}\p{N}])(?:` +
  String.raw`([\p{L}-]*(?:lag|lagen|balk|balken|förordning|förordningen))\s*${SFS}` +
  String.raw`|((?:samma|nämnda|sistnämnda|förstnämnda)\s+(?:lag|lagen|balk|balken))` +
  String.raw`|(${alternatives})(?:\s*${SFS})?` +
  String.raw`)(?![\p{L}\p{N}])`;

const MENTION = new RegExp(MENTION_SOURCE, 'giu');

export function findLawMentions(text: string): LawMention[] {
  const out: LawMention[] = [];
  MENTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MENTION.exec(text)) !== null) {
    const start = m.index;
    let end = start + m[0].length;
    if (m[1] !== undefined) {
      const word = m[1];
      const sfs = m[2];
      // "Lag (2012:776)." after a provision is an amendment stamp, not a reference.
      if ((word === 'Lag' || word === 'Förordning') && !/^\s+om\s/u.test(text.slice(end, end + 5))) continue;
      end += titleTailLength(text, end, sfs);
      const generic = /^(lag|lagen|balk|balken|förordning|förordningen)$/iu.test(word);
      const known = lawBySfs(sfs) !== null || sfsForName(word).length > 0;
      out.push({
        start, end, text: text.slice(start, end), sfs,
        name: generic ? null : word.toLowerCase(), same: false, unknownName: !known,
      });
    } else if (m[3] !== undefined) {
      out.push({ start, end, text: m[0], sfs: null, name: null, same: true, unknownName: false });
    } else {
      const word = m[4];
      const isAbbreviation = abbreviations.has(word);
      if (!isAbbreviation && !names.has(word.toLowerCase().replace(/\s+/g, ' '))) continue; // "kl", "sol"
      const sfs = m[5] ?? null;
      if (sfs) end += titleTailLength(text, end, sfs);
      out.push({
        start, end, text: text.slice(start, end), sfs,
        name: isAbbreviation ? word : word.toLowerCase().replace(/\s+/g, ' '), same: false, unknownName: false,
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
  const words = law.title.slice(tail.index + 1).trim().split(/\s+/);
  const re = /\s+(\S+)/uy;
  re.lastIndex = at;
  let pos = at;
  let matched = 0;
  for (const w of words) {
    const m = re.exec(text);
    if (!m || m[1].toLowerCase() !== w.toLowerCase()) {
      // A cut-short title ending in an ellipsis still belongs to the name.
      if (m && /^(…|\.\.\.)$/.test(m[1]) && matched >= 2) return m.index + m[0].length - at;
      break;
    }
    matched++;
    pos = m.index + m[0].length;
  }
  return matched >= 2 ? pos - at : 0;
}
