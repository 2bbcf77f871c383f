import path from 'node:path';
import {
  fixUntilStable,
  checkDraft,
  fileText,
  ConfigError,
  hasErrors,
  parseDraft,
  skippedSummary,
  toVFile,
  type ArendeConfig,
  type Diagnostic,
  type SkipReason,
} from '@arende/core';
import { nodeFileProbe } from '@arende/core/node';
import { discardEarlySpellerThread } from '@arende/core/speller-node';
import type { VFile } from 'vfile';
import { EXIT_ERRORS, EXIT_OK, type Command, usageError } from '../io.js';
import { parseCommandArgs } from '../args.js';
import { COMMAND_TABLE } from '../command-table.js';
import { collectTargets, InputError } from '../files.js';
import { checkFiles, checkFilesWithSpellerWorker } from '../check-files.js';
import { replaceTextFile } from '../write-text.js';
import { draftConfigs } from '../config.js';
import { jsonReport, textReport } from '../report.js';
import { diskLoader } from '../handlings.js';
import { prepareSpeller, spellerFailure, spellerWorker, wantsSpeller } from '../speller.js';

export const checkHelp = `Användning: arende check [--fix] [--format text|json] [--config FIL] SÖKVÄG…

Kontrollerar utkast. En fil som anges kontrolleras alltid; i en mapp söks .md-filer. En fil
vars huvud (frontmatter) har 'typ', en nyckel som liknar den ('Typ', 'tpy') eller inte går att
läsa är ett utkast och kontrolleras; Markdown utan huvud eller utan 'typ' hoppas över, och
ärende säger hur många filer det hoppade över och varför.

  --fix               rätta det som går att rätta mekaniskt (t.ex. 'avsandare' → 'avsändare', ett
                      upphävt lagrum → det nya) och skriv tillbaka filen; resten rapporteras som vanligt
  --format text|json  utskrift för människor (standard) eller JSON (vfile-reporter-json)
  --config FIL        inställningsfil (standard: närmaste arende.config.json uppåt)

Slutkod: 0 inga fel, 1 fel hittades, 2 fel i kommandot eller en fil som inte går att läsa.
`;

export const check: Command = async (args, io) => {
  const parsed = parseCommandArgs('check', args, COMMAND_TABLE.check.flags, checkHelp, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (values.format !== 'text' && values.format !== 'json') {
    return usageError(io, 'check', `okänt format '${values.format}'; välj text eller json.`);
  }
  if (positionals.length === 0) {
    return usageError(io, 'check', "ange minst en fil eller mapp, t.ex. 'arende check utkast.md'.");
  }
  // Each draft by its own arende.config.json (cached per folder), read when first needed.
  const configFor = draftConfigs(io.cwd, values.config);
  let targets;
  try {
    targets = await collectTargets(positionals, io.cwd);
  } catch (e) {
    if (e instanceof InputError) {
      return usageError(io, 'check', `${e.message}`);
    }
    throw e;
  }
  const files: VFile[] = [];
  const skipped: { path: string; reason: SkipReason }[] = [];
  let errors = false;
  let results;
  try {
    const configs = targets.map((t) => configFor(t.path));
    // Hunspell loads on another thread while the other rules run; but --fix checks again after each round
    // of fixes, synchronously, and needs the speller loaded first.
    if (!values.fix && wantsSpeller(configs)) {
      const worker = await spellerWorker(io);
      results = worker
        ? await checkFilesWithSpellerWorker(targets, io.cwd, configFor, worker, (e) => io.stderr(spellerFailure(e)))
        : checkFiles(targets, io.cwd, configFor);
    } else {
      discardEarlySpellerThread();
      await prepareSpeller(io, configs);
      results = checkFiles(targets, io.cwd, configFor);
    }
  } catch (e) {
    if (e instanceof ConfigError) {
      return usageError(io, 'check', `${e.message}`);
    }
    throw e;
  }
  for (const result of results) {
    if (result.kind === 'unreadable') {
      return usageError(io, 'check', result.message ?? `'${result.path}' går inte att läsa (${result.code}).`);
    }
    if (result.kind === 'skipped') {
      skipped.push(result);
      continue;
    }
    let { text, diagnostics } = result;
    if (values.fix && result.encoding) {
      io.stderr(`arende check: '${result.path}' är inte sparad som UTF-8 och rättas inte; filen är orörd.\n`);
    } else if (values.fix) {
      const fixed = fixText(text, diagnostics, result.path, configFor(result.path), io.cwd);
      if (fixed.count > 0) {
        try {
          // core's text has no byte-order mark: give it back if the file had one.
          await replaceTextFile(path.resolve(io.cwd, result.path), (result.hadBom ? '\ufeff' : '') + fixed.text);
        } catch (e) {
          return usageError(
            io,
            'check',
            `kunde inte skriva rättelserna till '${result.path}' (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); filen är orörd.`,
          );
        }
        io.stderr(`Rättade ${fixed.count} problem i '${result.path}'.\n`);
        ({ text, diagnostics } = fixed);
      }
    }
    errors ||= hasErrors(diagnostics);
    files.push(toVFile(result.path, text, diagnostics, io.cwd));
  }
  io.stdout(values.format === 'json' ? jsonReport(files) : files.length ? textReport(files, io.color ?? false) : 'Inga utkast hittades.\n');
  // On stderr, so that --format json stays one JSON document.
  if (skipped.length) io.stderr(`arende check: ${skippedSummary(skipped)}\n`);
  return errors ? EXIT_ERRORS : EXIT_OK;
};

/** Applies fixes and checks again, until nothing fixable is left (core's fixUntilStable). */
function fixText(
  text: string,
  diagnostics: Diagnostic[],
  file: string,
  config: ArendeConfig,
  cwd: string,
): { text: string; diagnostics: Diagnostic[]; count: number } {
  const fixed = fixUntilStable(text, diagnostics, (next) => {
    const draft = parseDraft(next, { path: file, incremental: false });
    return { text: fileText(draft), diagnostics: checkDraft(draft, { config, files: nodeFileProbe(cwd), handlingar: diskLoader(path.resolve(cwd, file)) }) };
  });
  return { text: fixed.text, diagnostics: fixed.diagnostics, count: fixed.applied.length };
}
