/**
 * What the commands that read drafts and write documents share (export, agenda, protokoll): reading
 * and checking the drafts named on the command line, reporting the ones that cannot be used, the
 * config and the Word template, and writing a document (and its PDF) safely. No command lives here.
 */
import path from 'node:path';
import {
  checkDraft,
  ConfigError,
  draftVerdict,
  fileText,
  parseDraft,
  skippedSummary,
  toVFile,
  type ArendeConfig,
  type Diagnostic,
  type Draft,
  type SkipReason,
} from '@arende/core';
import { nodeFileProbe } from '@arende/core/node';
import { type CliIo, usageError } from './io.js';
import { resolveConfig, type ConfigFor } from './config.js';
import { collectTargets, InputError } from './files.js';
import { textReport } from './report.js';
import { NotRegularFile, readDraftFile } from './read-draft.js';
import { diskLoader } from './handlings.js';

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
function firstError(d: CheckedDraft): string {
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
    if (e instanceof NotRegularFile) throw new InputProblem(e.message);
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
  // Only the errors matter here (a draft with errors is not exported): the rules that cannot report one are not run.
  const errors = checkDraft(draft, { config, files: nodeFileProbe(io.cwd), handlingar: diskLoader(path.resolve(io.cwd, file)), errorsOnly: true }).filter(
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
function pdfPathOf(docxPath: string): string {
  return `${docxPath.replace(/\.docx$/i, '')}.pdf`;
}

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
  options: { pdf: boolean; protect: readonly string[]; io: CliIo; afterPdf?: (pdf: Uint8Array) => Promise<Uint8Array> },
): Promise<{ docx: string; pdf?: string } | undefined> {
  const { io } = options;
  const { writeFileSafely, WriteError } = await import('@arende/docx/node');
  const { docxToPdf, PdfError } = await import('@arende/docx/node');
  // "-o ut.pdf" names the PDF (and asks for it): the Word file goes beside it as ut.docx.
  const pdfNamed = /\.pdf$/i.test(output);
  const docxPath = pdfNamed ? `${output.slice(0, -'.pdf'.length)}.docx` : output;
  try {
    const made = options.pdf || pdfNamed ? await docxToPdf(bytes) : undefined;
    // The kallelse's PDF with the pages of the handlingar that are PDF files (agenda --med-handlingar).
    const pdf = made && options.afterPdf ? await options.afterPdf(made) : made;
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
