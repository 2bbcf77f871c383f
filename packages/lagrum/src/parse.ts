/**
 * Finds statute citations in free text. Every form in docs/DOMAIN.md ("How citations are written"): "2 kap. 6 § SoL",
 * "SoL 2 kap. 6 §", "SoL 2:6", "2:6 SoL", "8 a §", "8a §", "6§", "2kap 6§", "första stycket",
 * "andra stycket 3", "2 st.", "p. 2", "6 och 7 §§", "2, 4–6 och 8 §§", "9 § LSS", "LSS 7 §", law names
 * with and without SFS number, a whole law, "samma lag". Minute references ("§ 31", "KS § 58") have the
 * number after the sign and are never taken; amendment stamps ("Lag (2012:776).") are skipped.
 *
 * Decisions:
 * - A list gives one citation per paragraph. Each gets its own, non-overlapping range: the first runs
 *   from the start of the reference to the next number, the next from its number on, and the last to
 *   the end of the reference (law name included). Paragraphs inside a range ("5" in "4–6") get an empty
 *   range at the range's end number.
 * - A paragraph with no law named nearby ("enligt 6 §") is a citation with `law: null`; it resolves to
 *   status "okänd". A law named after the last item of a list ("2 kap. 6 § och 3 kap. 1 § SoL") applies to
 *   every item of the list; a chapter carries over to following chapterless items of the same law.
 * - "2:6" is a citation only with a law next to it ("SoL 2:6", "2:6 SoL"): alone it is a time or a number.
 * - A law named on its own ("enligt föräldrabalken", "Socialtjänstlag (2025:400)") is a whole-law citation.
 */
import { findLawMentions, sfsForName } from './law-mentions.js';
import { otherLawSfs } from './registry.js';
import { closeLawName } from './close-names.js';
import type { Citation, LawMention } from './types.js';

const NUM = String.raw`(?!0)\d{1,3}(?:\s?[a-z](?![\p{L}\p{N}]))?`;
const SEP = String.raw`\s*(?:,\s*och|,|och|eller|samt|[-–—]|till)\s*`;
// Speed: a list is at most MAX_LIST numbers long. Unbounded, every number of a long run without a "§"
// ("1, 2, 3, … 10 000") re-read the rest of the run before failing: quadratic (80 KB of numbers took 15 s).
// A real list of paragraphs is far shorter; a longer one is read from its last MAX_LIST numbers.
const MAX_LIST = 40;
const PARS = String.raw`(${NUM}(?:${SEP}${NUM}){0,${MAX_LIST - 1}})\s*(§§?)`;
const KAP = String.raw`((?!0)\d{1,2}(?:\s?[a-z])?)\s*kap(?:\.|itlet)?(?![\p{L}])`;
// "6:38 p. 4": the "p" is punkt, not a paragraph letter ("6 kap. 38 p §" does not exist).
const SHORT = String.raw`((?!0)\d{1,2}(?:\s?[a-z])?):((?!0)\d{1,3}(?:\s?(?!p\.|p\s*\d)[a-z](?![\p{L}\p{N}]))?)(?![\p{N}:])`;
// A number right after a section sign is a minute reference ("KS § 58 samt 9 § LSS"): never a group start.
const GROUP = new RegExp(String.raw`(?<![\p{L}\p{N}:/.\-–,])(?<!§\s{0,3})(?:${KAP}(?:\s*${PARS})?|${PARS}|${SHORT})`, 'gu');

