import path from 'node:path';
import {
  checkDraft,
  ConfigError,
  draftVerdict,
  fileText,
  kindDefinitionOf,
  nodeFileProbe,
  parseDraft,
  skippedSummary,
  toVFile,
  type ArendeConfig,
  type Diagnostic,
  type Draft,
  type SkipReason,
} from '@arende/core';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, type CliIo, type Command, usageError } from '../io.js';
import { parseCommandArgs } from '../args.js';
import { COMMAND_TABLE } from '../command-table.js';
import { draftConfigs, resolveConfig, type ConfigFor } from '../config.js';
import { collectTargets, InputError } from '../files.js';
import { textReport } from '../report.js';
import { readDraftFile } from '../read-draft.js';
import { diskLoader } from '../handlings.js';
import { personnummerFindings } from '../personnummer-guard.js';

export const exportHelp = `Användning: arende export UTKAST|MAPP… [-o FIL.docx] [--pdf] [--mall MALL.dotx] [--med-kontaktuppgifter] [--force] [--config FIL]

Exporterar ett utkast till Word (.docx) i nämndens format: A4, huvud med kommun, mottagare,
datum och diarienummer, rubrik, brödtext, förslag till beslut som numrerad lista, underskrifter,
bilagor och "Beslutet skickas till", sidfot med "Sida X av Y" och diarienummer.
Bilder bredvid utkastet bäddas in med sin alternativtext. Kontaktuppgifter (adress, e-post,
telefon) i huvudet exporteras inte, utom i avsändarens exemplar (--med-kontaktuppgifter).

  -o, --output FIL.docx  målfil (standard: utkastets namn med .docx, i samma mapp); FIL.pdf ger
                         PDF:en med det namnet och Word-filen bredvid som FIL.docx
  --pdf                  gör också en PDF (PDF/A-2, taggad, rubriken som titel) bredvid
                         Word-filen; kräver LibreOffice
  --mall MALL.dotx       kommunens Word-mall (.dotx eller .docx): dess formatmallar, sidformat,
                         sidhuvud och sidfot (standard: "mall" i arende.config.json)
  --med-kontaktuppgifter avsändarens exemplar för inlämning, med adress, e-post och telefon
                         (standard: utan; målfil NAMN-med-kontaktuppgifter.docx)
  --force                exportera även om utkastet har fel (inte ett utkast vars typ inte går att avgöra)
  --config FIL           inställningsfil (standard: närmaste arende.config.json uppåt)

I en mapp exporteras varje utkast (.md-fil med 'typ' i huvudet), var och en bredvid sig; ett
utkast med fel exporteras inte och nämns (slutkod 1), de andra exporteras ändå. Filen skrivs först till en tillfällig fil i
målmappen och byter sedan namn; utkastet självt skrivs aldrig över, och en fil som är öppen i
Word (låsfilen ~$namn.docx finns) lämnas orörd.

Slutkod: 0 exporterad, 1 utkastet har fel, 2 fel i kommandot, en fil som inte går att läsa
eller en målfil som inte går att skriva.
`;

/** A draft read from disk and checked. */
export interface CheckedDraft {
  /** As given on the command line. */
  path: string;
  draft: Draft;
  errors: Diagnostic[];
  /** Its kind cannot be told (frontmatter unreadable, `typ` missing or unknown): never exported, even with --force. */
  broken: boolean;
  /** Set when the file is not UTF-8 (then it is broken too: its text is misread). */
  encoding?: string;
}

/** "utkast.md:3:9: message": where a draft's first error is, for a one-line mention. */
export function firstError(d: CheckedDraft): string {
  const e = d.errors[0];
  return e ? `${d.path}:${e.range.start.line}:${e.range.start.column}: ${e.message}` : d.path;
}

/**
 * Broken drafts (their kind cannot be told, or they pass an input limit) are never exported. Says so, one line each with its first
 * error; `refusal` says what happens (the command stops, or leaves them out because of --force).
 */
