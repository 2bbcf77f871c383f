/**
 * What an editor shows of the yrkanden in a meeting file, as plain data in both languages (the extension
 * maps it): the yrkande under the cursor, the att-sats it changes as it reads before and after (hover),
 * the att-sats numbers of the förslag (completion of `att_sats` and `efter`), and the beslut the yrkanden
 * give, item by item ("Visa beslutet"). All of it follows from compute-beslut.ts, the same computation
 * the protokoll and `arende ändringar` print, so the editor never shows another text than the protokoll.
 */
import type { Range } from '../model/types.js';
import { avslagSatser, bordläggningSentence, återremissSentence } from './compute-beslut.js';
import type { ResolvedItem, ResolvedMeeting } from './resolve.js';
import { decisionOf } from './resolve.js';
import { computedBeslutOf, satsDiff } from './yrkande-problems.js';
import { YRKANDE_TYPER, YRKANDE_TYP_TEXT, yrkandeParty, type Yrkande } from './yrkanden.js';

export interface Bilingual {
  sv: string;
  en: string;
}

/** The yrkande whose mapping holds `offset`, with its item. */
export interface YrkandeAt {
  item: ResolvedItem;
  yrkande: Yrkande;
}

const within = (r: Range | undefined, offset: number) => !!r && r.start.offset <= offset && offset <= r.end.offset;

export function yrkandeAt(resolved: ResolvedMeeting, offset: number): YrkandeAt | undefined {
  const { draft } = resolved;
  for (const item of resolved.items) {
    if (!within(item.item.range, offset)) continue;
    for (const yrkande of item.item.yrkanden) {
      if (within(draft.rangeOf(['ärenden', item.item.index, 'yrkanden', yrkande.index], 'value'), offset)) return { item, yrkande };
    }
  }
  return undefined;
}

/** Markdown's inline marks escaped, so an att-sats's own * or _ is shown as written. */
const md = (s: string) => s.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
const quote = (s: string) => `> ${md(s)}`;

const UTFALL_TEXT = {
  bifall: { sv: 'bifallet', en: 'carried' },
  avslag: { sv: 'avslaget', en: 'rejected' },
  none: { sv: 'utfall ej angivet', en: 'no outcome given' },
} as const;

function heading(y: Yrkande): Bilingual {
  const who = yrkandeParty(y);
  const id = y.id ? `${y.id}, ` : '';
  const u = UTFALL_TEXT[y.utfall ?? 'none'];
  const typ = y.typ ?? '?';
  return { sv: `**${md(`${id}${typ}`)}** av ${md(who)} (${u.sv})`, en: `**${md(`${id}${typ}`)}** by ${md(who)} (${u.en})` };
}

/**
 * The hover of a yrkande: the att-sats as the förslag has it and as it reads with the yrkande carried
 * (the changed words in bold), or the new att-sats of a tillägg, the alternative of a motförslag or avslag,
 * the sentence of an återremiss or bordläggning. Undefined when the yrkande has no `typ`.
 */
