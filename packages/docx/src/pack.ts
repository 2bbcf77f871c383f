/**
 * Packs a docx Document into .docx bytes that depend only on the document's content: docx stamps
 * the core properties with the current time, gives hyperlinks and some relationships random ids
 * (nanoid), and its zip entries carry the current time. Here the dates come from the draft and the
 * random ids are renamed in order of appearance, so the same draft always gives the same bytes.
 * The zip is written by zip.ts (native zlib, fixed entry dates).
 */
import { Packer, type Document } from 'docx';
import { LANGUAGE } from './layout.js';
import { zipEntries, type ZipEntry } from './zip.js';

type PackageFiles = Map<string, string | Uint8Array>;

interface DocxCompiler {
  compile(file: Document, prettify?: unknown, overrides?: unknown[]): PackageFiles;
}

function compiler(): DocxCompiler {
  // Packer.pack is async only because it returns a promise; its compiler is synchronous and gives
  // the package's files before zipping, which is where they need normalising.
  const c = (Packer as unknown as { compiler?: DocxCompiler }).compiler;
  if (!c || typeof c.compile !== 'function') {
    throw new Error('docx: Packer.compiler saknas i denna version av docx (ärende kräver docx ^9.15).');
  }
  return c;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks a `YYYY-MM-DD` date and falls back to 2000-01-01 (zip dates cannot be before 1980). */
export function packageDate(date: string | undefined): string {
  const m = date ? DATE.exec(date) : null;
  if (!m || Number(m[1]) < 1980 || Number(m[1]) > 2099) return '2000-01-01';
  return date!;
}

function normaliseCore(xml: string, date: string): string {
  const stamp = `${date}T00:00:00Z`;
  let out = xml
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
  if (!out.includes('<dc:language>')) out = out.replace('</cp:coreProperties>', `<dc:language>${LANGUAGE}</dc:language></cp:coreProperties>`);
  return out;
}

const REFERRING_PART = /^word\/(?:document|footnotes|endnotes|comments|header\d*|footer\d*)\.xml$|\.rels$/;

/** Renames the relationship ids that are not docx's sequential `rIdN` ones, in order of appearance. */
function renameRandomIds(files: PackageFiles): void {
  const renames = new Map<string, string>();
  for (const [path, data] of files) {
    if (!path.endsWith('.rels') || typeof data !== 'string') continue;
    for (const m of data.matchAll(/\bId="([^"]+)"/g)) {
      const id = m[1]!;
      if (!/^rId\d+$/.test(id) && !renames.has(id)) renames.set(id, `rIdA${renames.size + 1}`);
    }
  }
  if (renames.size === 0) return;
  const attribute = /\b(r:id|Id)="([^"]+)"/g;
  for (const [path, data] of files) {
    // Relationship ids are only referred to from the parts that hold content and from .rels files.
    if (typeof data !== 'string' || !REFERRING_PART.test(path)) continue;
    files.set(path, data.replace(attribute, (whole, name: string, id: string) => {
      const renamed = renames.get(id);
      return renamed ? `${name}="${renamed}"` : whole;
    }));
  }
}

/** Compiles and zips `doc` deterministically; `date` (`YYYY-MM-DD`) stamps properties and entries. */
export function packDocument(doc: Document, date: string | undefined): Uint8Array {
  const day = packageDate(date);
  const files = compiler().compile(doc, undefined, []);
  const core = files.get('docProps/core.xml');
  if (typeof core === 'string') files.set('docProps/core.xml', normaliseCore(core, day));
  renameRandomIds(files);
  const encoder = new TextEncoder();
  const entries: ZipEntry[] = [];
  for (const [path, data] of files) entries.push({ path, data: typeof data === 'string' ? encoder.encode(data) : data });
  return zipEntries(entries, day);
}