const ORDINALS = ['första', 'andra', 'tredje', 'fjärde', 'femte', 'sjätte', 'sjunde', 'åttonde', 'nionde', 'tionde'];
const ORDINAL = `(${ORDINALS.join('|')})`;
const STYCKE = new RegExp(
  String.raw`\s*(?:${ORDINAL}\s+(?:stycket|st\.?)|((?!0)\d{1,2})\s*st\.?|st\.?\s*((?!0)\d{1,2})|(sista)\s+stycket)(?![\p{L}\p{N}])`,
  'yu',
);
/** "första meningen", "sista meningen": a sentence of the stycke; read past so the law after it attaches. */
const MENING = new RegExp(String.raw`\s*(?:${ORDINAL}|sista)\s+meningen(?![\p{L}\p{N}])`, 'yu');
/** "5 mom." (moment, in older laws): part of the paragraph; read past so the law after it attaches. */
const MOMENT = /\s*(?!0)\d{1,2}\s*mom\.(?![\p{L}\p{N}])/uy;
// A bare number is a punkt only on the same line: after a line break, "1." starts a numbered list.
const BARE_PUNKT = String.raw`((?!0)\d{1,2})(?![\p{N}:]|\s*(?:kap|§|st\b|st\.|[-–]\d))`;
const PUNKT = new RegExp(
  String.raw`(?:\s*(?:punkt|p\.?)\s*((?!0)\d{1,2})|\s*((?!0)\d{1,2})\s*p\.|\s*${ORDINAL}\s+punkten|[^\S\r\n]*${BARE_PUNKT})(?![\p{L}\p{N}])`,
  'yu',
);
/** A range of punkter after the paragraph: "9 § 4–6 LSS". */
const PUNKT_RANGE = /[^\S\r\n]*((?!0)\d{1,2})\s*[-–—]\s*((?!0)\d{1,2})(?![\p{L}\p{N}:])/uy;
/** More punkter after the first: "9 § 4, 5 eller 6 lagen (1993:387)", "9 § 2 och 8 LSS". */
const PUNKT_MORE = new RegExp(String.raw`${SEP}${BARE_PUNKT}(?![\p{L}\p{N}])`, 'yu');
const LAW_CONNECTOR = /\s+(?:i\s+)?/uy;
/** A word that may be a misspelt law name, right after a reference ("9 § LLS"). */
const MISSPELT = /(\p{L}[\p{L}-]+)(?![\p{L}\p{N}])/uy;
const UNKNOWN_LAW = /([\p{Ll}-]{2,}(?:lagen|balken|förordningen|kungörelsen|stadgan|formen|ordningen))(?![\p{L}\p{N}])/uy;
// A letter item after a paragraph ("10 § f och 22 § personuppgiftslagen") does not break the list.
const CHAIN = /^\s*(?:[a-z](?![\p{L}\p{N}])\s*)?(?:,\s*och|,|och|eller|samt|respektive)\s*$/u;

interface ItemDraft {
  paragraf: string | null;
  numStart: number;
  interpolated: boolean;
}

interface Group {
  start: number;
  end: number;
  kapitel: string | null;
  items: ItemDraft[];
  stycke: number | null;
  punkt: number | null;
  /** A list of punkter of one paragraph ("9 § 4, 5 eller 6 LSS"): one citation each. */
  punkter: { punkt: number; numStart: number; interpolated: boolean }[] | null;
  law: LawMention | null;
  lawAfter: boolean;
  form: Citation['form'];
  unrepresented: string | undefined;
  matchStart: number;
  matchEnd: number;
}