export function yrkandeHover(at: YrkandeAt): Bilingual | undefined {
  const { yrkande: y, item } = at;
  if (!y.typ) return undefined;
  const satser = item.proposal?.satser ?? [];
  const head = heading(y);
  const out = { sv: [head.sv, YRKANDE_TYP_TEXT[y.typ].sv], en: [head.en, YRKANDE_TYP_TEXT[y.typ].en] };
  const add = (sv: string, en: string) => {
    out.sv.push(sv);
    out.en.push(en);
  };
  const list = (xs: readonly string[]) => xs.map((s, i) => `${i + 1}. ${md(s)}`).join('\n');
  const noFörslag = () => add('Ärendet har inget förslag till beslut att jämföra med.', 'The item has no proposed decision to compare with.');
  switch (y.typ) {
    case 'ändring': {
      const k = y.att_sats;
      const before = k !== undefined ? satser[k - 1] : undefined;
      if (before === undefined) {
        if (!satser.length) noFörslag();
        else add(`Förslaget har att-sats 1–${satser.length}; ange \`att_sats\`.`, `The proposal has att-sats 1–${satser.length}; give \`att_sats\`.`);
        break;
      }
      add(`Att-sats ${k} före ändringen:\n\n${quote(before)}`, `Att-sats ${k} before the amendment:\n\n${quote(before)}`);
      let after: string | undefined;
      if (y.ny_lydelse !== undefined) after = `**${md(y.ny_lydelse)}**`;
      else if (y.ersätt !== undefined && y.med !== undefined) {
        const at = before.indexOf(y.ersätt);
        if (at < 0 || before.indexOf(y.ersätt, at + 1) >= 0) {
          const n = at < 0 ? 0 : 2;
          add(
            n ? `\`ersätt\` står mer än en gång i att-satsen: ändringen går inte att göra.` : `\`ersätt\` står inte i att-satsen: ändringen går inte att göra.`,
            n
              ? `\`ersätt\` occurs more than once in the att-sats: the amendment cannot be made.`
              : `\`ersätt\` is not in the att-sats: the amendment cannot be made.`,
          );
        } else after = `${md(before.slice(0, at))}**${md(y.med)}**${md(before.slice(at + y.ersätt.length))}`;
      }
      if (after !== undefined) add(`Efter ändringen:\n\n> ${after}`, `After the amendment:\n\n> ${after}`);
      break;
    }
    case 'tillägg': {
      if (!y.text) break;
      const n = y.efter ?? satser.length;
      if (n > satser.length) {
        add(`Förslaget har bara ${satser.length} att-satser.`, `The proposal has only ${satser.length} att-satser.`);
        break;
      }
      const prev = n > 0 ? satser[n - 1] : undefined;
      if (prev !== undefined) add(`Efter att-sats ${n}:\n\n${quote(prev)}`, `After att-sats ${n}:\n\n${quote(prev)}`);
      else add('Först i beslutet:', 'First in the decision:');
      add(`ny att-sats ${n + 1}:\n\n> **${md(y.text)}**`, `new att-sats ${n + 1}:\n\n> **${md(y.text)}**`);
      break;
    }
    case 'motförslag':
    case 'avslag': {
      const instead = y.typ === 'motförslag' ? y.att_satser : avslagSatser(y);
      if (satser.length) add(`Förslaget:\n\n${list(satser)}`, `The proposal:\n\n${list(satser)}`);
      else noFörslag();
      if (instead.length) add(`I stället, om yrkandet bifalls:\n\n${list(instead)}`, `Instead, if the motion is carried:\n\n${list(instead)}`);
      break;
    }
    case 'återremiss':
    case 'bordläggning': {
      const s = y.typ === 'återremiss' ? återremissSentence(y) : bordläggningSentence(y);
      add(`Bifallet ger inget beslut i sak: ${md(s)}`, `Carried, it gives no decision on the matter: ${md(s)}`);
      break;
    }
    case 'bifall':
      if (satser.length) add(`Förslaget, som yrkandet bifaller:\n\n${list(satser)}`, `The proposal this motion supports:\n\n${list(satser)}`);
      else noFörslag();
      break;
  }
  return { sv: out.sv.join('\n\n'), en: out.en.join('\n\n') };
}

/** One att-sats number offered for `att_sats` (1…n) or `efter` (0…n). */
export interface AttSatsChoice {
  value: number;
  label: Bilingual;
  /** The att-sats's text (for 0: none). */
  detail: string;
}

export function attSatsChoices(item: ResolvedItem, key: 'att_sats' | 'efter'): AttSatsChoice[] {
  const satser = item.proposal?.satser ?? [];
  const out: AttSatsChoice[] = satser.map((text, i) => ({ value: i + 1, label: { sv: `att-sats ${i + 1}`, en: `att-sats ${i + 1}` }, detail: text }));
  if (key === 'efter') out.unshift({ value: 0, label: { sv: 'först, före att-sats 1', en: 'first, before att-sats 1' }, detail: satser[0] ?? '' });
  return out;
}

