/**
 * A meeting file with its handlingar read: for each item, which draft is the initiative (what the nämnd
 * decides on) and which is the tjänsteskrivelse (the administration's proposal), the rubrik and
 * diarienummer the kallelse and protokoll show, and the Förslag till beslut: the meeting file's own
 * `förslag`, else the tjänsteskrivelse's att-satser. An initiator's att-satser (politikerinitiativ,
 * medborgarförslag, motion) are never the nämnd's proposal; they are kept apart as the initiator's.
 *
 * Core reads no files: the caller hands in a loader (the CLI reads the disk, the extension also open
 * editors), so the same resolution serves the CLI, the editor and tests.
 */
import { officialKommunName } from '../kommuner/index.js';
import { parseDraft } from '../model/parse-draft.js';
import type { Draft } from '../model/types.js';
import { kindDefinitionOf } from './kind.js';
import { computedBeslutOf } from './yrkande-problems.js';
import { readMeeting, type HandlingRef, type MeetingFile, type MeetingItem } from './model.js';

/** What the loader found at a path named in `handlingar` (relative to the meeting file). */
export type HandlingSource =
  | { exists: false }
  /** `text` for Markdown files (read as drafts); other files (PDF, …) are attachments listed by name. */
  | { exists: true; text?: string; path?: string; unreadable?: HandlingUnreadable };

/**
 * A handling that is there but is not read (issue 17): not a regular file (a FIFO would block, a device never
 * ends), or larger than ärende takes (`size` in bytes, `limit` the cap that applies to it).
 */
export type HandlingUnreadable = { reason: 'not-regular'; what: string } | { reason: 'too-large'; size: number; limit: number };

export type HandlingLoader = (relativePath: string) => HandlingSource;

/**
 * The largest handling that is not a draft (a PDF, a spreadsheet) that ärende takes: `agenda --pdf` reads a
 * PDF whole, and pdf-lib holds several times its size while copying its pages. A scanned report of 100 pages
 * is about 10–20 MB. (A Markdown handling is a draft: MAX_DRAFT_BYTES.)
 */
export const MAX_HANDLING_BYTES = 30 * 1024 * 1024;

export interface ResolvedHandling {
  ref: HandlingRef;
  /**
   * `missing`: no such file; `file`: not Markdown (listed by name); `not-draft`: Markdown without `typ`;
   * `unreadable`: there, but not read (`unreadable` says why).
   */
  status: 'draft' | 'missing' | 'file' | 'not-draft' | 'unreadable';
  unreadable?: HandlingUnreadable;
  draft?: Draft;
  /** The path the loader resolved (absolute for the CLI), when it said. */
  resolvedPath?: string;
}

/** Whether a draft asks the nämnd for something (an initiative: what an item is about). */
export const isInitiative = (d: Draft | undefined): boolean => kindDefinitionOf(d)?.workflow.role === 'initiativ';
/** Whether a draft carries the administration's Förslag till beslut (a tjänsteskrivelse). */
export const isProposalDraft = (d: Draft | undefined): boolean => kindDefinitionOf(d)?.workflow.role === 'förslag';

export interface ItemProposal {
  satser: string[];
  /** `möte`: written in the meeting file; `förvaltning`: the administration's, from the item's tjänsteskrivelse. */
  source: 'möte' | 'förvaltning';
  /** Who proposes, for the label: the förvaltning, or undefined for the meeting file's own. */
  from?: string;
}

export interface ResolvedItem {
  item: MeetingItem;
  handlingar: ResolvedHandling[];
  initiative?: Draft;
  tjänsteskrivelse?: Draft;
  rubrik: string;
  diarienummer?: string;
  proposal?: ItemProposal;
  /** The initiator's own att-satser (shown as theirs, never as the proposal). */
  initiatorSatser: string[];
}

export interface ResolvedMeeting {
  draft: Draft;
  meeting: MeetingFile;
  items: ResolvedItem[];
}

export function kindOf(draft: Draft | undefined): string | undefined {
  const typ = draft?.metadata.raw.typ;
  return typeof typ === 'string' ? typ : undefined;
}

/** Reads every handling once through `load` and works out each item's parts. */
export function resolveMeeting(draft: Draft, load: HandlingLoader): ResolvedMeeting {
  const meeting = readMeeting(draft);
  const cache = new Map<string, { source: HandlingSource; draft?: Draft }>();
  const read = (ref: HandlingRef): ResolvedHandling => {
    let entry = cache.get(ref.path);
    if (!entry) {
      const source = load(ref.path);
      entry = {
        source,
        draft:
          source.exists && source.text !== undefined && !source.unreadable
            ? parseDraft(source.text, { path: source.path ?? ref.path, incremental: false })
            : undefined,
      };
      cache.set(ref.path, entry);
    }
    const { source } = entry;
    if (!source.exists) return { ref, status: 'missing' };
    if (source.unreadable) return { ref, status: 'unreadable', unreadable: source.unreadable, resolvedPath: source.path };
    if (source.text === undefined) return { ref, status: 'file', resolvedPath: source.path };
    const d = entry.draft!;
    return { ref, status: d.frontmatter && kindOf(d) ? 'draft' : 'not-draft', draft: d, resolvedPath: source.path };
  };
  return { draft, meeting, items: meeting.ärenden.map((item) => resolveItem(item, item.handlingar.map(read))) };
}