/** Every citation in `text`, in text order, with non-overlapping ranges. Never throws. */
export function findCitations(text: string): Citation[] {
  const mentions = findLawMentions(text);
  resolveSameLaw(mentions);
  const byStart = new Map<number, LawMention>();
  const byEnd = new Map<number, LawMention>();
  for (const m of mentions) {
    byStart.set(m.start, m);
    byEnd.set(m.end, m);
  }
  const consumed = new Set<LawMention>();
  const groups: Group[] = [];

  GROUP.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GROUP.exec(text)) !== null) {
    const g = readGroup(text, m, byStart, byEnd, consumed);
    if (!g) {
      GROUP.lastIndex = m.index + 1;
      continue;
    }
    groups.push(g);
    GROUP.lastIndex = Math.max(g.end, m.index + 1);
  }
  shareLawsInLists(text, groups);
  bindToSentenceLaw(text, groups, mentions);

  const out: Citation[] = [];
  for (const g of groups) out.push(...expand(text, g));
  for (const mention of mentions) {
    if (consumed.has(mention) || mention.same) continue;
    const article = articleAround(text, mention);
    const start = article?.start ?? mention.start;
    const end = article?.end ?? mention.end;
    out.push({
      start,
      end,
      groupStart: start,
      groupEnd: end,
      text: text.slice(start, end),
      law: mention,
      kapitel: null,
      paragraf: null,
      stycke: null,
      punkt: null,
      form: 'law',
      ...(article ? { artikel: article.artikel } : {}),
    });
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  // Defensive: drop anything that would overlap what came before (the grammar should never produce it).
  const clean: Citation[] = [];
  let lastEnd = -1;
  for (const c of out) {
    if (c.start < lastEnd && c.end > c.start) continue;
    clean.push(c);
    lastEnd = Math.max(lastEnd, c.end);
  }
  return clean;
}

/** Laws that incorporate a convention cited by article (barnkonventionen, lag 2018:1197). */
const BY_ARTICLE = new Set(['2018:1197']);
const ARTICLE_BEFORE = /(?:artikel|art\.)\s*((?!0)\d{1,2})\s+(?:i\s+)?$/iu;
const ARTICLE_AFTER = /^:?s?\s+(?:artikel|art\.)\s*((?!0)\d{1,2})(?![\p{L}\p{N}])/iu;

/** "artikel 3 i barnkonventionen", "barnkonventionens artikel 12", "art. 12 barnkonventionen". */
function articleAround(text: string, m: LawMention): { start: number; end: number; artikel: number } | null {
  const sfs = m.sfs ?? sfsForName(m.name ?? '')[0];
  if (!sfs || !BY_ARTICLE.has(sfs)) return null;
  const before = ARTICLE_BEFORE.exec(text.slice(Math.max(0, m.start - 20), m.start));
  if (before) return { start: m.start - before[0].length, end: m.end, artikel: Number(before[1]) };
  const after = ARTICLE_AFTER.exec(text.slice(m.end, m.end + 20));
  if (after) return { start: m.start, end: m.end + after[0].length, artikel: Number(after[1]) };
  return null;
}

/** Per name, the SFS numbers laws of that name were written with, by end offset (built once per text). */
const writtenSfs = new WeakMap<Map<number, LawMention>, Map<string, { end: number; sfs: string }[]>>();

/** The SFS number a law of this name was written with earlier in the text, if any. */
function earlierSfs(byEnd: Map<number, LawMention>, before: number, name: string): string | null {
  let index = writtenSfs.get(byEnd);
  if (!index) {
    index = new Map();
    for (const [end, m] of byEnd) {
      if (!m.sfs || !m.name) continue;
      index.set(m.name, [...(index.get(m.name) ?? []), { end, sfs: m.sfs }]);
    }
    writtenSfs.set(byEnd, index);
  }
  // The list is in text order: the last one ending before `before`, by binary search (a text may name a
  // law thousands of times).
  const list = index.get(name) ?? [];
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.end <= before) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1]!.sfs : null;
}

/** "samma lag" / "nämnda lag" refers to the law named before it. */
function resolveSameLaw(mentions: LawMention[]): void {
  let last: LawMention | null = null;
  for (const m of mentions) {
    if (!m.same) {
      last = m;
      continue;
    }
    if (last) {
      m.sfs = last.sfs;
      m.name = last.name;
      m.unknownName = last.unknownName;
    }
  }
}