export function reportBroken(command: string, broken: readonly CheckedDraft[], refusal: string, io: CliIo): void {
  if (broken.length === 0) return;
  const n = broken.length;
  // A draft beyond an input limit has a kind, but its text was not read: say that, not "unknown kind".
  const what = broken.every((d) => d.draft.limit) ? 'är större eller djupare än ärende läser' : 'går inte att läsa som ett ärende av känd typ';
  io.stderr(`arende ${command}: ${n} utkast ${what}; ${refusal}:\n`);
  for (const d of broken) io.stderr(`  ${firstError(d)}\n`);
}

/** Reads, parses and checks drafts; a file that cannot be read is a usage error (thrown as InputProblem). */
export class InputProblem extends Error {}

export async function readCheckedDraft(file: string, io: CliIo, configFor: ConfigFor): Promise<CheckedDraft> {
  let decoded;
  try {
    decoded = readDraftFile(path.resolve(io.cwd, file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputProblem(code === 'ENOENT' ? `'${file}' finns inte.` : `'${file}' går inte att läsa (${code}).`);
  }
  const draft = parseDraft(decoded.text, { path: file, incremental: false });
  if (decoded.problem) return { path: file, draft, errors: [decoded.problem], broken: true, encoding: decoded.encoding };
  let config;
  try {
    config = configFor(file); // the draft's own arende.config.json (issue 8)
  } catch (e) {
    if (e instanceof ConfigError) throw new InputProblem(e.message);
    throw e;
  }
  const errors = checkDraft(draft, { config, files: nodeFileProbe(io.cwd), handlingar: diskLoader(path.resolve(io.cwd, file)) }).filter(
    (d) => d.severity === 'error',
  );
  return { path: file, draft, errors, broken: draft.kind === undefined || draft.limit !== undefined };
}

/**
 * Says which drafts have errors. Without --force: lists the errors and returns false (refuse).
 * With --force: says that they are exported anyway and returns true.
 */
export function reportErrors(command: string, drafts: readonly CheckedDraft[], force: boolean, io: CliIo): boolean {
  const bad = drafts.filter((d) => d.errors.length > 0);
  if (bad.length === 0) return true;
  const count = bad.reduce((n, d) => n + d.errors.length, 0);
  const names = bad.map((d) => `'${d.path}'`).join(', ');
  if (force) {
    io.stderr(`arende ${command}: ${names} har ${count} fel; exporterar ändå eftersom --force angavs.\n`);
    return true;
  }
  io.stderr(`arende ${command}: ${names} har ${count} fel och exporteras inte (rätta felen, eller använd --force):\n`);
  io.stderr(
    textReport(
      bad.map((d) => toVFile(d.path, fileText(d.draft), d.errors)),
      false,
    ),
  );
  return false;
}

/**
 * The drafts named on the command line or found in the folders named (in a folder, Markdown that is
 * not a draft by core's `draftVerdict` is skipped, and the command says so), read and checked; or the
 * exit code after saying in one line what is wrong.
 */
export async function readDrafts(command: string, paths: string[], io: CliIo, configFor: ConfigFor): Promise<CheckedDraft[] | number> {
  let targets;
  try {
    targets = await collectTargets(paths, io.cwd);
  } catch (e) {
    if (e instanceof InputError) {
      return usageError(io, command, `${e.message}`);
    }
    throw e;
  }
  const drafts: CheckedDraft[] = [];
  const skipped: { path: string; reason: SkipReason }[] = [];
  for (const target of targets) {
    if (!target.explicit) {
      let verdict;
      try {
        verdict = draftVerdict(readDraftFile(path.resolve(io.cwd, target.path)).text);
      } catch {
        verdict = { draft: true } as const; // unreadable: readCheckedDraft below says why
      }
      if (!verdict.draft) {
        skipped.push({ path: target.path, reason: verdict.reason });
        continue;
      }
    }
    let checked;
    try {
      checked = await readCheckedDraft(target.path, io, configFor);
    } catch (e) {
      if (e instanceof InputProblem) {
        return usageError(io, command, `${e.message}`);
      }
      throw e;
    }
    drafts.push(checked);
  }
  if (skipped.length) io.stderr(`arende ${command}: ${skippedSummary(skipped)}\n`);
  if (drafts.length === 0) {
    return usageError(io, command, `inga utkast hittades.`);
  }
  return drafts;
}

/** Loads the config or reports why it cannot be used. */
export function loadConfig(command: string, io: CliIo, explicit: string | undefined, target?: string): ArendeConfig | undefined {
  try {
    return resolveConfig(io.cwd, explicit, target);
  } catch (e) {
    if (e instanceof ConfigError) {
      io.stderr(`arende ${command}: ${e.message}\n`);
      return undefined;
    }
    throw e;
  }
}

/** `utkast.md` → `utkast.docx`, next to the draft. */
export function defaultOutput(draftPath: string, suffix = ''): string {
  const ext = path.extname(draftPath);
  return `${ext ? draftPath.slice(0, -ext.length) : draftPath}${suffix}.docx`;
}

/** `kallelse.docx` → `kallelse.pdf`: the PDF of an export goes next to it. */
export function pdfPathOf(docxPath: string): string {
  return `${docxPath.replace(/\.docx$/i, '')}.pdf`;
}

export const exportCommand: Command = async (args, io) => {
  const parsed = parseCommandArgs('export', args, COMMAND_TABLE.export.flags, exportHelp, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0) {
    return usageError(io, 'export', "ange utkastet som ska exporteras, t.ex. 'arende export utkast.md'.");
  }
  if (values.output !== undefined && positionals.length > 1) {
    return usageError(io, 'export', '-o går bara att använda med ett utkast; utan -o hamnar varje export bredvid sitt utkast.');
  }
  const config = loadConfig('export', io, values.config, positionals[0]);
  if (!config) return EXIT_USAGE;

  // The first path's config gives the template; each draft is checked by its own.
  const drafts = await readDrafts('export', positionals, io, draftConfigs(io.cwd, values.config));
  if (typeof drafts === 'number') return drafts;
  if (values.output !== undefined && drafts.length > 1) {
    return usageError(io, 'export', '-o går bara att använda med ett utkast; utan -o hamnar varje export bredvid sitt utkast.');
  }
  // A meeting file is no paper to a nämnd: it becomes a kallelse and a protokoll instead.
  const meetings = drafts.filter((d) => kindDefinitionOf(d.draft)?.features.agendaItem === false);
  for (const m of meetings) {
    io.stderr(
      `arende export: '${m.path}' är en mötesfil och exporteras inte; gör kallelsen med 'arende agenda ${m.path}' och protokollet med 'arende protokoll ${m.path}'.\n`,
    );
  }
  if (meetings.length && meetings.length === drafts.length) return EXIT_USAGE;
  // Every good draft is written; a draft with errors (without --force) or a broken one is named and
  // left, and the exit code says that something was left.
  const broken = drafts.filter((d) => d.broken);
  const exportable = drafts.filter((d) => !d.broken && !meetings.includes(d));
  reportBroken('export', broken, 'de exporteras inte, inte heller med --force', io);
  const accepted = reportErrors('export', exportable, values.force, io);
  let toWrite = accepted ? exportable : exportable.filter((d) => d.errors.length === 0);
  // The personnummer guard is not a lint (issue 8): whatever arende.config.json says about personal-data,
  // a draft with a personnummer is not exported, in either version, unless --force is given, and then it says so.
  const withNumbers = personnummerFindings(toWrite);
  for (const f of withNumbers) {
    io.stderr(
      values.force
        ? `arende export: '${f.path}' ${f.what}; exporterar ändå eftersom --force angavs. Numret följer med i handlingen.\n`
        : `arende export: '${f.path}' ${f.what} och exporteras inte, vad arende.config.json än säger. Ta bort numret, eller använd --force.\n`,
    );
  }
  if (!values.force) toWrite = toWrite.filter((d) => !withNumbers.some((f) => f.path === d.path));
  const left = drafts.length - toWrite.length;

  // Loaded here, not at the top: `arende check` never pays for the Word writer.
  const { exportDraft } = await import('@arende/docx');
  const node = await import('@arende/docx/node');
  const template = await loadTemplate('export', values.mall, config, io);
  if (template === null) return EXIT_USAGE;
  const withContactDetails = values['med-kontaktuppgifter'];
  for (const { path: file, draft } of toWrite) {
    const output = values.output ?? defaultOutput(file, withContactDetails ? '-med-kontaktuppgifter' : '');
    let bytes: Uint8Array;
    try {
      bytes = exportDraft(draft, { images: await node.loadImages(draft, io.cwd), withContactDetails, template, nextSteps: config.nästa_steg !== false });
    } catch (e) {
      if (e instanceof node.ImageError) {
        return usageError(io, 'export', `${file}: ${e.message}`);
      }
      throw e;
    }
    const written = await writeDocument('export', output, bytes, { pdf: values.pdf, protect: [path.resolve(io.cwd, file)], io });
    if (!written) return EXIT_USAGE;
    const pdf = written.pdf;
    io.stdout(`Exporterade '${file}' till '${written.docx}'${pdf ? ` och '${pdf}'` : ''}.\n`);
    if (withContactDetails) io.stdout(`'${written.docx}' har avsändarens kontaktuppgifter: för inlämning, inte för publicering.\n`);
  }
  if (left > 0) {
    io.stderr(`arende export: ${left} av ${drafts.length} utkast exporterades inte (se ovan).\n`);
    return EXIT_ERRORS;
  }
  return EXIT_OK;
};

/**
 * The kommun's Word template: --mall (relative to the working folder), else "mall" in the config
 * (relative to the config file). Undefined without one; null after saying why it cannot be used.
 */
export async function loadTemplate(command: string, flag: string | undefined, config: ArendeConfig, io: CliIo) {
  const file = flag !== undefined ? path.resolve(io.cwd, flag) : config.mall;
  if (!file) return undefined;
  const { readTemplate, TemplateError } = await import('@arende/docx/node');
  try {
    return await readTemplate(file);
  } catch (e) {
    if (e instanceof TemplateError) {
      io.stderr(`arende ${command}: ${e.message}\n`);
      return null;
    }
    throw e;
  }
}

/**
 * Writes an export (a draft, a kallelse, a protokoll) safely, and with `pdf` its tagged PDF/A next to
 * it. The PDF is made before anything is written, so when LibreOffice is missing or fails neither
 * file is left behind. Says what went wrong and returns undefined; else the PDF's path, if any.
 */
export async function writeDocument(
  command: string,
  output: string,
  bytes: Uint8Array,
  options: { pdf: boolean; protect: readonly string[]; io: CliIo },
): Promise<{ docx: string; pdf?: string } | undefined> {
  const { io } = options;
  const { writeFileSafely, WriteError } = await import('@arende/docx');
  const { docxToPdf, PdfError } = await import('@arende/docx/node');
  // "-o ut.pdf" names the PDF (and asks for it): the Word file goes beside it as ut.docx.
  const pdfNamed = /\.pdf$/i.test(output);
  const docxPath = pdfNamed ? `${output.slice(0, -'.pdf'.length)}.docx` : output;
  try {
    const pdf = options.pdf || pdfNamed ? await docxToPdf(bytes) : undefined;
    await writeFileSafely(path.resolve(io.cwd, docxPath), bytes, { protect: [...options.protect], label: docxPath });
    if (!pdf) return { docx: docxPath };
    const pdfPath = pdfNamed ? output : pdfPathOf(output);
    await writeFileSafely(path.resolve(io.cwd, pdfPath), pdf, { protect: [...options.protect], label: pdfPath, extension: '.pdf' });
    return { docx: docxPath, pdf: pdfPath };
  } catch (e) {
    if (e instanceof WriteError || e instanceof PdfError) {
      io.stderr(`arende ${command}: ${e.message}\n`);
      return undefined;
    }
    throw e;
  }
}
