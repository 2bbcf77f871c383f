/**
 * `arende ändringar MÖTE.md N -o FIL.docx`: the Förslag till beslut of § N with each bifallet yrkande as
 * Word tracked changes (author: the yrkande's namn, date: the meeting day), then a yrkandetabell. "Godkänn
 * alla" in Word gives the beslut the yrkanden give; "Avvisa alla" the förslag as it was put.
 */
import path from 'node:path';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, type Command } from '../io.js';
import { parseCommandArgs } from '../args.js';
import { COMMAND_TABLE } from '../command-table.js';
import { loadConfig, loadTemplate, writeDocument } from '../documents.js';
import { draftConfigs } from '../config.js';
import { readMeetingInput } from '../meeting-input.js';

export const ändringarHelp = `Användning: arende ändringar MÖTE.md N [-o FIL.docx] [--pdf] [--mall MALL.dotx] [--force]

Skriver förslaget till beslut i paragraf N med varje bifallet yrkande som spårade ändringar i Word:
ändrade ord struks och infogas, ett tillägg blir en infogad att-sats, ett bifallet motförslag ersätter
förslaget. Varje ändring har yrkandets namn som författare och sammanträdets datum. "Godkänn alla
ändringar" ger beslutet; "Avvisa alla ändringar" ger förslaget som det lades fram. Sist kommer en
tabell över yrkandena (id, namn och parti, typ, att-sats, text, utfall).

Yrkandena skrivs i mötesfilen med 'typ' och 'utfall' (se docs/FORMAT.md, yrkanden).

  -o, --output FIL.docx  målfil (standard: andringar-ÅÅÅÅ-MM-DD-paragraf-N.docx i arbetsmappen)
  --pdf                  gör också en PDF bredvid Word-filen; kräver LibreOffice
  --mall MALL.dotx       kommunens Word-mall (standard: "mall" i arende.config.json)
  --force                skriv även om mötesfilen eller en handling har fel
  --config FIL           inställningsfil (standard: närmaste arende.config.json uppåt)

Slutkod: 0 klar, 1 mötesfilen har fel eller paragrafen har inga yrkanden med utfall, 2 fel i kommandot,
en fil som inte går att läsa eller en målfil som inte går att skriva.
`;

export const ändringarCommand: Command = async (args, io) => {
  const parsed = parseCommandArgs('ändringar', args, COMMAND_TABLE.ändringar.flags, ändringarHelp, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 2) {
    io.stderr("arende ändringar: ange mötesfilen och paragrafens nummer, t.ex. 'arende ändringar sammantrade-2026-04-22.md 43 -o andringar.docx'.\n");
    return EXIT_USAGE;
  }
  const n = positionals[1]!.trim().replace(/^§\s*/, '');
  if (!/^\d+$/.test(n) || Number(n) < 1) {
    io.stderr(`arende ändringar: '${positionals[1]}' är inget paragrafnummer; skriv t.ex. 43.\n`);
    return EXIT_USAGE;
  }
  const nummer = Number(n);
  const config = loadConfig('ändringar', io, values.config, positionals[0]);
  if (!config) return EXIT_USAGE;
  const template = await loadTemplate('ändringar', values.mall, config, io);
  if (template === null) return EXIT_USAGE;
  const input = await readMeetingInput('ändringar', positionals[0]!, io, draftConfigs(io.cwd, values.config), values.force);
  if (typeof input === 'number') return input;

  const { exportÄndringar, förslagetName, meetingDocument, paragrafer } = await import('@arende/docx');
  const doc = meetingDocument(input.resolved);
  const all = paragrafer(doc);
  const one = all.find((p) => p.nummer === nummer);
  if (!one) {
    const range = all.length ? `§ ${all[0]!.nummer}–${all[all.length - 1]!.nummer}` : 'inga paragrafer';
    io.stderr(`arende ändringar: protokollet har ${range}; § ${nummer} finns inte.\n`);
    return EXIT_USAGE;
  }
  const { entry } = one;
  if (!entry) {
    io.stderr(`arende ändringar: § ${nummer} ${one.rubrik} är en stående punkt utan yrkanden; ange ett ärendes paragraf.\n`);
    return EXIT_ERRORS;
  }
  if (!entry.computed) {
    io.stderr(
      `arende ändringar: § ${nummer} ${entry.rubrik} har inga yrkanden med 'utfall' i mötesfilen. Skriv yrkandena med 'typ' och 'utfall' (se docs/FORMAT.md), så räknas beslutet fram.\n`,
    );
    return EXIT_ERRORS;
  }
  if (!entry.proposal?.satser.length) {
    io.stderr(
      `arende ändringar: § ${nummer} ${entry.rubrik} har inget förslag till beslut (ingen tjänsteskrivelse och inget 'förslag:'); det finns inget att visa ändringar i.\n`,
    );
    return EXIT_ERRORS;
  }
  const m = doc.meeting;
  const bytes = exportÄndringar(
    {
      nämnd: m.namnd,
      kommun: m.kommun,
      datum: m.datum,
      nummer,
      rubrik: entry.rubrik,
      förslag: entry.proposal.satser,
      förslagLabel: förslagetName(entry.proposal.from),
      yrkanden: entry.yrkanden,
      computed: entry.computed,
    },
    { template },
  );
  const output = values.output ?? `andringar-${m.datum || 'mote'}-paragraf-${nummer}.docx`;
  const written = await writeDocument('ändringar', output, bytes, { pdf: values.pdf, protect: input.checked.map((c) => path.resolve(io.cwd, c.path)), io });
  if (!written) return EXIT_USAGE;
  const pdf = written.pdf ? ` och '${written.pdf}'` : '';
  io.stdout(`Skrev förslaget i § ${nummer} med bifallna yrkanden som spårade ändringar från '${input.path}' till '${written.docx}'${pdf}.\n`);
  return EXIT_OK;
};