/** The chapter and the paragraphs a match names, and the form they are written in. */
function groupItems(m: RegExpExecArray): { kapitel: string | null; items: ItemDraft[]; form: Citation['form'] } {
  const start = m.index;
  let kapitel: string | null = null;
  let items: ItemDraft[] = [];
  let form: Citation['form'];
  if (m[6] !== undefined) {
    kapitel = label(m[6]);
    items = [{ paragraf: label(m[7]!), numStart: start + m[0].indexOf(':') + 1, interpolated: false }];
    form = 'short';
  } else if (m[1] !== undefined) {
    kapitel = label(m[1]);
    if (m[2] !== undefined) {
      const parsStart = start + m[0].lastIndexOf(m[2], m[0].length - m[3]!.length);
      items = listItems(m[2], parsStart);
      form = 'standard';
    } else {
      items = [{ paragraf: null, numStart: start, interpolated: false }];
      form = 'chapter';
    }
  } else {
    items = listItems(m[4]!, start);
    form = 'standard';
  }
  return { kapitel, items, form };
}

interface GroupDetail {
  stycke: number | null;
  punkt: number | null;
  punkter: Group['punkter'];
  /** Words that belong to the citation but are not recorded (a moment, "sista stycket", a mening). */
  unrepresented: string[];
  end: number;
}

/** Stycke and punkt (or a list or range of punkter) written after the paragraphs, which end at `end`. */
function groupDetail(text: string, end: number, items: ItemDraft[], byStart: Map<number, LawMention>): GroupDetail {
  let stycke: number | null = null;
  let punkt: number | null = null;
  let punkter: Group['punkter'] = null;
  const unrepresented: string[] = [];
  MOMENT.lastIndex = end;
  const mom = MOMENT.exec(text);
  if (mom) {
    unrepresented.push(mom[0].trim());
    end = MOMENT.lastIndex;
  }
  STYCKE.lastIndex = end;
  const s = STYCKE.exec(text);
  if (s) {
    // "sista stycket" names no number: nothing to record or check, but the words belong to the citation.
    stycke = s[4] ? null : s[1] ? ORDINALS.indexOf(s[1].toLowerCase()) + 1 : Number(s[2] ?? s[3]);
    if (s[4]) unrepresented.push(s[0].trim());
    end = STYCKE.lastIndex;
    MENING.lastIndex = end;
    const mening = MENING.exec(text);
    if (mening) {
      unrepresented.push(mening[0].trim());
      end = MENING.lastIndex;
    }
  }
  PUNKT.lastIndex = end;
  const p = PUNKT.exec(text);
  if (p) {
    punkt = p[3] ? ORDINALS.indexOf(p[3].toLowerCase()) + 1 : Number(p[1] ?? p[2] ?? p[4]);
    end = PUNKT.lastIndex;
    if (items.length === 1 && (p[1] ?? p[4]) !== undefined) {
      const list = punktList(text, end, punkt, PUNKT.lastIndex - String(punkt).length, byStart);
      if (list) {
        punkter = list.punkter;
        end = list.end;
      }
    }
  } else if (items.length === 1) {
    // A range of punkter ("9 § 4–6 LSS"): only with the law right after it, as for a list of punkter
    // (otherwise "4–6" may be anything: a range of stycken, of years …).
    PUNKT_RANGE.lastIndex = end;
    const r = PUNKT_RANGE.exec(text);
    if (r) {
      const from = Number(r[1]);
      const to = Number(r[2]);
      LAW_CONNECTOR.lastIndex = PUNKT_RANGE.lastIndex;
      const gap = LAW_CONNECTOR.exec(text);
      if (to > from && to - from <= 30 && gap && byStart.has(LAW_CONNECTOR.lastIndex)) {
        const fromAt = r.index + r[0].indexOf(r[1]!);
        const toAt = PUNKT_RANGE.lastIndex - r[2]!.length;
        punkter = [];
        for (let k = from; k <= to; k++) {
          punkter.push({ punkt: k, numStart: k === from ? fromAt : toAt, interpolated: k !== from && k !== to });
        }
        punkt = from;
        end = PUNKT_RANGE.lastIndex;
      }
    }
  }
  return { stycke, punkt, punkter, unrepresented, end };
}

