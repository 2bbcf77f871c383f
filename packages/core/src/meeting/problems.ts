/**
 * What is wrong with a meeting file's handlingar, positioned in the meeting file (the secretary
 * fixes the meeting file or swaps the file it names). The meeting rules (src/rules/meeting-*.ts)
 * report these; they run only when the check was given a way to read files (a HandlingLoader).
 */
import type { Range } from '../model/types.js';
import type { Severity } from '../diagnostic.js';
import { kindDefinitionOf } from './kind.js';
import { röstOf, RÖSTER, type MeetingItem, type Röst } from './model.js';
import { isFullmäktige, sameDiarienummer, sameKommun, sameNämnd, type ResolvedMeeting } from './resolve.js';

export type MeetingRuleId =
  | 'meeting-handling-missing'
  | 'meeting-handling-other-namnd'
  | 'meeting-handling-other-kommun'
  | 'meeting-diarienummer-mismatch'
  | 'meeting-beslut-without-proposal'
  | 'meeting-justering-late'
  | 'meeting-beslutsgang-missing'
  | 'meeting-omrostning-mismatch';

export interface MeetingProblem {
  ruleId: MeetingRuleId;
  message: string;
  /** The same in English (an editor set to English). */
  messageEn: string;
  range: Range;
  severity?: Severity;
}

const DAY = 86_400_000;
const days = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY;

