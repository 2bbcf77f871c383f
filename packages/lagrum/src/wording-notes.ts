/**
 * The notes on a provision's wording: which dated wording applies and what changes when, whether the
 * text shown may not be the one in force on the date, and what the repealed SoL still governs (in English).
 */
import type { Provision } from './registry.js';
import type { Language } from './forms.js';

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
  // A wording whose start the data gives (one of several, or a single new one with an in-force marker)
  // covers every date from that day on: from its first day it is the wording in force, not a guess.
  const dated = (p.wordings.length > 1 || p.from !== null) && (!p.from || p.from <= datum) && (!p.until || datum < p.until);
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
export function wordingSentence(p: Provision, datum: string, label: string, language: Language = 'sv'): string {
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