interface GroupLaw {
  law: LawMention | null;
  lawAfter: boolean;
  end: number;
  groupStart: number;
}

/**
 * The law a reference cites: one named right after it (a known law, a law outside the registry, or a
 * misspelt name), else one named right before it. A law after the reference wins over one before it.
 */
function groupLaw(
  text: string,
  start: number,
  end: number,
  byStart: Map<number, LawMention>,
  byEnd: Map<number, LawMention>,
  consumed: Set<LawMention>,
): GroupLaw {
  let law: LawMention | null = null;
  let lawAfter = false;
  LAW_CONNECTOR.lastIndex = end;
  const gap = LAW_CONNECTOR.exec(text);
  const after = gap ? byStart.get(LAW_CONNECTOR.lastIndex) : undefined;
  if (after && !consumed.has(after)) {
    law = after;
    lawAfter = true;
    consumed.add(after);
    end = after.end;
  } else if (gap) {
    UNKNOWN_LAW.lastIndex = LAW_CONNECTOR.lastIndex;
    const u = UNKNOWN_LAW.exec(text);
    if (u && sfsForName(u[1]!).length === 0 && !/^(denna|samma)/u.test(u[1]!)) {
      // A law outside the registry: its number where the text named it with one before ("räntelagen
      // (1975:635) … 6 § räntelagen"), else where the statute data names it with one (otherLawSfs).
      const name = u[1]!.toLowerCase();
      const sfs = earlierSfs(byEnd, u.index, name) ?? otherLawSfs(name);
      // A name the data knows for another law is no misspelling; otherwise one close known name is suggested.
      const suggestion = sfs ? null : closeLawName(u[1]!);
      law = {
        start: u.index,
        end: u.index + u[0].length,
        text: u[1]!,
        sfs,
        name,
        same: false,
        unknownName: true,
        ...(suggestion ? { suggestion } : {}),
      };
      lawAfter = true;
      end = law!.end;
    } else {
      // A word right after the reference that is a misspelt law name ("socialtjänstlagan", "LLS").
      MISSPELT.lastIndex = LAW_CONNECTOR.lastIndex;
      const w = MISSPELT.exec(text);
      const suggestion = w ? closeLawName(w[1]!) : null;
      if (w && suggestion) {
        law = { start: w.index, end: w.index + w[1]!.length, text: w[1]!, sfs: null, name: w[1]!.toLowerCase(), same: false, unknownName: true, suggestion };
        lawAfter = true;
        end = law.end;
      }
    }
  }
  let groupStart = start;
  if (!law) {
    let i = start;
    while (i > 0 && /\s/.test(text[i - 1]!)) i--;
    const before = i < start ? byEnd.get(i) : undefined;
    if (before) {
      law = before;
      if (!consumed.has(before)) {
        consumed.add(before);
        groupStart = before.start;
      }
    }
  }
  return { law, lawAfter, end, groupStart };
}

function readGroup(
  text: string,
  m: RegExpExecArray,
  byStart: Map<number, LawMention>,
  byEnd: Map<number, LawMention>,
  consumed: Set<LawMention>,
): Group | null {
  const start = m.index;
  const { kapitel, items, form } = groupItems(m);
  const detail: GroupDetail =
    form === 'chapter'
      ? { stycke: null, punkt: null, punkter: null, unrepresented: [], end: start + m[0].length }
      : groupDetail(text, start + m[0].length, items, byStart);
  const { stycke, punkt, punkter, unrepresented } = detail;
  const { law, lawAfter, end, groupStart } = groupLaw(text, start, detail.end, byStart, byEnd, consumed);
  // "14:30" alone is a time, not "14 kap. 30 §".
  if (form === 'short' && !law) return null;
  return {
    start: groupStart,
    end,
    kapitel,
    items,
    stycke,
    punkt,
    punkter,
    law,
    lawAfter,
    form,
    unrepresented: unrepresented.length ? unrepresented.join(' ') : undefined,
    matchStart: start,
    matchEnd: start + m[0].length,
  };
}

