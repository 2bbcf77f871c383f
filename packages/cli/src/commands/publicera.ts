/**
 * `arende publicera SÖKVÄG… -o MAPP`: the static "ärendets gång" site from drafts and meeting files
 * (publicera/model.ts for what it shows, html.ts and atom.ts for how, guard.ts for the last look). Every
 * page is made and checked before the first is written: a personnummer, a contact detail or a private
 * person's name in any page refuses the whole site and MAPP is left as it was.
 */
import { lstat, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { kindByName } from '@arende/core';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, type Command } from '../io.js';
import { parseCommandArgs } from '../args.js';
import { COMMAND_TABLE } from '../command-table.js';
import { loadMattersFor, perDateFor } from '../matters.js';

export const publiceraHelp = `Användning: arende publicera [--per ÅÅÅÅ-MM-DD] SÖKVÄG… -o MAPP

Gör en webbplats om ärendenas gång av utkast och mötesfiler: index.html med en rad per motion,
medborgarförslag och politikerinitiativ (rubrik, diarienummer, väckt, nämnd, status som
'arende frister' räknar den, frist och beslut), en sida per ärende med dess gång (väckt, beredd,
beslutad, anslag, sista dag att överklaga, frist) och protokollsutdrag ur justerade protokoll, och
flode.xml, ett Atom-flöde med ändringarna. Sidorna har inget skript och hämtar inget från nätet:
öppna index.html direkt från mappen eller lägg mappen på valfri webbserver.

Inga personuppgifter publiceras: besluten tas ur protokollens webbversion (som 'arende protokoll
--publicering'), där privatpersoners namn är [namn], kontaktuppgifter är borta och ärenden märkta
'sekretess:' bara har paragraf och rubrik. Finns ändå ett personnummer, en kontaktuppgift eller en
förslagsställares namn i någon sida skrivs ingenting.

  -o, --output MAPP   mappen att skriva till (skapas vid behov; sidor med samma namn ersätts)
  --per ÅÅÅÅ-MM-DD    dagen som statusen gäller (standard: i dag)

Slutkod: 0 klar, 1 något skulle ha publicerat personuppgifter (inget skrevs), 2 fel i kommandot
eller en fil som inte går att läsa.
`;

