import path from 'node:path';
import { AGENDA_GROUP_HEADINGS, isIsoDate } from '@arende/core';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, type Command, usageError } from '../io.js';
import { parseCommandArgs } from '../args.js';
import { COMMAND_TABLE } from '../command-table.js';
import { loadConfig, loadTemplate, readDrafts, reportBroken, reportErrors, writeDocument } from './export.js';

export const agendaHelp = `Användning: arende agenda --nämnd NAMN --datum ÅÅÅÅ-MM-DD [flaggor] SÖKVÄG… [-o kallelse.docx]

Sammanställer kallelse och föredragningslista till ett sammanträde (Word, .docx): huvud med
nämnd, datum, tid, plats, ordförande och sekreterare; numrerade punkter: Val av justerare,
Godkännande av dagordningen, varje ärende med ärendemening, diarienummer och förslag till beslut,
och initiativen under "${AGENDA_GROUP_HEADINGS.initiatives}". Punkterna kommer i den ordning
utkasten anges, eller efter nyckeln 'punkt' i utkastens huvud när den finns.

  --nämnd NAMN           nämnden (även --namnd)
  --datum ÅÅÅÅ-MM-DD     sammanträdets datum
  --tid TID              t.ex. "13.00"
  --plats PLATS          t.ex. "Sessionssalen, stadshuset"
  --ordförande NAMN      (även --ordforande)
  --sekreterare NAMN
  --kommun NAMN          kommunens namn i huvudet (standard: från utkasten)
  --stående-punkter      ta med de stående punkterna Anmälningar, Delegationsbeslut och Information
                         efter Godkännande av dagordningen (även --staende-punkter)
  --stående-punkt TEXT   en egen stående punkt; kan anges flera gånger (även --staende-punkt)
  --med-handlingar       lägg varje utkasts fullständiga text efter listan, var och en på ny sida
  -o, --output FIL.docx  målfil (standard: kallelse-ÅÅÅÅ-MM-DD.docx i arbetsmappen)
  --pdf                  gör också en PDF (PDF/A-2, taggad) bredvid Word-filen; kräver LibreOffice
  --mall MALL.dotx       kommunens Word-mall (standard: "mall" i arende.config.json)
  --force                sammanställ även om något utkast har fel; ett utkast vars typ inte går
                         att avgöra lämnas då utanför kallelsen, med en varning
  --config FIL           inställningsfil (standard: närmaste arende.config.json uppåt)

En mapp söks efter utkast (.md-filer med 'typ' i huvudet).
Slutkod: 0 klar, 1 något utkast har fel, 2 fel i kommandot, en fil som inte går att läsa eller
en målfil som inte går att skriva.
`;

export const agendaCommand: Command = async (args, io) => {
  const parsed = parseCommandArgs('agenda', args, COMMAND_TABLE.agenda.flags, agendaHelp, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const namnd = (values.nämnd ?? values.namnd)?.trim();
  if (!namnd) {
    return usageError(io, 'agenda', 'ange nämnden med --nämnd, t.ex. --nämnd Socialnämnden.');
  }
  if (!values.datum) {
    return usageError(io, 'agenda', 'ange sammanträdets datum med --datum ÅÅÅÅ-MM-DD.');
  }
  if (!isIsoDate(values.datum)) {
    return usageError(io, 'agenda', `'${values.datum}' är inget datum; skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-04-15.`);
  }
  if (positionals.length === 0) {
    return usageError(io, 'agenda', 'ange utkasten (filer eller mappar) som ska tas upp på sammanträdet.');
  }
  const config = loadConfig('agenda', io, values.config, positionals[0]);
  if (!config) return EXIT_USAGE;

  const read = await readDrafts('agenda', positionals, io, config);
  if (typeof read === 'number') return read;
  // A broken draft (its kind cannot be told) would silently be missing from the kallelse: refuse, or
  // with --force leave it out and say so.
  const broken = read.filter((d) => d.broken);
  if (broken.length > 0 && !values.force) {
    reportBroken('agenda', broken, 'ingen kallelse skrevs (rätta dem, eller använd --force för att lämna dem utanför)', io);
    return EXIT_ERRORS;
  }
  reportBroken('agenda', broken, 'de lämnas utanför kallelsen eftersom --force angavs', io);
  const drafts = read.filter((d) => !d.broken);
  if (drafts.length === 0) {
    io.stderr('arende agenda: inga utkast att ta med; ingen kallelse skrevs.\n');
    return EXIT_ERRORS;
  }
  if (!reportErrors('agenda', drafts, values.force, io)) return EXIT_ERRORS;

  const output = values.output ?? `kallelse-${values.datum}.docx`;
  const { exportAgenda, STANDARD_STANDING_ITEMS } = await import('@arende/docx');
  const template = await loadTemplate('agenda', values.mall, config, io);
  if (template === null) return EXIT_USAGE;
  // Each draft's images, read next to it (two drafts may both have a "karta.png" of their own).
  const { loadImages, ImageError } = await import('@arende/docx/node');
  const withImages = [];
  for (const d of drafts) {
    try {
      withImages.push({ ...d.draft, images: await loadImages(d.draft, io.cwd) });
    } catch (e) {
      if (e instanceof ImageError) {
        io.stderr(`arende agenda: ${d.path}: ${e.message}\n`);
        return EXIT_USAGE;
      }
      throw e;
    }
  }
  const standingItems = [
    ...(values['stående-punkter'] || values['staende-punkter'] ? STANDARD_STANDING_ITEMS : []),
    ...(values['stående-punkt'] ?? []),
    ...(values['staende-punkt'] ?? []),
  ];
  const bytes = exportAgenda(
    {
      namnd,
      datum: values.datum,
      tid: values.tid,
      plats: values.plats,
      ordforande: values.ordförande ?? values.ordforande,
      sekreterare: values.sekreterare,
      kommun: values.kommun,
      standingItems,
    },
    withImages,
    { withDocuments: values['med-handlingar'], template },
  );
  const written = await writeDocument('agenda', output, bytes, { pdf: values.pdf, protect: drafts.map((d) => path.resolve(io.cwd, d.path)), io });
  if (!written) return EXIT_USAGE;
  const n = drafts.length;
  io.stdout(`Sammanställde kallelse med ${n} ${n === 1 ? 'ärende' : 'ärenden'} till '${output}'${written.pdf ? ` och '${written.pdf}'` : ''}.\n`);
  return EXIT_OK;
};