/**
 * Further punkter after the first ("4, 5 eller 6", "2 och 8"), taken only when a law follows the list
 * at once: without one, ", 10 personer" after "9 § 4" would read as a punkt.
 */
function punktList(
  text: string,
  from: number,
  first: number,
  firstStart: number,
  byStart: Map<number, LawMention>,
): { punkter: NonNullable<Group['punkter']>; end: number } | null {
  const punkter: NonNullable<Group['punkter']> = [{ punkt: first, numStart: firstStart, interpolated: false }];
  let end = from;
  for (;;) {
    PUNKT_MORE.lastIndex = end;
    const m = PUNKT_MORE.exec(text);
    if (!m) break;
    const n = Number(m[1]);
    const at = PUNKT_MORE.lastIndex - m[1]!.length;
    const prev = punkter[punkter.length - 1]!.punkt;
    if (/[-–—]|till/u.test(m[0].slice(0, m[0].length - m[1]!.length)) && n - prev > 1 && n - prev <= 30) {
      for (let k = prev + 1; k < n; k++) punkter.push({ punkt: k, numStart: at, interpolated: true });
    }
    punkter.push({ punkt: n, numStart: at, interpolated: false });
    end = PUNKT_MORE.lastIndex;
  }
  if (punkter.length === 1) return null;
  LAW_CONNECTOR.lastIndex = end;
  const gap = LAW_CONNECTOR.exec(text);
  if (!gap || !byStart.has(LAW_CONNECTOR.lastIndex)) return null;
  return { punkter, end };
}

/** "2, 4–6 och 8" → 2, 4, 5, 6, 8 with the offset of each written number. */
const LIST_PART = new RegExp(`(${NUM})|([-–—]|till)`, 'gu');

function listItems(list: string, offset: number): ItemDraft[] {
  const items: ItemDraft[] = [];
  const re = LIST_PART;
  re.lastIndex = 0;
  if (/^\d+$/.test(list)) return [{ paragraf: list, numStart: offset, interpolated: false }];
  let rangePending = false;
  let m: RegExpExecArray | null;
  while ((m = re.exec(list)) !== null) {
    if (m[2] !== undefined) {
      rangePending = items.length > 0;
      continue;
    }
    const paragraf = label(m[1]!);
    const at = offset + m.index;
    if (rangePending) {
      const prev = items[items.length - 1]!.paragraf!;
      const a = Number.parseInt(prev, 10);
      const b = Number.parseInt(paragraf, 10);
      if (/^\d+$/.test(prev) && b - a > 1 && b - a <= 100) {
        for (let n = a + 1; n < b; n++) items.push({ paragraf: String(n), numStart: at, interpolated: true });
      }
      rangePending = false;
    }
    items.push({ paragraf, numStart: at, interpolated: false });
  }
  return items;
}

function label(s: string): string {
  if (s.length <= 3 && s.charCodeAt(s.length - 1) <= 57) return s;
  return s
    .trim()
    .toLowerCase()
    .replace(/^(\d+)\s*([a-z])$/, '$1 $2');
}

/** A sentence boundary: a full stop, question or exclamation mark before a capital, or a blank line. */
const SENTENCE_END = /[.!?]\s+[A-ZÅÄÖ]|\n[^\S\n]*\n/u;
/** One-word names of laws outside the registry ("regeringsformen"), for binding a bare paragraph. */
const OTHER_LAW_NAME = /(?<![\p{L}-])(\p{Ll}[\p{L}-]*(?:lagen|balken|formen|förordningen|ordningen))(?![\p{L}\p{N}])/gu;

/**
 * A bare paragraph ("2 kap. 6 §", no law with it) binds to the law named last before it in the same sentence,
 * when no other law is named in between (ferenda's rule, as in "Det finns i regeringsformen … (jfr 2 kap.
 * 6 §)"). The law named last is by definition the nearest; a sentence boundary between them breaks the bond.
 */
