/**
 * What is wrong with an item's structured yrkanden, positioned at the yrkande in the meeting file: the
 * issues compute-beslut.ts finds (a number or a text that is not in the förslag, overlapping ändringar,
 * a propositionsordning that cannot have happened), ids that are not unique, `instämmer` names that did
 * not serve, and a written `beslut` that differs from the one the yrkanden give. The yrkande rules
 * (src/rules/meeting-yrkande-*.ts, meeting-yrkanden-overlap.ts, meeting-beslut-differs.ts) report these.
 */
import type { Range } from '../model/types.js';
import type { Severity } from '../diagnostic.js';
import { analyseYrkanden, type ComputedBeslut, type YrkandeIssue } from './compute-beslut.js';
import type { ResolvedItem, ResolvedMeeting } from './resolve.js';
import { genitive, memberName, yrkandeName, type Yrkande } from './yrkanden.js';

export type YrkandeRuleId =
  | 'meeting-beslut-differs'
  | 'meeting-yrkande-att-sats-missing'
  | 'meeting-yrkande-text-missing'
  | 'meeting-yrkanden-overlap'
  | 'meeting-yrkande-order'
  | 'meeting-yrkande-id-duplicate'
  | 'meeting-yrkande-instammer-not-member';

export interface YrkandeProblem {
  ruleId: YrkandeRuleId;
  message: string;
  messageEn: string;
  range: Range;
  severity?: Severity;
}

const cache = new WeakMap<ResolvedItem, ReturnType<typeof analyseYrkanden>>();

/** The analysis of one item's yrkanden against its förslag (computed once per resolved item). */
export function yrkandeAnalysis(item: ResolvedItem): ReturnType<typeof analyseYrkanden> {
  let a = cache.get(item);
  if (!a) cache.set(item, (a = analyseYrkanden(item.proposal?.satser, item.item.yrkanden)));
  return a;
}

/** The beslut the yrkanden give, when they have `utfall` (whether or not the item has its own `beslut`). */
export function computedBeslutOf(item: ResolvedItem): ComputedBeslut | undefined {
  return yrkandeAnalysis(item).computed;
}

const q = (s: string) => `”${s}”`;
const qEn = (s: string) => `"${s}"`;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

export function yrkandeProblems(resolved: ResolvedMeeting): YrkandeProblem[] {
  const { draft, meeting } = resolved;
  const out: YrkandeProblem[] = [];
  const serving = meeting.närvarande?.beslutande.map(memberName);

  for (const r of resolved.items) {
    const item = r.item;
    const n = item.index + 1;
    const at = (y: Yrkande, key?: string): Range =>
      (key && draft.rangeOf(['ärenden', item.index, 'yrkanden', y.index, key], 'value')) ||
      draft.rangeOf(['ärenden', item.index, 'yrkanden', y.index], 'value') ||
      item.range;
    const push = (ruleId: YrkandeRuleId, [message, messageEn]: [string, string], range: Range, severity?: Severity) =>
      out.push({ ruleId, message, messageEn, range, severity });

    const seen = new Map<string, Yrkande>();
    for (const y of item.yrkanden) {
      if (y.id !== undefined) {
        const first = seen.get(y.id);
        if (first) {
          push(
            'meeting-yrkande-id-duplicate',
            [
              `Id ${y.id} används redan av ${genitive(first.namn)} yrkande i ärende ${n}. Ge yrkandet ett eget id (t.ex. Y${item.yrkanden.length + 1}).`,
              `The id ${y.id} is already used by the motion of ${first.namn} in item ${n}. Give this motion its own id (e.g. Y${item.yrkanden.length + 1}).`,
            ],
            at(y, 'id'),
          );
        } else seen.set(y.id, y);
      }
      if (serving?.length) {
        y.instämmer.forEach((who, i) => {
          if (serving.includes(memberName(who))) return;
          push(
            'meeting-yrkande-instammer-not-member',
            [
              `${who} instämmer i ${yrkandeName(y).sv} i ärende ${n}, men finns inte bland de beslutande i 'närvarande'. Bara den som tjänstgör kan yrka eller instämma; rätta namnet eller närvaron.`,
              `${who} supports ${yrkandeName(y).en} in item ${n}, but is not among the members taking decisions ('närvarande: beslutande'). Only a serving member can move or support a motion; correct the name or the attendance.`,
            ],
            draft.rangeOf(['ärenden', item.index, 'yrkanden', y.index, 'instämmer', i], 'value') ?? at(y, 'instämmer'),
            'warning',
          );
        });
      }
    }

    const { issues, computed } = yrkandeAnalysis(r);
    for (const issue of issues) {
      const [ruleId, words] = issueWords(issue, n);
      push(ruleId, words, at(issue.yrkande, issue.key));
    }

    // A written beslut against the one the yrkanden give (5 kap. 67 § 4: the protokoll records what was decided).
    if (item.beslut && computed) {
      const written = item.beslut.kind === 'enligt förslag' ? (r.proposal?.satser ?? []) : item.beslut.satser;
      const diff = satsDiff(written, computed.satser);
      if (diff.sv.length) {
        push(
          'meeting-beslut-differs',
          [
            `Beslutet i ärende ${n} skiljer sig från det som yrkandenas utfall ger: ${diff.sv.join('; ')}. Rätta beslutet eller yrkandenas 'utfall', eller ta bort 'beslut:' så att det beräknade beslutet gäller.`,
            `The decision in item ${n} differs from the one the motions' outcomes give: ${diff.en.join('; ')}. Correct the decision or the motions' 'utfall', or remove 'beslut:' so that the computed decision applies.`,
          ],
          draft.rangeOf(['ärenden', item.index, 'beslut'], 'value') ?? item.range,
          'warning',
        );
      }
    }
  }
  return out;
}

