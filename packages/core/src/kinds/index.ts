/**
 * The table of kinds: every kind of draft ärende knows, one file each. Order matters: it is the order
 * users see them in (`arende new`, the extension's "Nytt ärende", messages that list them).
 */
import type { KindDefinition } from './kind.js';
import politikerinitiativ from './politikerinitiativ.js';
import medborgarforslag from './medborgarforslag.js';
import motion from './motion.js';
import namnduppdrag from './namnduppdrag.js';
import tjansteskrivelse from './tjansteskrivelse.js';
import interpellation from './interpellation.js';
import fraga from './fraga.js';
import sammantrade from './sammantrade.js';

export const KINDS = [politikerinitiativ, medborgarforslag, motion, interpellation, fraga, namnduppdrag, tjansteskrivelse, sammantrade] as const;

/** The value of `typ` of a known kind. */
export type DraftKind = (typeof KINDS)[number]['name'];

/** The `typ` values, in the table's order. */
export const DRAFT_KINDS: readonly DraftKind[] = KINDS.map((k) => k.name);

const BY_NAME = new Map<string, KindDefinition<DraftKind>>(KINDS.map((k) => [k.name, k]));

/** The definition of a kind; undefined for anything that is not a `typ` value. */
export function kindByName(name: string | undefined): KindDefinition<DraftKind> | undefined {
  return name === undefined ? undefined : BY_NAME.get(name);
}

/** Type guard: is this string a `typ` value? */
export function isDraftKind(name: unknown): name is DraftKind {
  return typeof name === 'string' && BY_NAME.has(name);
}

/**
 * A kind as a user may type it on a command line or in a form: its name or its ascii spelling,
 * in any case ("Medborgarforslag" → medborgarförslag).
 */
export function kindFromArg(arg: string): KindDefinition<DraftKind> | undefined {
  const a = arg.trim().toLocaleLowerCase('sv');
  return KINDS.find((k) => k.name === a || k.ascii === a);
}

/** The kinds' names as Swedish prose: "a, b eller c" (or "och"). */
export function kindNamesText(conjunction: 'eller' | 'och' = 'eller', kinds: readonly KindDefinition[] = KINDS): string {
  return swedishList(
    kinds.map((k) => k.name),
    conjunction,
  );
}

/** The English noun phrase that starts a sentence about a kind: "A councillor's initiative", "An officer report (tjänsteskrivelse)". */
export function kindSubjectEn(kind: KindDefinition): string {
  const label = kind.label.en;
  return `${/^[aeiou]/i.test(label) ? 'An' : 'A'} ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

/** "a, b eller c". */
export function swedishList(items: readonly string[], conjunction: 'eller' | 'och'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

export { AGENDA_GROUPS } from './agenda-groups.js';

export type {
  KindDefinition,
  KindFeatures,
  KindWorkflow,
  RequiredSection,
  SenderField,
  AgendaGroup,
  Bilingual,
  Basis,
  Raiser,
  Addressee,
  MeetingAct,
} from './kind.js';
export { defineKind } from './kind.js';
