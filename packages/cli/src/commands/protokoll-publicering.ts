/**
 * `arende protokoll MÖTE.md --publicering MAPP`: from one meeting file, what a kommun publishes after the
 * justering, written into MAPP:
 *
 * - protokoll.pdf: the justeringsexemplar (tagged PDF/A-2, empty signature lines); its properties name
 *   only the protokoll (title), the nämnd (as author) and the date: no person, no path;
 * - protokoll-webb.pdf and protokoll-webb.docx: the web version (docx publicering.ts: secrecy, private
 *   persons' names, contact details masked), checked by the personnummer guard before anything is written;
 * - maskningar.csv: one row per masking, for the secretary's review;
 * - anslag.txt and anslag.html: the tillkännagivande for the anslagstavla (8 kap. 9–12 §§ KL).
 *
 * Every file is made before the first is written: a missing LibreOffice, a personnummer or a missing
 * justering date leaves MAPP as it was.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { WordTemplate } from '@arende/docx';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, type CliIo } from '../io.js';
import type { MeetingInput } from '../meeting-input.js';

type Extension = '.pdf' | '.docx' | '.csv' | '.txt' | '.html';

export async function writePublicering(folder: string, input: MeetingInput, template: WordTemplate | undefined, io: CliIo): Promise<number> {
  const docx = await import('@arende/docx');
  const node = await import('@arende/docx/node');
  const doc = docx.meetingDocument(input.resolved);
  const m = doc.meeting;
  let anslag: ReturnType<typeof docx.anslagOf>;
  try {
    anslag = docx.anslagOf(m);
  } catch (e) {
    if (e instanceof docx.AnslagError) {
      io.stderr(`arende protokoll: ${e.message} Fyll i den och kör igen; inget skrevs.\n`);
      return EXIT_ERRORS;
    }
    throw e;
  }
  const web = docx.webVersion(input.resolved, doc);
  if (web.personnummer.length) {
    const list = web.personnummer.map((p) => (p.paragraf ? `§ ${p.paragraf}: ${p.masked}` : p.masked)).join('; ');
    io.stderr(
      `arende protokoll: webbversionen skulle innehålla personnummer (${list}). Ta bort numret ur mötesfilen eller handlingen, eller märk ärendet med 'sekretess:' eller 'personuppgifter: true'; inget skrevs.\n`,
    );
    return EXIT_ERRORS;
  }
  // The nämnd, not a person, as author: a PDF carries the Word file's author into its own properties.
  const properties = { template, creator: m.namnd };
  const justering = docx.exportProtokoll(doc, properties);
  const webbDocx = docx.exportProtokoll(web.doc, properties);
  let justeringPdf: Uint8Array;
  let webbPdf: Uint8Array;
  try {
    justeringPdf = await node.docxToPdf(justering);
    webbPdf = await node.docxToPdf(webbDocx);
  } catch (e) {
    if (e instanceof node.PdfError) {
      io.stderr(`arende protokoll: ${e.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
  const dir = path.resolve(io.cwd, folder);
  try {
    await mkdir(dir, { recursive: true });
    if (!(await stat(dir)).isDirectory()) throw new Error('ingen mapp');
  } catch (e) {
    io.stderr(`arende protokoll: kan inte skapa mappen '${folder}' (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).\n`);
    return EXIT_USAGE;
  }
  const files: [string, Uint8Array | string, Extension][] = [
    ['protokoll.pdf', justeringPdf, '.pdf'],
    ['protokoll-webb.pdf', webbPdf, '.pdf'],
    ['protokoll-webb.docx', webbDocx, '.docx'],
    ['maskningar.csv', docx.maskningarCsv(web.maskningar), '.csv'],
    ['anslag.txt', docx.anslagText(anslag), '.txt'],
    ['anslag.html', docx.anslagHtml(anslag), '.html'],
  ];
  const protect = input.checked.map((c) => path.resolve(io.cwd, c.path));
  for (const [name, content, extension] of files) {
    const label = path.join(folder, name);
    try {
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      await node.writeFileSafely(path.join(dir, name), bytes, { protect, label, extension });
    } catch (e) {
      if (e instanceof node.WriteError) {
        io.stderr(`arende protokoll: ${e.message}\n`);
        return EXIT_USAGE;
      }
      throw e;
    }
  }
  const n = web.maskningar.length;
  io.stdout(
    `Skrev publiceringen av ${m.namnd}s protokoll ${m.datum} till '${folder}': ${files.map(([f]) => f).join(', ')}. ` +
      `${n === 0 ? 'Inget maskerades' : `${n} ${n === 1 ? 'maskning' : 'maskningar'} att granska i maskningar.csv`}; ` +
      `anslaget sätts upp ${anslag.uppsatt}, sista dag att överklaga ${anslag.sistaDagAttÖverklaga}.\n`,
  );
  return EXIT_OK;
}
