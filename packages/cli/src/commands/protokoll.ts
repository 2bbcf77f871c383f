import path from 'node:path';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, type Command } from '../io.js';
import { parseCommandArgs } from '../args.js';
import { COMMAND_TABLE } from '../command-table.js';
import { loadConfig, loadTemplate, writeDocument } from '../documents.js';
import { draftConfigs } from '../config.js';
import { readMeetingInput } from '../meeting-input.js';

export const protokollHelp = `Användning: arende protokoll MÖTE.md [-o protokoll.docx] [--utdrag N] [--pdf] [--publicering MAPP] [--mall MALL.dotx] [--force]

Skriver protokollet från en mötesfil (typ: sammanträde) när besluten är ifyllda (Word, .docx):
huvud med kommun, nämnd, datum, tid och plats; närvarande (beslutande, ersättare, övriga); justerare
och justeringens plats och tid; underskrifter för sekreterare, ordförande och justerare; anslagsbevis;
paragrafer för val av justerare, godkännande av dagordningen och de stående punkterna
('formalia: false' tar bort de två första); och en paragraf per ärende, alla numrerade från
'paragrafer_från' ("§ 112"), med rubrik, diarienummer, jäv,
beslut (tjänsteskrivelsens att-satser när beslutet är 'enligt förslag'), en kort redogörelse,
handlingar, yrkanden, beslutsgång, omröstning (med röstlista vid öppen omröstning), reservationer
och "Beslutet skickas till" (kommunallagen 6 kap. 35 §, 5 kap. 65–67 och 69 §§ och 8 kap. 12 §).
Beslutsgången skriver sekreteraren själv i mötesfilen ('beslutsgång:'); den skrivs aldrig automatiskt.

  --utdrag N             skriv bara paragraf N som protokollsutdrag, med utdragsbestyrkande
  -o, --output FIL.docx  målfil (standard: protokoll-ÅÅÅÅ-MM-DD.docx, eller
                         protokollsutdrag-ÅÅÅÅ-MM-DD-paragraf-N.docx, i arbetsmappen)
  --pdf                  gör också en PDF (PDF/A-2, taggad) bredvid Word-filen; kräver LibreOffice;
                         med -o FIL.pdf heter PDF:en så och Word-filen FIL.docx
  --publicering MAPP     skriv det som publiceras efter justeringen till MAPP: protokoll.pdf
                         (justeringsexemplaret), protokoll-webb.pdf och .docx (webbversionen:
                         ärenden med 'sekretess:' visar bara § och rubrik, privatpersoners namn blir
                         [namn] utan 'publicera_namn: true', inga kontaktuppgifter), maskningar.csv
                         (varje maskning, att granska) och anslag.txt/.html (tillkännagivandet på
                         anslagstavlan, 8 kap. 9–12 §§ kommunallagen, med sista dag att överklaga);
                         kräver LibreOffice
  --mall MALL.dotx       kommunens Word-mall (standard: "mall" i arende.config.json)
  --force                skriv även om mötesfilen eller en handling har fel, ett ärende saknar
                         beslut, eller ett utdrag görs före justeringen
  --config FIL           inställningsfil (standard: närmaste arende.config.json uppåt)

Slutkod: 0 klar, 1 mötesfilen eller en handling har fel eller ett ärende saknar beslut,
2 fel i kommandot, en fil som inte går att läsa eller en målfil som inte går att skriva.
`;