/** The difference between two lists of att-satser, att-sats by att-sats, in words. */
export function satsDiff(written: readonly string[], computed: readonly string[]): { sv: string[]; en: string[] } {
  const sv: string[] = [];
  const en: string[] = [];
  for (let i = 0; i < Math.max(written.length, computed.length); i++) {
    const w = written[i];
    const c = computed[i];
    if (w !== undefined && c !== undefined && norm(w) === norm(c)) continue;
    if (w === undefined) {
      sv.push(`att-sats ${i + 1} ${q(c!)} saknas i beslutet`);
      en.push(`att-sats ${i + 1} ${qEn(c!)} is missing from the decision`);
    } else if (c === undefined) {
      sv.push(`beslutets att-sats ${i + 1} ${q(w)} följer inte av yrkandena`);
      en.push(`the decision's att-sats ${i + 1} ${qEn(w)} does not follow from the motions`);
    } else {
      sv.push(`att-sats ${i + 1} lyder ${q(w)} i beslutet men ${q(c)} enligt yrkandena`);
      en.push(`att-sats ${i + 1} reads ${qEn(w)} in the decision but ${qEn(c)} by the motions`);
    }
  }
  return { sv, en };
}

function issueWords(issue: YrkandeIssue, n: number): [YrkandeRuleId, [string, string]] {
  const y = issue.yrkande;
  const who = yrkandeName(y);
  const other = issue.other ? yrkandeName(issue.other) : undefined;
  const count = issue.found ?? 0;
  const has = count === 0 ? 'har inga att-satser' : count === 1 ? 'har en att-sats' : `har ${count} att-satser`;
  const hasEn = count === 0 ? 'has no att-satser' : count === 1 ? 'has one att-sats' : `has ${count} att-satser`;
  switch (issue.kind) {
    case 'att-sats-missing':
      if (issue.reason === 'no-number')
        return [
          'meeting-yrkande-att-sats-missing',
          [
            `${cap(who.sv)} i ärende ${n} är ett ändringsyrkande men anger inte vilken att-sats det ändrar. Lägg till 'att_sats:' med numret i förslaget till beslut.`,
            `${cap(who.en)} in item ${n} is an amendment but does not say which att-sats it changes. Add 'att_sats:' with its number in the proposed decision.`,
          ],
        ];
      if (issue.reason === 'no-förslag')
        return [
          'meeting-yrkande-att-sats-missing',
          [
            `${cap(who.sv)} i ärende ${n} pekar på en att-sats, men ärendet har inget förslag till beslut (ingen tjänsteskrivelse och inget 'förslag:'). Lägg till förslaget, eller skriv yrkandet som ett motförslag.`,
            `${cap(who.en)} in item ${n} points at an att-sats, but the item has no proposed decision (no officer report and no 'förslag:'). Add the proposal, or write the motion as a counter-proposal (motförslag).`,
          ],
        ];
      return [
        'meeting-yrkande-att-sats-missing',
        [
          issue.key === 'efter'
            ? `${cap(who.sv)} i ärende ${n} ska placeras efter att-sats ${y.efter}, men förslaget till beslut ${has}. Ange ett nummer från 0 (först) till ${count}.`
            : `${cap(who.sv)} i ärende ${n} ändrar att-sats ${y.att_sats}, men förslaget till beslut ${has}. Ange ett nummer från 1 till ${count}.`,
          issue.key === 'efter'
            ? `${cap(who.en)} in item ${n} is to follow att-sats ${y.efter}, but the proposed decision ${hasEn}. Give a number from 0 (first) to ${count}.`
            : `${cap(who.en)} in item ${n} changes att-sats ${y.att_sats}, but the proposed decision ${hasEn}. Give a number from 1 to ${count}.`,
        ],
      ];
    case 'text-missing':
      if (issue.reason === 'incomplete') {
        const need =
          y.typ === 'ändring'
            ? [
                "'ersätt:' och 'med:' (texten som byts och den nya), eller 'ny_lydelse:' (hela att-satsen)",
                "'ersätt:' and 'med:' (the text replaced and the new one), or 'ny_lydelse:' (the whole att-sats)",
              ]
            : y.typ === 'tillägg'
              ? ["'text:' (den nya att-satsen)", "'text:' (the new att-sats)"]
              : ["'att_satser:' (hela förslaget, en att-sats per rad)", "'att_satser:' (the whole proposal, one att-sats per line)"];
        return [
          'meeting-yrkande-text-missing',
          [
            `${cap(who.sv)} i ärende ${n} är ett ${y.typ}syrkande men saknar ${need[0]}. Lägg till det.`,
            `${cap(who.en)} in item ${n} is of the kind '${y.typ}' but lacks ${need[1]}. Add it.`,
          ],
        ];
      }
      return [
        'meeting-yrkande-text-missing',
        [
          issue.reason === 'twice'
            ? `${cap(who.sv)} i ärende ${n} ska ersätta ${q(y.ersätt!)}, men texten står ${count} gånger i att-sats ${y.att_sats}. Ta med fler ord i 'ersätt' så att den bara finns en gång.`
            : `${cap(who.sv)} i ärende ${n} ska ersätta ${q(y.ersätt!)}, men texten finns inte i att-sats ${y.att_sats}. Skriv 'ersätt' exakt som i förslaget till beslut (eller använd 'ny_lydelse').`,
          issue.reason === 'twice'
            ? `${cap(who.en)} in item ${n} replaces ${qEn(y.ersätt!)}, but the text occurs ${count} times in att-sats ${y.att_sats}. Include more words in 'ersätt' so that it occurs once.`
            : `${cap(who.en)} in item ${n} replaces ${qEn(y.ersätt!)}, but the text is not in att-sats ${y.att_sats}. Write 'ersätt' exactly as in the proposed decision (or use 'ny_lydelse').`,
        ],
      ];
    case 'overlap':
      return [
        'meeting-yrkanden-overlap',
        [
          `${cap(who.sv)} och ${other!.sv} i ärende ${n} är båda bifallna och ändrar samma ord i att-sats ${y.att_sats}; båda kan inte genomföras. Rätta 'utfall', eller låt ändringarna gälla olika ord.`,
          `${cap(who.en)} and ${other!.en} in item ${n} are both adopted and change the same words of att-sats ${y.att_sats}; both cannot be carried out. Correct 'utfall', or let the amendments change different words.`,
        ],
      ];
    case 'order': {
      const words: Record<string, [string, string]> = {
        'procedural-and-sak': [
          `${cap(who.sv)} i ärende ${n} är bifallet, men ${other!.sv} (${issue.other!.typ}) är också bifallet: då fattas inget beslut i sak på detta sammanträde. Återremiss och bordläggning prövas först; rätta 'utfall'.`,
          `${cap(who.en)} in item ${n} is adopted, but ${other!.en} (${issue.other!.typ}) is adopted too: then no decision on the matter itself is made at this meeting. Referral back and postponement are decided first; correct 'utfall'.`,
        ],
        'two-procedural': [
          `${cap(who.sv)} och ${other!.sv} i ärende ${n} är båda bifallna; ett ärende kan inte både återremitteras och bordläggas. Rätta 'utfall'.`,
          `${cap(who.en)} and ${other!.en} in item ${n} are both adopted; a matter cannot be both referred back and postponed. Correct 'utfall'.`,
        ],
        'two-huvudförslag': [
          `${cap(who.sv)} och ${other!.sv} i ärende ${n} är båda bifallna, men ordföranden ställer dem mot varandra i huvudfrågan och bara ett kan vinna. Rätta 'utfall'.`,
          `${cap(who.en)} and ${other!.en} in item ${n} are both adopted, but the chair puts them against each other in the main question and only one can win. Correct 'utfall'.`,
        ],
        'after-fallen': [
          `${cap(who.sv)} i ärende ${n} är bifallet, men förslaget det gäller föll när ${other!.sv} (${issue.other!.typ}) bifölls. Ändrings- och tilläggsyrkanden prövas först sedan huvudförslaget bifallits; rätta 'utfall'.`,
          `${cap(who.en)} in item ${n} is adopted, but the proposal it concerns fell when ${other!.en} (${issue.other!.typ}) was adopted. Amendments and additions are put only after the main proposal is adopted; correct 'utfall'.`,
        ],
      };
      return ['meeting-yrkande-order', words[issue.reason!]!];
    }
  }
}

const cap = (s: string) => s[0]!.toLocaleUpperCase('sv') + s.slice(1);
