/**
 * @arende/docx/node: what the export needs from the machine, kept out of the main entry so that the
 * Word writer itself runs in a browser: reading a draft's images from disk, reading a kommun's Word
 * template, and converting a .docx to tagged PDF/A with LibreOffice.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { draftImages, imageSource, MAX_IMAGE_BYTES, type Draft } from '@arende/core';
import { imageFileStatus, resolveDraftRelative } from '@arende/core/node';
import { assertSafeSvg, ImageError, imageSize, type EmbeddedImage, type ImageType } from './images.js';

export { ImageError } from './images.js';
export { TemplateError } from './template-error.js';
export { writeFileSafely, lockFileNames, WriteError, type WriteOptions } from './write.js';
import { TemplateError } from './template-error.js';
import type { WordTemplate } from './template.js';

/**
 * Reads a kommun's Word template (.dotx or .docx). TemplateError, in Swedish, when the file is
 * missing, unreadable or no usable Word file: the caller writes nothing then.
 */
export async function readTemplate(file: string): Promise<WordTemplate> {
  const name = path.basename(file);
  if (!/\.(dotx|docx|dotm|docm)$/i.test(name)) {
    throw new TemplateError(`mallen '${file}' är ingen Word-mall: ange en .dotx- eller .docx-fil.`);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new TemplateError(
      code === 'ENOENT' ? `mallen '${file}' finns inte.` : code === 'EISDIR' ? `mallen '${file}' är en mapp.` : `mallen '${file}' går inte att läsa (${code}).`,
    );
  }
  // Loaded only when a template is used: its zip and XML readers cost every other export nothing.
  const { parseTemplate } = await import('./template.js');
  return parseTemplate(bytes, name);
}

/**
 * Reads the draft's local images (relative to the draft's folder; the draft's path relative to
 * `cwd`) for `exportDraft(draft, {images})`. Remote images are never fetched and missing files are
 * left out (check reports both: image-missing). ImageError, so that nothing is written, even with
 * --force (issue 17), for: an image outside the draft's folder (an absolute path, file:, ../, a symbolic
 * link out of it), anything but a regular file (never opened: a FIFO would block, /dev/zero never ends),
 * a file over MAX_IMAGE_BYTES, a file that is not the image its name says, a picture too large to decode
 * safely, and an SVG with scripts, event attributes, a DOCTYPE or external references.
 */
export async function loadImages(draft: Pick<Draft, 'tree' | 'path'>, cwd: string = process.cwd()): Promise<Map<string, EmbeddedImage>> {
  const out = new Map<string, EmbeddedImage>();
  for (const image of draftImages(draft.tree)) {
    if (out.has(image.url)) continue;
    const source = imageSource(image.url);
    if (source.kind !== 'local' || !source.type) continue;
    const label = `Bilden '${image.url}'`;
    const status = source.outside ? 'outside' : imageFileStatus(cwd, draft.path, source.path);
    if (status === 'missing') continue;
    if (status === 'outside') {
      throw new ImageError(
        `${label} ligger utanför utkastets mapp och läggs inte in, inte heller med --force. Kopiera bilden till utkastets mapp och skriv bara filnamnet.`,
      );
    }
    if (status === 'not-regular') throw new ImageError(`${label} är ingen vanlig fil (en mapp, en FIFO eller en enhet) och läses inte.`);
    if (status === 'too-large') throw new ImageError(`${label} är större än ${MAX_IMAGE_BYTES / (1024 * 1024)} MB och läggs inte in. Minska bilden.`);
    if (status === 'empty') throw new ImageError(`${label} är tom (0 byte). Spara bilden igen.`);
    let data: Uint8Array;
    try {
      data = new Uint8Array(await readFile(resolveDraftRelative(cwd, draft.path, source.path)));
    } catch {
      throw new ImageError(`${label} går inte att läsa.`);
    }
    const embedded: EmbeddedImage = { data, type: source.type as ImageType };
    imageSize(embedded, label);
    if (embedded.type === 'image/svg+xml') assertSafeSvg(data, label);
    out.set(image.url, embedded);
  }
  return out;
}

// ------------------------------------------------------------------------------------ PDF

