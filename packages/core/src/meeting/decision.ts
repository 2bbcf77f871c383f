/**
 * Who decides an item, and what the meeting's handling of it means for the matter (5 kap. 23 §, 5 kap. 35 §,
 * 6 kap. 38 § KL). Fullmäktige decides motioner and medborgarförslag; a nämnd's handling of one is beredning
 * (a proposal to fullmäktige) unless fullmäktige handed a medborgarförslag over (`delegerat: true`). Anything
 * else on a nämnd's list the nämnd decides itself.
 *
 * The by-kind answers are in decidedByFullmäktige() and mayBeDelegated() only, so that they can be read from
 * the kind table when it says who decides a kind.
 */
import type { KindDefinition } from '../kinds/index.js';
import type { Draft } from '../model/types.js';
import { kindDefinitionOf } from './kind.js';
import { utfallOf, type MeetingFile, type MeetingItem, type Utfall } from './model.js';
import { isFullmäktige, type ResolvedItem } from './resolve.js';

/** Whether only fullmäktige decides a matter of this kind (motion, medborgarförslag: 5 kap. 23 § KL). */
export function decidedByFullmäktige(kind: KindDefinition | undefined): boolean {
  return !!kind?.workflow.frist;
}

/** Whether fullmäktige may hand a matter of this kind over to a nämnd (a medborgarförslag: 5 kap. 23 § andra stycket KL). */
export function mayBeDelegated(kind: KindDefinition | undefined): boolean {
  return !!kind?.workflow.delegable;
}

/** Whether the meeting is fullmäktige's (Kommunfullmäktige, Regionfullmäktige). */
export function isFullmäktigeMeeting(meeting: MeetingFile): boolean {
  return !!meeting.nämnd && isFullmäktige(meeting.nämnd);
}

/**
 * Whether this meeting's beslut on the item is the decision of the matter (true), or beredning: a proposal to
 * fullmäktige (false). `initiative` is the item's initiative draft, when it has one.
 */
export function meetingDecides(meeting: MeetingFile, item: MeetingItem, initiative: Draft | undefined): boolean {
  if (isFullmäktigeMeeting(meeting)) return true;
  const kind = kindDefinitionOf(initiative);
  if (!decidedByFullmäktige(kind)) return true;
  return item.delegerat && mayBeDelegated(kind);
}

/** What a held meeting's handling of an item means for the matter's frist (5 kap. 35 § KL). */
export type FristEffect = 'avgjord' | 'beredd' | 'anmäld';

/**
 * `avgjord` when the meeting decided the matter (or avskrev it), `beredd` when a nämnd proposed a decision to
 * fullmäktige, `anmäld` when the unfinished beredning was reported (5 kap. 35 §); undefined when it stays open
 * (återremitterat, bordlagt, or not handled). A matter fullmäktige decides must have been prepared (beretts,
 * 5 kap. 26 § KL): an item without any proposal (a motion as it is raised) is remitted, not decided.
 */
export function fristEffect(meeting: MeetingFile, { item, initiative, proposal }: ResolvedItem): FristEffect | undefined {
  const utfall: Utfall | undefined = utfallOf(item);
  if (utfall === 'anmält') return 'anmäld';
  if (utfall !== 'avgjort' && utfall !== 'avskrivet') return undefined;
  if (!meetingDecides(meeting, item, initiative)) return 'beredd';
  const prepared = !!proposal || item.beslut?.kind === 'enligt förslag' || !decidedByFullmäktige(kindDefinitionOf(initiative));
  return prepared || utfall === 'avskrivet' ? 'avgjord' : undefined;
}