function resolveItem(item: MeetingItem, handlingar: ResolvedHandling[]): ResolvedItem {
  const drafts = handlingar.filter((h) => h.status === 'draft').map((h) => h.draft!);
  const initiative = drafts.find(isInitiative);
  const tjänsteskrivelse = drafts.find(isProposalDraft);
  const first = tjänsteskrivelse ?? initiative ?? drafts[0];
  let proposal: ItemProposal | undefined;
  if (item.förslag.length) proposal = { satser: item.förslag, source: 'möte' };
  else if (tjänsteskrivelse?.attSatser.length) {
    proposal = {
      satser: tjänsteskrivelse.attSatser.map((a) => a.text),
      source: 'förvaltning',
      from: tjänsteskrivelse.metadata.förvaltning,
    };
  }
  return {
    item,
    handlingar,
    initiative,
    tjänsteskrivelse,
    rubrik: item.rubrik ?? first?.metadata.rubrik ?? '(rubrik saknas)',
    diarienummer: item.diarienummer ?? tjänsteskrivelse?.metadata.diarienummer ?? initiative?.metadata.diarienummer ?? first?.metadata.diarienummer,
    proposal,
    initiatorSatser: initiative ? initiative.attSatser.map((a) => a.text) : [],
  };
}

/**
 * The decision's att-satser: the proposal's when `enligt förslag`, else the meeting file's own; without a
 * `beslut`, the one the yrkanden's `utfall` give (compute-beslut.ts); undefined before the meeting.
 */
export function decisionOf(item: ResolvedItem): string[] | undefined {
  const b = item.item.beslut;
  if (!b) return computedBeslutOf(item)?.satser;
  if (b.kind === 'att-satser') return b.satser;
  return item.proposal?.satser ?? [];
}

// --- comparisons the meeting diagnostics make -------------------------------------------------

const fold = (s: string) => s.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();

/** "Socialnämnden" = "socialnämnden" = "Till Socialnämnden". */
export function sameNämnd(a: string, b: string): boolean {
  const n = (s: string) => fold(s).replace(/^till /, '');
  return n(a) === n(b);
}

/** Whether a handling's mottagare is fullmäktige (a motion or medborgarförslag a nämnd prepares for it). */
export function isFullmäktige(mottagare: string): boolean {
  return /fullmäktige/i.test(mottagare);
}

/**
 * Whether a draft may stand on the list of `nämnd`'s meeting, by what the kind table says of its
 * meeting (`meeting.in`, `meeting.preparedByNämnd`): addressed to that nämnd; handled in fullmäktige
 * whoever it names (an interpellation to a chair) and the meeting is fullmäktige's; or raised in
 * fullmäktige and prepared by a nämnd (a motion, a medborgarförslag: 5 kap. 23 §, 6 kap. 34 § KL).
 */
export function belongsToMeeting(draft: Draft, nämnd: string): boolean {
  const mottagare = draft.metadata.mottagare;
  if (!mottagare || sameNämnd(mottagare, nämnd)) return true;
  const kind = kindDefinitionOf(draft);
  if (!kind) return false;
  if (kind.meeting.in === 'fullmäktige') return isFullmäktige(nämnd);
  return kind.meeting.preparedByNämnd && isFullmäktige(mottagare);
}

/**
 * "Stockholms stad" = "Stockholms kommun" = "Stockholm" (a real kommun by its official name, see
 * ../kommuner/); a name ärende does not know (an example's "Exempelby") by its words: "Exempelby kommun" =
 * "Exempelby" = "exempelby kommun".
 */
export function sameKommun(a: string, b: string): boolean {
  const officialA = officialKommunName(a);
  const officialB = officialKommunName(b);
  if (officialA || officialB) return officialA === officialB;
  const n = (s: string) =>
    fold(s)
      .replace(/\s+kommun$/, '')
      .replace(/^kommunen\s+/, '');
  return n(a) === n(b);
}

/** "SN 2026/12" = "sn 2026/12" = "Dnr: SN 2026/12" (case, spaces and a leading "Dnr" aside; numbers compare as written). */
export function sameDiarienummer(a: string, b: string): boolean {
  const n = (s: string) =>
    fold(s)
      .replace(/^dnr:?\s*/, '')
      .replace(/\s+/g, '');
  return n(a) === n(b);
}