export const publiceraCommand: Command = async (args, io) => {
  const parsed = parseCommandArgs('publicera', args, COMMAND_TABLE.publicera.flags, publiceraHelp, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const per = perDateFor('publicera', values.per, io);
  if (typeof per === 'number') return per;
  if (positionals.length === 0) {
    io.stderr("arende publicera: ange filer eller mappar med motioner, medborgarförslag och mötesfiler, t.ex. 'arende publicera ärenden/ -o webbplats'.\n");
    return EXIT_USAGE;
  }
  const folder = values.output;
  if (!folder) {
    io.stderr("arende publicera: ange mappen att skriva webbplatsen till med -o, t.ex. '-o webbplats'.\n");
    return EXIT_USAGE;
  }
  const matters = await loadMattersFor('publicera', positionals, io);
  if (typeof matters === 'number') return matters;
  const { statusSite } = await import('../publicera/model.js');
  const { indexHtml, ärendeHtml } = await import('../publicera/html.js');
  const { atomFeed } = await import('../publicera/atom.js');
  const { leaks } = await import('../publicera/guard.js');
  const site = statusSite(matters, per);

  const files = new Map<string, string>([['index.html', indexHtml(site)]]);
  for (const a of site.ärenden) files.set(`${a.slug}.html`, ärendeHtml(site, a));
  files.set('flode.xml', atomFeed(site));

  // The senders of a medborgarförslag, except those a meeting file handling it publishes (publicera_namn: true).
  const namesPublished = new Set(
    matters.meetings
      .filter((m) => m.resolved.draft.metadata.raw.publicera_namn === true)
      .flatMap((m) => m.resolved.items.flatMap((i) => i.handlingar.flatMap((h) => (h.resolvedPath ? [h.resolvedPath] : [])))),
  );
  const privateNames = [...matters.drafts].flatMap(([abs, { draft }]) => {
    const typ = draft.metadata.raw.typ;
    if (namesPublished.has(abs) || typeof typ !== 'string' || !kindByName(typ)?.features.privateSenders) return [];
    return draft.metadata.avsändare.map((p) => p.namn.trim()).filter(Boolean);
  });
  const found = leaks(files, privateNames);
  if (found.length) {
    for (const l of found) io.stderr(`arende publicera: ${l.file} skulle innehålla ${l.what}.\n`);
    io.stderr(
      "arende publicera: inget skrevs. Ta bort uppgiften ur utkastet eller mötesfilen, eller märk ärendet i mötesfilen med 'sekretess:' eller 'personuppgifter: true'.\n",
    );
    return EXIT_ERRORS;
  }

  const dir = path.resolve(io.cwd, folder);
  try {
    await mkdir(dir, { recursive: true });
    if (!(await stat(dir)).isDirectory()) throw new Error('ingen mapp');
  } catch (e) {
    io.stderr(`arende publicera: kan inte skapa mappen '${folder}' (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).\n`);
    return EXIT_USAGE;
  }
  const { writeFileSafely, WriteError } = await import('@arende/docx/node');
  const protect = [...matters.drafts.keys(), ...matters.meetings.map((m) => m.abs)];
  for (const [name, content] of files) {
    try {
      await writeFileSafely(path.join(dir, name), new TextEncoder().encode(content), {
        protect,
        label: path.join(folder, name),
        extension: name.endsWith('.xml') ? '.xml' : '.html',
      });
    } catch (e) {
      if (e instanceof WriteError) {
        io.stderr(`arende publicera: ${e.message}\n`);
        return EXIT_USAGE;
      }
      throw e;
    }
  }
  const removed = await removeEarlierPages(dir, new Set(files.keys()));
  const n = site.ärenden.length;
  io.stdout(
    `Skrev ärendenas gång till '${folder}': index.html, ${n} ${n === 1 ? 'ärendesida' : 'ärendesidor'} och flode.xml (status per ${per}). Öppna ${path.join(folder, 'index.html')} i en webbläsare.\n`,
  );
  if (removed.length) {
    io.stdout(`Tog bort det som en tidigare körning skrev och som inte längre ska finnas: ${removed.join(', ')}.\n`);
  }
  return EXIT_OK;
};

/** The list of what the last run wrote, kept in the folder so that the next run can take away what it no longer writes. */
const PUBLISHED_LIST = '.arende-publicera.json';

/**
 * Removes the pages an earlier run wrote (listed in PUBLISHED_LIST) that this run does not write: an ärende
 * whose diarienummer changed, or that is now sekretess, must not stay public under its old name. Only names
 * the list holds, as plain .html/.xml files directly in the folder, are touched; anything else is the user's.
 */
async function removeEarlierPages(dir: string, written: Set<string>): Promise<string[]> {
  const listFile = path.join(dir, PUBLISHED_LIST);
  let earlier: unknown = [];
  try {
    earlier = (JSON.parse(await readFile(listFile, 'utf8')) as { filer?: unknown }).filer;
  } catch {
    // No list (a first run, or a folder made by hand): nothing is known to be ours.
  }
  const removed: string[] = [];
  for (const name of Array.isArray(earlier) ? earlier : []) {
    if (typeof name !== 'string' || written.has(name) || !/^[\p{L}\p{N}._-]+\.(?:html|xml)$/u.test(name) || name.startsWith('.')) continue;
    const file = path.join(dir, name);
    try {
      if (!(await lstat(file)).isFile()) continue;
      await unlink(file);
      removed.push(name);
    } catch {
      // Already gone: nothing to take away.
    }
  }
  await writeFile(listFile, `${JSON.stringify({ filer: [...written].sort() }, null, 2)}\n`);
  return removed.sort();
}
