import path from 'node:path';
import { kindDefinitionOf } from '@arende/core';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, type Command, usageError } from '../io.js';
import { parseCommandArgs } from '../args.js';
import { COMMAND_TABLE } from '../command-table.js';
import { draftConfigs } from '../config.js';
import { personnummerFindings } from '../personnummer-guard.js';
import { defaultOutput, loadConfig, loadTemplate, readDrafts, reportBroken, reportErrors, writeDocument } from '../documents.js';

export const exportHelp = `Användning: arende export UTKAST|MAPP… [-o FIL.docx] [--pdf] [--mall MALL.dotx] [--med-kontaktuppgifter] [--radnummer] [--force] [--config FIL]

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
  --radnummer            numrera raderna i marginalen (löpande genom hela dokumentet, inte om
                         på varje sida); att-satserna behåller sina nummer
  --force                exportera även om utkastet har fel (inte ett utkast vars typ inte går att avgöra)
  --config FIL           inställningsfil (standard: närmaste arende.config.json uppåt)

I en mapp exporteras varje utkast (.md-fil med 'typ' i huvudet), var och en bredvid sig; ett
utkast med fel exporteras inte och nämns (slutkod 1), de andra exporteras ändå. Filen skrivs först till en tillfällig fil i
målmappen och byter sedan namn; utkastet självt skrivs aldrig över, och en fil som är öppen i
Word (låsfilen ~$namn.docx finns) lämnas orörd.

Slutkod: 0 exporterad, 1 utkastet har fel, 2 fel i kommandot, en fil som inte går att läsa
eller en målfil som inte går att skriva.
`;

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
      bytes = exportDraft(draft, {
        images: await node.loadImages(draft, io.cwd),
        withContactDetails,
        template,
        nextSteps: config.nästa_steg !== false,
        lineNumbers: values.radnummer,
      });
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
