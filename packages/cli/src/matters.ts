/**
 * The drafts and meeting files `arende frister` and `arende publicera` read: every draft found among the
 * paths (and every draft a meeting file names as a handling, given or not), every meeting file resolved with
 * its handlingar, and what the meetings did with each matter (core's fristEffect), by the handling's absolute
 * path and by diarienummer. One reading, so that the status site shows exactly the status `frister` reports.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  dnrKey,
  fristEffect,
  isIsoDate,
  isMeeting,
  parseDraft,
  resolveMeeting,
  type Decided,
  type Draft,
  type MeetingEvent,
  type ResolvedMeeting,
} from '@arende/core';
import { collectTargets, InputError } from './files.js';
import { diskLoader } from './handlings.js';
import { EXIT_USAGE, usageError, type CliIo } from './io.js';

export interface FoundDraft {
  /** As shown (relative to the working folder). */
  fil: string;
  draft: Draft;
  /** Named on the command line rather than found in a folder or through a meeting file. */
  explicit: boolean;
}

export interface LoadedMeeting {
  abs: string;
  fil: string;
  resolved: ResolvedMeeting;
}

export interface Matters {
  /** By absolute path. */
  drafts: Map<string, FoundDraft>;
  meetings: LoadedMeeting[];
  /** What the meetings did with matters: keyed by a handling's absolute path and by dnrKey(diarienummer). */
  decided: Decided;
}

/** The day a command's statuses are read on (`--per`, default today), or the usage exit code for a bad date. */
export function perDateFor(command: string, per: string | undefined, io: CliIo): string | number {
  const day = per ?? io.today();
  return isIsoDate(day) ? day : usageError(io, command, `'${day}' är inget datum; skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-12-01.`);
}

/**
 * loadMatters for a command: a path that cannot be read is said on stderr under the command's name, and the
 * usage exit code returned instead of the matters.
 */
export async function loadMattersFor(command: string, paths: string[], io: CliIo): Promise<Matters | number> {
  try {
    return await loadMatters(paths, io.cwd);
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`arende ${command}: ${e.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}

/** Reads `paths` (files and folders) from `cwd`. Throws InputError (in Swedish) for a path that cannot be read. */
export async function loadMatters(paths: string[], cwd: string): Promise<Matters> {
  const targets = await collectTargets(paths, cwd);
  const drafts = new Map<string, FoundDraft>();
  const meetings: LoadedMeeting[] = [];
  for (const t of targets) {
    const abs = path.resolve(cwd, t.path);
    let text: string;
    try {
      text = readFileSync(abs, 'utf8');
    } catch (e) {
      throw new InputError(`'${t.path}' går inte att läsa (${(e as NodeJS.ErrnoException).code}).`);
    }
    const draft = parseDraft(text, { path: t.path, incremental: false });
    if (isMeeting(draft)) meetings.push({ abs, fil: t.path, resolved: resolveMeeting(draft, diskLoader(abs)) });
    else drafts.set(abs, { fil: t.path, draft, explicit: t.explicit });
  }

  // What the meeting files did with each matter (decided, proposed to fullmäktige, reported), and the handlingar they name.
  const files = new Map<string, MeetingEvent[]>();
  const diarienummer = new Map<string, MeetingEvent[]>();
  const add = (map: Map<string, MeetingEvent[]>, key: string, event: MeetingEvent) => map.set(key, [...(map.get(key) ?? []), event]);
  for (const { resolved } of meetings) {
    const datum = resolved.meeting.datum;
    for (const item of resolved.items) {
      const effect = datum ? fristEffect(resolved.meeting, item) : undefined;
      for (const h of item.handlingar) {
        if (h.status !== 'draft' || !h.resolvedPath) continue;
        if (!drafts.has(h.resolvedPath))
          drafts.set(h.resolvedPath, { fil: path.relative(cwd, h.resolvedPath) || h.resolvedPath, draft: h.draft!, explicit: false });
        if (effect) add(files, h.resolvedPath, { datum: datum!, effect });
      }
      if (effect && item.diarienummer) add(diarienummer, dnrKey(item.diarienummer), { datum: datum!, effect });
    }
  }
  return { drafts, meetings, decided: { files, diarienummer } };
}
