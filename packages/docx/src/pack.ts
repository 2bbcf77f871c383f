/**
 * Packs a docx Document into .docx bytes that depend only on the document's content: docx stamps
 * the core properties with the current time, gives hyperlinks and some relationships random ids
 * (nanoid), and its zip entries carry the current time. Here the dates come from the draft and the
 * random ids are renamed in order of appearance, so the same draft always gives the same bytes.
 */
import { Packer, type Document } from 'docx';
import { zipSync, type Zippable } from 'fflate';
import { LANGUAGE } from './layout.js';

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
  const pattern = new RegExp(`"(${[...renames.keys()].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})"`, 'g');
  for (const [path, data] of files) {
    if (typeof data === 'string') files.set(path, data.replace(pattern, (_, id: string) => `"${renames.get(id)}"`));
  }
}

/** Compiles and zips `doc` deterministically; `date` (`YYYY-MM-DD`) stamps properties and entries. */
export function packDocument(doc: Document, date: string | undefined): Uint8Array {
  const day = packageDate(date);
  const files = compiler().compile(doc, undefined, []);
  const core = files.get('docProps/core.xml');
  if (typeof core === 'string') files.set('docProps/core.xml', normaliseCore(core, day));
  renameRandomIds(files);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  // fflate writes the DOS date from the local-time fields, so build the date from local fields too:
  // the bytes are then the same in every time zone.
  const mtime = new Date(y, m - 1, d, 12, 0, 0);
  const zippable: Zippable = {};
  const encoder = new TextEncoder();
  for (const [path, data] of files) {
    zippable[path] = [typeof data === 'string' ? encoder.encode(data) : data, { mtime, level: 6 }];
  }
  return zipSync(zippable);
}