export const protokollCommand: Command = async (args, io) => {
  const parsed = parseCommandArgs('protokoll', args, COMMAND_TABLE.protokoll.flags, protokollHelp, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    io.stderr(`arende protokoll: ange ${positionals.length ? 'en enda' : 'en'} mötesfil, t.ex. 'arende protokoll sammantrade-2026-05-20.md'.\n`);
    return EXIT_USAGE;
  }
  let utdrag: number | undefined;
  if (values.utdrag !== undefined) {
    const n = values.utdrag.trim().replace(/^§\s*/, '');
    if (!/^\d+$/.test(n) || Number(n) < 1) {
      io.stderr(`arende protokoll: '${values.utdrag}' är inget paragrafnummer; skriv t.ex. --utdrag 113.\n`);
      return EXIT_USAGE;
    }
    utdrag = Number(n);
  }
  const config = loadConfig('protokoll', io, values.config, positionals[0]);
  if (!config) return EXIT_USAGE;
  const template = await loadTemplate('protokoll', values.mall, config, io);
  if (template === null) return EXIT_USAGE;
  const input = await readMeetingInput('protokoll', positionals[0]!, io, draftConfigs(io.cwd, values.config), values.force);
  if (typeof input === 'number') return input;

  const { exportProtokoll, meetingDocument, paragrafer, ParagrafError } = await import('@arende/docx');
  const doc = meetingDocument(input.resolved);
  const all = paragrafer(doc);
  const wanted = utdrag === undefined ? all : all.filter((p) => p.nummer === utdrag);
  // An interpellation or a fråga is answered, not decided (the kind table's meeting act): it needs no beslut.
  const undecided = wanted.filter((p) => p.entry && !p.entry.utfall && !p.entry.answeredBy);
  if (undecided.length) {
    const list = undecided.map((p) => `§ ${p.nummer} ${p.rubrik}`).join('; ');
    const msg = `${undecided.length === 1 ? 'ärendet saknar' : 'ärendena saknar'} beslut i mötesfilen ('beslut: enligt förslag' eller en lista med att-satser): ${list}.`;
    if (!values.force) {
      io.stderr(`arende protokoll: ${msg} Fyll i besluten, eller använd --force.\n`);
      return EXIT_ERRORS;
    }
    io.stderr(`arende protokoll: ${msg} Skriver ändå eftersom --force angavs.\n`);
  }
  // What 5 kap. 66 § and 69 § ask of the protokoll; it can be written without them, but not signed as complete.
  const m = doc.meeting;
  const missing = [
    !m.närvarande && "'närvarande' (vilka som tjänstgjorde, 5 kap. 66 § kommunallagen)",
    !m.justerare?.length && "'justerare'",
    !m.justering?.datum && "'justering: datum'",
  ].filter(Boolean);
  if (missing.length && utdrag === undefined) io.stderr(`arende protokoll: mötesfilen saknar ${missing.join(', ')}; protokollet får tomma rader där.\n`);

  if (values.publicering !== undefined) {
    if (utdrag !== undefined || values.output !== undefined) {
      io.stderr('arende protokoll: --publicering skriver hela protokollet till en mapp; använd den utan --utdrag och -o.\n');
      return EXIT_USAGE;
    }
    return (await import('./protokoll-publicering.js')).writePublicering(values.publicering, input, template, io);
  }

  // An utdrag certifies the justering: before it (and for a § not justerad omedelbart) it would certify what has not happened.
  const today = io.today();
  const one = utdrag === undefined ? undefined : all.find((p) => p.nummer === utdrag);
  const justering = m.justering?.datum;
  if (one && justering && today < justering && !one.entry?.omedelbartJusterad) {
    const msg = `protokollet justeras ${justering}, och § ${one.nummer} är inte omedelbart justerad ('omedelbart_justerad: true' i ärendet); ett utdrag i dag (${today}) skulle intyga en justering som inte har skett.`;
    if (!values.force) {
      io.stderr(`arende protokoll: ${msg} Vänta till justeringen, eller använd --force (utdraget säger då att det är gjort före justeringen).\n`);
      return EXIT_ERRORS;
    }
    io.stderr(`arende protokoll: ${msg} Skriver ändå eftersom --force angavs; utdraget säger att det är gjort före justeringen.\n`);
  }

  let bytes: Uint8Array;
  try {
    bytes = exportProtokoll(doc, { utdrag, template, utdragDatum: today });
  } catch (e) {
    if (e instanceof ParagrafError) {
      io.stderr(`arende protokoll: ${e.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
  const output =
    values.output ?? (utdrag === undefined ? `protokoll-${m.datum || 'mote'}.docx` : `protokollsutdrag-${m.datum || 'mote'}-paragraf-${utdrag}.docx`);
  const written = await writeDocument('protokoll', output, bytes, { pdf: values.pdf, protect: input.checked.map((c) => path.resolve(io.cwd, c.path)), io });
  if (!written) return EXIT_USAGE;
  const pdf = written.pdf ? ` och '${written.pdf}'` : '';
  if (utdrag === undefined) {
    const range = all.length === 0 ? 'inga paragrafer' : all.length === 1 ? `§ ${all[0]!.nummer}` : `§§ ${all[0]!.nummer}–${all[all.length - 1]!.nummer}`;
    io.stdout(`Skrev protokollet (${range}) från '${input.path}' till '${written.docx}'${pdf}.\n`);
  } else io.stdout(`Skrev protokollsutdrag § ${utdrag} från '${input.path}' till '${written.docx}'${pdf}.\n`);
  return EXIT_OK;
};
