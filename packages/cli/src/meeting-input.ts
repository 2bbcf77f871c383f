import path from 'node:path';
import { checkDraft, ConfigError, isMeeting, parseDraft, resolveMeeting, type ResolvedMeeting } from '@arende/core';
import { nodeFileProbe } from '@arende/core/node';
import type { ConfigFor } from './config.js';
import { EXIT_ERRORS, EXIT_USAGE, type CliIo } from './io.js';
import { diskLoader } from './handlings.js';
import { guardPersonnummer } from './personnummer-guard.js';
import { readCheckedDraft, reportErrors, InputProblem, type CheckedDraft } from './documents.js';

export interface MeetingInput {
  /** The meeting file as given. */
  path: string;
  resolved: ResolvedMeeting;
  /** The meeting file and every handling that is a draft, with their errors. */
  checked: CheckedDraft[];
}

/**
 * Reads a meeting file and its handlingar and checks them all: the meeting file's own problems
 * (a missing handling, one for another nämnd or kommun, a diarienummer that differs) and each
 * handling's. With errors, refuses (returns the exit code) unless `force`.
 */
export async function readMeetingInput(command: string, file: string, io: CliIo, configFor: ConfigFor, force: boolean): Promise<MeetingInput | number> {
  let meetingFile: CheckedDraft;
  try {
    meetingFile = await readCheckedDraft(file, io, configFor);
  } catch (e) {
    if (e instanceof InputProblem) {
      io.stderr(`arende ${command}: ${e.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
  if (!isMeeting(meetingFile.draft)) {
    io.stderr(`arende ${command}: '${file}' är ingen mötesfil (huvudet ska ha 'typ: sammanträde'). Skapa en med 'arende new sammanträde'.\n`);
    return EXIT_USAGE;
  }
  const absolute = path.resolve(io.cwd, file);
  const resolved = resolveMeeting(meetingFile.draft, diskLoader(absolute));
  const checked: CheckedDraft[] = [meetingFile];
  const seen = new Set<string>();
  for (const item of resolved.items) {
    for (const h of item.handlingar) {
      if (h.status !== 'draft' || !h.resolvedPath || seen.has(h.resolvedPath)) continue;
      seen.add(h.resolvedPath);
      const shown = path.relative(io.cwd, h.resolvedPath) || h.resolvedPath;
      const draft = parseDraft(h.draft!.text, { path: shown, incremental: false });
      let config;
      try {
        config = configFor(h.resolvedPath); // the handling's own arende.config.json, not the meeting file's
      } catch (e) {
        if (e instanceof ConfigError) {
          io.stderr(`arende ${command}: ${e.message}\n`);
          return EXIT_USAGE;
        }
        throw e;
      }
      checked.push({
        path: shown,
        draft,
        errors: checkDraft(draft, { config, files: nodeFileProbe(io.cwd) }).filter((d) => d.severity === 'error'),
        broken: draft.kind === undefined,
      });
    }
  }
  if (!reportErrors(command, checked, force, io)) return EXIT_ERRORS;
  // The meeting file and every handling: a yrkande or a handling's text goes into the kallelse or protokoll.
  if (!guardPersonnummer(command, command === 'protokoll' ? 'protokollet' : 'kallelsen', checked, force, io)) return EXIT_ERRORS;
  return { path: file, resolved, checked };
}
