import { ConfigError, hasErrors, toVFile } from '@arende/core';
import type { VFile } from 'vfile';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, type Command } from '../io.js';
import { parseCommandArgs } from '../args.js';
import { collectTargets, InputError } from '../files.js';
import { checkFiles } from '../check-files.js';
import { resolveConfig } from '../config.js';
import { jsonReport, textReport } from '../report.js';

export const checkHelp = `Användning: arende check [--format text|json] [--config FIL] SÖKVÄG…

Kontrollerar utkast. En fil som anges kontrolleras alltid; i en mapp söks .md-filer,
och Markdown-filer utan 'typ' i huvudet hoppas över.

  --format text|json  utskrift för människor (standard) eller JSON (vfile-reporter-json)
  --config FIL        inställningsfil (standard: närmaste arende.config.json uppåt)

Slutkod: 0 inga fel, 1 fel hittades, 2 fel i kommandot eller en fil som inte går att läsa.
`;

export const check: Command = async (args, io) => {
  const parsed = parseCommandArgs('check', args, {
    format: { type: 'string', default: 'text' },
    config: { type: 'string' },
  }, checkHelp, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (values.format !== 'text' && values.format !== 'json') {
    io.stderr(`arende check: okänt format '${values.format}'; välj text eller json.\n`);
    return EXIT_USAGE;
  }
  if (positionals.length === 0) {
    io.stderr("arende check: ange minst en fil eller mapp, t.ex. 'arende check utkast.md'.\n");
    return EXIT_USAGE;
  }
  let config;
  try {
    config = resolveConfig(io.cwd, values.config);
  } catch (e) {
    if (e instanceof ConfigError) {
      io.stderr(`arende check: ${e.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
  let targets;
  try {
    targets = await collectTargets(positionals, io.cwd);
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`arende check: ${e.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
  const files: VFile[] = [];
  let errors = false;
  for (const result of checkFiles(targets, io.cwd, config)) {
    if (result.kind === 'unreadable') {
      io.stderr(`arende check: '${result.path}' går inte att läsa (${result.code}).\n`);
      return EXIT_USAGE;
    }
    if (result.kind === 'skipped') continue;
    errors ||= hasErrors(result.diagnostics);
    files.push(toVFile(result.path, result.text, result.diagnostics, io.cwd));
  }
  io.stdout(values.format === 'json' ? jsonReport(files) : files.length ? textReport(files, io.color ?? false) : 'Inga utkast hittades.\n');
  return errors ? EXIT_ERRORS : EXIT_OK;
};