export function meetingProblems(resolved: ResolvedMeeting): MeetingProblem[] {
  const { meeting, draft } = resolved;
  const out: MeetingProblem[] = [];
  const push = (ruleId: MeetingRuleId, [message, messageEn]: [string, string], range: Range, severity?: Severity) =>
    out.push({ ruleId, message, messageEn, range, severity });

  for (const r of resolved.items) {
    const n = r.item.index + 1;
    if (r.handlingar.length === 0 && !r.item.rubrik) {
      push(
        'meeting-handling-missing',
        [
          `Ärende ${n} har varken rubrik eller handlingar. Ange 'handlingar:' med utkastets sökväg, eller 'rubrik:' för ett ärende utan handling.`,
          `Item ${n} has neither a title (rubrik) nor papers (handlingar). Give 'handlingar:' with the draft's path, or 'rubrik:' for an item without a paper.`,
        ],
        r.item.range,
      );
    }
    for (const h of r.handlingar) {
      const name = `'${h.ref.path}'`;
      if (h.status === 'missing') {
        push(
          'meeting-handling-missing',
          [
            `Handlingen ${name} i ärende ${n} finns inte. Kontrollera sökvägen (den räknas från mötesfilens mapp) eller ta bort raden.`,
            `The paper ${name} in item ${n} does not exist. Check the path (it counts from the meeting file's folder) or remove the line.`,
          ],
          h.ref.range,
        );
        continue;
      }
      if (h.status === 'not-draft') {
        push(
          'meeting-handling-missing',
          [
            `${name} i ärende ${n} är inget utkast (huvudet saknar 'typ'). Den kommer med som bilaga men kan inte ge rubrik eller förslag till beslut.`,
            `${name} in item ${n} is not a draft (its header has no 'typ'). It is included as an attachment but cannot give a title or a proposal for a decision.`,
          ],
          h.ref.range,
          'warning',
        );
        continue;
      }
      if (h.status !== 'draft') continue;
      const m = h.draft!.metadata;
      if (meeting.nämnd && m.mottagare && !sameNämnd(m.mottagare, meeting.nämnd)) {
        // A motion or medborgarförslag goes to fullmäktige, which hands it to a nämnd to prepare (KL 5 kap. 23 §, 6 kap. 34 §).
        const toFullmäktige = !!kindDefinitionOf(h.draft)?.workflow.frist && isFullmäktige(m.mottagare);
        if (!toFullmäktige) {
          push(
            'meeting-handling-other-namnd',
            [
              `Handlingen ${name} är ställd till ${m.mottagare}, men sammanträdet är ${meeting.nämnd}s. Ta bort den från ärende ${n}, eller rätta 'mottagare' i handlingen.`,
              `The paper ${name} is addressed to ${m.mottagare}, but the meeting is held by ${meeting.nämnd}. Remove it from item ${n}, or correct 'mottagare' in the paper.`,
            ],
            h.ref.range,
          );
        }
      }
      if (meeting.kommun && m.kommun && !sameKommun(m.kommun, meeting.kommun)) {
        push(
          'meeting-handling-other-kommun',
          [
            `Handlingen ${name} gäller ${m.kommun}, men sammanträdet är i ${meeting.kommun}. Ta bort den från ärende ${n}, eller rätta 'kommun' i handlingen.`,
            `The paper ${name} concerns ${m.kommun}, but the meeting is in ${meeting.kommun}. Remove it from item ${n}, or correct 'kommun' in the paper.`,
          ],
          h.ref.range,
        );
      }
    }
    // The tjänsteskrivelse answers the initiative: the same ärende, so the same diarienummer.
    const ts = r.tjänsteskrivelse;
    const init = r.initiative;
    if (ts && init?.metadata.diarienummer) {
      const tsHandling = r.handlingar.find((h) => h.draft === ts)!;
      const own = ts.metadata.diarienummer;
      const avser = readAvserDnr(ts.metadata.raw);
      const wrong = [own, avser].find((d) => d && !sameDiarienummer(d, init.metadata.diarienummer!));
      if (wrong) {
        push(
          'meeting-diarienummer-mismatch',
          [
            `Tjänsteskrivelsen '${tsHandling.ref.path}' har diarienummer ${wrong}, men initiativet den besvarar har ${init.metadata.diarienummer}. Kontrollera att det är rätt tjänsteskrivelse, eller rätta diarienumret i den.`,
            `The officer report (tjänsteskrivelse) '${tsHandling.ref.path}' has the reference number (diarienummer) ${wrong}, but the initiative it answers has ${init.metadata.diarienummer}. Check that it is the right report, or correct the reference number in it.`,
          ],
          tsHandling.ref.range,
        );
      }
    }
    if (r.item.beslut?.kind === 'enligt förslag' && !r.proposal) {
      const range = draft.rangeOf(['ärenden', r.item.index, 'beslut'], 'value') ?? r.item.range;
      const hasInitiative = !!init;
      push(
        'meeting-beslut-without-proposal',
        [
          `Ärende ${n} beslutas 'enligt förslag', men det finns inget förslag till beslut: ingen tjänsteskrivelse bland handlingarna och inget 'förslag:' i ärendet${hasInitiative ? ' (initiativtagarens egna att-satser är inget förslag till beslut)' : ''}. Skriv beslutet som en lista med att-satser, eller lägg till 'förslag:'.`,
          `Item ${n} is decided 'enligt förslag' (as proposed), but there is no proposal for a decision: no officer report (tjänsteskrivelse) among the papers and no 'förslag:' in the item${hasInitiative ? " (the initiator's own proposal clauses are not a proposal for a decision)" : ''}. Write the decision as a list of proposal clauses (att-satser), or add 'förslag:'.`,
        ],
        range,
      );
    }
    beslutsgångProblems(r.item, n);
    omröstningProblems(r.item, n);
  }

  /** Yrkanden and a beslut: the protokoll must say in what order the propositions were put (5 kap. 67 § 2 KL). */
  function beslutsgångProblems(item: MeetingItem, n: number) {
    if (!item.yrkanden.length || !item.beslut || item.beslutsgång.length) return;
    const range = draft.rangeOf(['ärenden', item.index, 'yrkanden'], 'key') ?? item.range;
    const who = item.yrkanden.length === 1 ? 'ett yrkande' : `${item.yrkanden.length} yrkanden`;
    const whoEn = item.yrkanden.length === 1 ? 'a motion' : `${item.yrkanden.length} motions`;
    push(
      'meeting-beslutsgang-missing',
      [
        `Ärende ${n} har ${who} och ett beslut men ingen 'beslutsgång:'. Protokollet ska visa i vilken ordning ordföranden lade fram förslagen till beslut (5 kap. 67 § kommunallagen). Skriv med egna ord hur ordföranden ställde förslagen mot varandra och vad nämnden beslutade.`,
        `Item ${n} has ${whoEn} (yrkanden) and a decision but no 'beslutsgång:' (how the decision was reached). The minutes must show in what order the chair put the proposals (5 kap. 67 § kommunallagen). Write in your own words how the chair put the proposals against each other and what the committee decided.`,
      ],
      range,
      'warning',
    );
  }

  /** The counts of an omröstning against its list of röster, and each röst one of ja, nej, avstår (5 kap. 67 § 3 och 5 KL). */
  function omröstningProblems(item: MeetingItem, n: number) {
    const o = item.omröstning;
    if (!o) return;
    const at = (...rest: (string | number)[]) => draft.rangeOf(['ärenden', item.index, 'omröstning', ...rest], 'value');
    const key = draft.rangeOf(['ärenden', item.index, 'omröstning'], 'key') ?? item.range;
    let allValid = true;
    for (const v of o.röster) {
      if (röstOf(v.röst)) continue;
      allValid = false;
      const written = v.röst ? `'${v.röst}'` : 'tom';
      const writtenEn = v.röst ? `'${v.röst}'` : 'empty';
      push(
        'meeting-omrostning-mismatch',
        [
          `${genitive(v.namn)} röst i omröstningen i ärende ${n} är ${written}. En röst är ja, nej eller avstår.`,
          `The ballot of ${v.namn} in the vote (omröstning) of item ${n} is ${writtenEn}. A vote is 'ja' (yes), 'nej' (no) or 'avstår' (abstains).`,
        ],
        at('röster', v.index, 'röst') ?? at('röster', v.index) ?? key,
      );
    }
    const counts: Record<Röst, number | undefined> = { ja: o.ja, nej: o.nej, avstår: o.avstår };
    const written = (c: Record<Röst, number | undefined>) => `${c.ja} ja, ${c.nej} nej och ${c.avstår} avstår`;
    const writtenEn = (c: Record<Röst, number | undefined>) => `${c.ja} 'ja', ${c.nej} 'nej' and ${c.avstår} 'avstår'`;
    const complete = RÖSTER.every((r) => counts[r] !== undefined);
    if (complete && allValid && o.röster.length) {
      const listed: Record<Röst, number> = { ja: 0, nej: 0, avstår: 0 };
      for (const v of o.röster) listed[röstOf(v.röst)!]++;
      if (RÖSTER.some((r) => listed[r] !== counts[r])) {
        push(
          'meeting-omrostning-mismatch',
          [
            `Omröstningen i ärende ${n} räknar ${written(counts)}, men 'röster' har ${written(listed)}. Rätta antalen eller listan så att de stämmer.`,
            `The vote (omröstning) in item ${n} counts ${writtenEn(counts)}, but 'röster' lists ${writtenEn(listed)}. Correct the counts or the list so that they agree.`,
          ],
          key,
        );
      }
    }
    // More votes than members who took part in decisions (5 kap. 66 §) cannot be right.
    const beslutande = meeting.närvarande?.beslutande.length ?? 0;
    const total = (o.ja ?? 0) + (o.nej ?? 0) + (o.avstår ?? 0);
    if (complete && beslutande && total > beslutande) {
      push(
        'meeting-omrostning-mismatch',
        [
          `Omröstningen i ärende ${n} räknar ${total} ledamöter (${written(counts)}), men 'närvarande: beslutande' har bara ${beslutande}. Rätta antalen, eller lägg till de tjänstgörande ledamöter som saknas.`,
          `The vote (omröstning) in item ${n} counts ${total} members (${writtenEn(counts)}), but 'närvarande: beslutande' lists only ${beslutande}. Correct the counts, or add the serving members who are missing.`,
        ],
        key,
      );
    }
  }

  const j = meeting.justering?.datum;
  if (j && meeting.datum) {
    const range = draft.rangeOf(['justering', 'datum'], 'value') ?? draft.frontmatter!.openingRange;
    const d = days(meeting.datum, j);
    if (d < 0)
      push(
        'meeting-justering-late',
        [
          `Justeringen (${j}) ligger före sammanträdet (${meeting.datum}). Ange dagen då protokollet justeras.`,
          `The checking of the minutes (justering, ${j}) is before the meeting (${meeting.datum}). Give the day the minutes are checked.`,
        ],
        range,
      );
    else if (d > 14)
      push(
        'meeting-justering-late',
        [
          `Justeringen (${j}) ligger ${d} dagar efter sammanträdet; protokollet ska justeras senast fjorton dagar efter (5 kap. 69 § kommunallagen). Senast ${addDays(meeting.datum, 14)}.`,
          `The checking of the minutes (justering, ${j}) is ${d} days after the meeting; the minutes must be checked no later than fourteen days after it (5 kap. 69 § kommunallagen). At the latest ${addDays(meeting.datum, 14)}.`,
        ],
        range,
      );
  }
  return out;
}

function readAvserDnr(raw: Record<string, unknown>): string | undefined {
  const avser = raw.avser;
  if (!avser || typeof avser !== 'object') return undefined;
  const dnr = (avser as Record<string, unknown>).diarienummer;
  return typeof dnr === 'string' && dnr.trim() ? dnr.trim() : undefined;
}

/** Swedish genitive: "Kim Exempels", but "Lars" and "Max" stay as they are. */
const genitive = (name: string) => (/[sxz]$/i.test(name) ? name : `${name}s`);

export function addDays(isoDate: string, n: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}