/** The values of a yrkande's `typ` and `utfall`, each with what it means (completion inside a yrkande). */
export function yrkandeValueChoices(key: 'typ' | 'utfall'): { value: string; detail: Bilingual }[] {
  if (key === 'typ') return YRKANDE_TYPER.map((value) => ({ value, detail: YRKANDE_TYP_TEXT[value] }));
  return [
    { value: 'bifall', detail: { sv: 'Yrkandet bifölls.', en: 'The motion was carried.' } },
    { value: 'avslag', detail: { sv: 'Yrkandet avslogs.', en: 'The motion was rejected.' } },
  ];
}

/** The beslut of one item as an editor shows it ("Visa beslutet"). */
export interface BeslutView {
  /** 0-based index in `ärenden`. */
  index: number;
  rubrik: string;
  /** Where the item's `yrkanden` key is (a code lens goes there); else the item's mapping. */
  range: Range;
  /** Whether the yrkanden give the beslut (some have `utfall`). */
  computed: boolean;
  markdown: Bilingual;
}

const numbered = (xs: readonly string[]) => xs.map((s, i) => `${i + 1}. ${md(s)}`).join('\n');

const UTFALL_NAME: Record<string, Bilingual> = {
  avgjort: { sv: 'avgjort', en: 'decided' },
  återremitterat: { sv: 'återremitterat', en: 'referred back' },
  bordlagt: { sv: 'bordlagt', en: 'postponed' },
};

/** The beslut of every item that has yrkanden, computed as the protokoll computes it. */
export function beslutViews(resolved: ResolvedMeeting): BeslutView[] {
  const out: BeslutView[] = [];
  for (const r of resolved.items) {
    if (!r.item.yrkanden.length) continue;
    const range = resolved.draft.rangeOf(['ärenden', r.item.index, 'yrkanden'], 'key') ?? r.item.range;
    const computed = computedBeslutOf(r);
    const title = { sv: `## Ärende ${r.item.index + 1}: ${md(r.rubrik)}`, en: `## Item ${r.item.index + 1}: ${md(r.rubrik)}` };
    const sv = [title.sv];
    const en = [title.en];
    if (computed) {
      const u = UTFALL_NAME[computed.utfall]!;
      sv.push(`Beslutet som yrkandenas utfall ger (${u.sv}${computed.unchanged ? ', förslaget oförändrat' : ''}):`, numbered(computed.satser));
      en.push(`The decision the motions' outcomes give (${u.en}${computed.unchanged ? ', the proposal unchanged' : ''}):`, numbered(computed.satser));
      const written = r.item.beslut ? decisionOf(r) : undefined;
      if (written) {
        const diff = satsDiff(written, computed.satser);
        if (diff.sv.length) {
          sv.push(`Mötesfilens \`beslut\` skiljer sig: ${diff.sv.join('; ')}.`);
          en.push(`The meeting file's \`beslut\` differs: ${diff.en.join('; ')}.`);
        } else {
          sv.push('Mötesfilens `beslut` stämmer med det.');
          en.push("The meeting file's `beslut` agrees with it.");
        }
      }
    } else {
      const written = decisionOf(r);
      sv.push('Inget yrkande har `utfall` ännu, så beslutet räknas inte fram.');
      en.push('No motion has an `utfall` yet, so the decision is not computed.');
      if (written?.length) {
        sv.push('Mötesfilens beslut:', numbered(written));
        en.push("The meeting file's decision:", numbered(written));
      }
    }
    out.push({ index: r.item.index, rubrik: r.rubrik, range, computed: !!computed, markdown: { sv: sv.join('\n\n'), en: en.join('\n\n') } });
  }
  return out;
}
