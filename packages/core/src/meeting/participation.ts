/**
 * Who took part in one item (5 kap. 66–67 §§, 6 kap. 28–30 §§ KL): the serving members (`närvarande:
 * beslutande`) less those who declared jäv, those who did not take part (`deltar_inte`) and, for the
 * decision itself, those who abstained in its omröstning (4 kap. 25 §). Names are compared without the
 * party and role a list adds ("Kim Exempel (S), ordförande" is Kim Exempel).
 */
import { röstOf, type MeetingFile, type MeetingItem } from './model.js';

/** The person's name of a list entry: what comes before " (" or ",". */
export function personName(entry: string): string {
  return entry.split(/\s*[(,]/)[0]!.trim();
}

const key = (name: string) => personName(name).toLocaleLowerCase('sv').replace(/\s+/g, ' ');

export const samePerson = (a: string, b: string): boolean => key(a) === key(b);

/** Why a person was not among those who took part in the item's decision, or undefined when they were (or it cannot be known). */
export type NotParticipating = 'jäv' | 'deltar_inte' | 'avstår' | 'ersättare' | 'inte beslutande';

export function whyNotParticipating(meeting: MeetingFile, item: MeetingItem, name: string): NotParticipating | undefined {
  const k = key(name);
  const has = (list: readonly string[]) => list.some((x) => key(x) === k);
  if (has(item.jäv)) return 'jäv';
  if (has(item.deltar_inte)) return 'deltar_inte';
  if (item.omröstning?.röster.some((r) => key(r.namn) === k && röstOf(r.röst) === 'avstår')) return 'avstår';
  const n = meeting.närvarande;
  if (!n?.beslutande.length) return undefined;
  if (has(n.beslutande)) return undefined;
  return has(n.ersättare) ? 'ersättare' : 'inte beslutande';
}

/** The item's participants: the beslutande (as written) who neither declared jäv nor stood aside. */
export function participants(meeting: MeetingFile, item: MeetingItem): string[] {
  const out = meeting.närvarande?.beslutande ?? [];
  return out.filter((p) => !item.jäv.some((j) => samePerson(j, p)) && !item.deltar_inte.some((d) => samePerson(d, p)));
}