/** Why no PDF could be made, in Swedish, one line for the user. */
export class PdfError extends Error {
  override name = 'PdfError';
}

/** Where LibreOffice usually is, after PATH (Debian/Ubuntu, Fedora, the Flatpak export, macOS, Windows). */
const SOFFICE_PLACES: readonly string[] = [
  '/usr/bin/soffice',
  '/usr/local/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/usr/lib64/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/snap/bin/libreoffice',
  '/var/lib/flatpak/exports/bin/org.libreoffice.LibreOffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
];

/** How to get LibreOffice, said when it is missing. */
export const SOFFICE_INSTALL_HINT =
  'PDF skapas med LibreOffice, som inte hittades. Installera det (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui; ' +
  'Windows och macOS: https://www.libreoffice.org) eller ange programmet med miljövariabeln ARENDE_SOFFICE.';

/**
 * LibreOffice's soffice: `ARENDE_SOFFICE` when set, else `soffice` or `libreoffice` on PATH, else the
 * usual install places. Undefined when there is none.
 */
export async function findSoffice(env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const { access, constants } = await import('node:fs/promises');
  const usable = async (p: string) => {
    try {
      await access(p, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (env.ARENDE_SOFFICE) return (await usable(env.ARENDE_SOFFICE)) ? env.ARENDE_SOFFICE : undefined;
  const exe = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of exe) if (await usable(path.join(dir, name))) return path.join(dir, name);
  }
  for (const p of SOFFICE_PLACES) if (await usable(p)) return p;
  return undefined;
}

/**
 * LibreOffice's PDF export settings: PDF/A-2b (archival, for the diarium), tagged (structure for
 * assistive technology) and PDF/UA (the title shown instead of the file name, tags checked).
 * The title is the .docx's title property, which the export sets to the rubrik.
 */
export const PDF_FILTER =
  'pdf:writer_pdf_Export:' +
  JSON.stringify({
    SelectPdfVersion: { type: 'long', value: '2' },
    UseTaggedPDF: { type: 'boolean', value: 'true' },
    PDFUACompliance: { type: 'boolean', value: 'true' },
  });

export interface PdfOptions {
  /** soffice to use (default: findSoffice()). */
  soffice?: string;
  /** Give up after this many milliseconds (default 120 s: a long kallelse takes a while). */
  timeoutMs?: number;
}

/**
 * Converts .docx bytes (any export: a draft, a kallelse, a protokoll) to a tagged PDF/A-2 with
 * LibreOffice headless, in a temporary folder with a profile of its own (two conversions at once
 * must not share one). Throws PdfError when LibreOffice is missing or fails.
 */
export async function docxToPdf(docx: Uint8Array, options: PdfOptions = {}): Promise<Uint8Array> {
  const { mkdtemp, rm, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { execFile } = await import('node:child_process');
  const { pathToFileURL } = await import('node:url');
  const soffice = options.soffice ?? (await findSoffice());
  if (!soffice) throw new PdfError(SOFFICE_INSTALL_HINT);
  const dir = await mkdtemp(path.join(tmpdir(), 'arende-pdf-'));
  try {
    const input = path.join(dir, 'handling.docx');
    await writeFile(input, docx);
    const profile = pathToFileURL(path.join(dir, 'profil')).href;
    const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', PDF_FILTER, '--outdir', dir, input];
    const result = await new Promise<{ code: number | null; stderr: string; error?: Error }>((resolve) => {
      execFile(soffice, args, { timeout: options.timeoutMs ?? 120_000, encoding: 'utf8' }, (error, _stdout, stderr) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stderr, error: error ?? undefined });
      });
    });
    let pdf: Uint8Array;
    try {
      pdf = new Uint8Array(await readFile(path.join(dir, 'handling.pdf')));
    } catch {
      const why =
        result.error && 'killed' in result.error && result.error.killed
          ? 'tog för lång tid'
          : (result.stderr.trim().split('\n').pop() ?? `slutkod ${result.code}`);
      throw new PdfError(`LibreOffice (${soffice}) kunde inte göra en PDF: ${why}.`);
    }
    return pdf;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