function bindToSentenceLaw(text: string, groups: Group[], mentions: LawMention[]): void {
  let mi = 0;
  let last: LawMention | null = null;
  for (const g of groups) {
    if (g.law || g.form === 'short') {
      continue;
    }
    while (mi < mentions.length && mentions[mi]!.end <= g.start) {
      if (mentions[mi]!.sfs || mentions[mi]!.name) last = mentions[mi]!;
      mi++;
    }
    const from = Math.max(0, g.start - 400);
    let other: LawMention | null = null;
    for (const m of text.slice(from, g.start).matchAll(OTHER_LAW_NAME)) {
      const sfs = sfsForName(m[1]!).length ? null : otherLawSfs(m[1]!.toLowerCase());
      if (!sfs) continue;
      const start = from + m.index!;
      other = { start, end: start + m[1]!.length, text: m[1]!, sfs, name: m[1]!.toLowerCase(), same: false, unknownName: true };
    }
    const before = other && (!last || other.start > last.start) ? other : last;
    if (!before || g.start - before.end > 400 || SENTENCE_END.test(text.slice(before.end, g.start))) continue;
    g.law = { ...before, inherited: true };
  }
}

/** In "2 kap. 6 § och 3 kap. 1 § SoL" the law named last applies to the whole list. */
function shareLawsInLists(text: string, groups: Group[]): void {
  let i = 0;
  while (i < groups.length) {
    let j = i;
    while (j + 1 < groups.length && !groups[j]!.lawAfter && groups[j + 1]!.form !== 'short' && CHAIN.test(text.slice(groups[j]!.end, groups[j + 1]!.start)))
      j++;
    // groups[i..j] form one list; the last one may carry the law.
    for (let k = j - 1; k >= i; k--) if (!groups[k]!.law) groups[k]!.law = groups[k + 1]!.law;
    for (let k = i + 1; k <= j; k++) {
      if (!groups[k]!.law) groups[k]!.law = groups[k - 1]!.law;
      if (groups[k]!.kapitel === null && groups[k - 1]!.kapitel !== null && groups[k]!.law === groups[k - 1]!.law) {
        groups[k]!.kapitel = groups[k - 1]!.kapitel;
      }
    }
    i = j + 1;
  }
}

/**
 * Where each entry of a group's list (its paragraphs, or the punkter of its one paragraph) is cited: the
 * first real entry from the group's start, each up to the next real entry, the last to the group's end;
 * an entry filled in from a range ("4–6") is empty, at its range's number.
 */
function spans<T extends { numStart: number; interpolated: boolean }>(g: Group, entries: readonly T[]): { entry: T; start: number; end: number }[] {
  const real = entries.filter((e) => !e.interpolated);
  return entries.map((entry) => {
    if (entry.interpolated) return { entry, start: entry.numStart, end: entry.numStart };
    const r = real.indexOf(entry);
    return { entry, start: r === 0 ? g.start : entry.numStart, end: r === real.length - 1 ? g.end : real[r + 1]!.numStart };
  });
}

function expand(text: string, g: Group): Citation[] {
  const groupText = text.slice(g.start, g.end);
  const citation = (start: number, end: number, paragraf: string | null, punkt: number | null): Citation => ({
    start,
    end,
    groupStart: g.start,
    groupEnd: g.end,
    text: groupText,
    law: g.law,
    kapitel: g.kapitel,
    paragraf,
    stycke: g.stycke,
    punkt,
    form: g.form,
    ...(g.unrepresented ? { unrepresented: g.unrepresented } : {}),
  });
  // One paragraph with several punkter: a citation per punkt, ranged like the paragraphs of a list.
  if (g.punkter) return spans(g, g.punkter).map(({ entry, start, end }) => citation(start, end, g.items[0]!.paragraf, entry.punkt));
  return spans(g, g.items).map(({ entry, start, end }) => citation(start, end, entry.paragraf, g.punkt));
}
