import { KINDS, kindByName, type KindDefinition } from '../kinds/index.js';
import type { Draft } from '../model/types.js';

/** The kind definition of a parsed draft (by its `typ` as written), or undefined. */
export function kindDefinitionOf(draft: Draft | undefined): KindDefinition | undefined {
  const typ = draft?.metadata.raw.typ;
  return typeof typ === 'string' ? kindByName(typ) : undefined;
}

/** Whether a parsed draft is a meeting file (the kind whose workflow role is `möte`). */
export function isMeeting(draft: Draft): boolean {
  return kindDefinitionOf(draft)?.workflow.role === 'möte';
}

/** The name of the meeting file's kind (what `typ` says), for messages. */
export const MEETING_KIND: string = KINDS.find((k) => k.workflow.role === 'möte')!.name;

/** The kinds `arende frister` lists: raised in fullmäktige, to be decided within a year (5 kap. 35 § KL). */
export const FRIST_KINDS: readonly string[] = KINDS.filter((k) => k.workflow.frist).map((k) => k.name);
