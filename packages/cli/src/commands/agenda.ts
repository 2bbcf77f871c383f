import path from 'node:path';
import { AGENDA_GROUPS, belongsToMeeting, isIsoDate, isMeeting, sameKommun, type Draft } from '@arende/core';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, type CliIo, type Command, usageError } from '../io.js';
import type { EmbeddedImage, MeetingEntry } from '@arende/docx';
import type { AppendResult } from '../append-pdf.js';
import { parseCommandArgs } from '../args.js';
import { COMMAND_TABLE } from '../command-table.js';
import { guardPersonnummer } from '../personnummer-guard.js';
import { loadConfig, loadTemplate, readDrafts, reportBroken, reportErrors, writeDocument, type CheckedDraft } from '../documents.js';
import { draftConfigs } from '../config.js';
import { readMeetingInput } from '../meeting-input.js';

export const agendaHelp = `Användning: arende agenda MÖTE.md [-o kallelse.docx] [--med-handlingar] [--pdf] [--mall MALL.dotx] [--force]
       arende agenda --nämnd NAMN --datum ÅÅÅÅ-MM-DD [flaggor] SÖKVÄG… [-o kallelse.docx]

Sammanställer kallelse och föredragningslista till ett sammanträde (Word, .docx): huvud med
kommun, nämnd, datum, tid, plats, ordförande och sekreterare; numrerade punkter: Val av justerare,
Godkännande av dagordningen, de stående punkterna, varje ärende med ärendemening, diarienummer,
handlingar och förslag till beslut (ur ärendets tjänsteskrivelse, eller 'förslag' i mötesfilen;
initiativtagarens egna att-satser visas som hens, aldrig som förslag till beslut), och nya
politikerinitiativ och motioner under "${AGENDA_GROUPS.initiatives.heading}", interpellationer under
"${AGENDA_GROUPS.interpellations.heading}" och frågor under "${AGENDA_GROUPS.questions.heading}" (de besvaras av den ordförande de
riktas till; inget förslag till beslut). Kallelsen slutar med vart förhinder anmäls och underskrifter
för ordförande och sekreterare.

Med en mötesfil (typ: sammanträde, se 'arende new sammanträde') tas allt från den: nämnd, kommun,
datum, ärendena och deras handlingar. Utan mötesfil anges sammanträdet med flaggor och varje utkast
blir ett ärende, i den ordning utkasten anges eller efter nyckeln 'punkt' i deras huvud.

En handling som är ställd till en annan nämnd eller gäller en annan kommun tas inte med (utom med
--force); en motion eller ett medborgarförslag till kommunfullmäktige får beredas i en nämnd, och en
interpellation eller fråga till en nämnds ordförande hör till fullmäktiges sammanträde.

  --nämnd NAMN           nämnden (även --namnd)
  --datum ÅÅÅÅ-MM-DD     sammanträdets datum
  --tid TID              t.ex. "13.00"
  --plats PLATS          t.ex. "Sessionssalen, stadshuset"
  --ordförande NAMN      (även --ordforande)
  --sekreterare NAMN
  --kommun NAMN          kommunens namn i huvudet (standard: utkastens, om alla anger samma)
  --förhinder TEXT       vart förhinder anmäls (standard: till sekreteraren; även --forhinder)
  --stående-punkter      ta med de stående punkterna Anmälningar, Delegationsbeslut och Information
                         efter Godkännande av dagordningen (även --staende-punkter)
  --stående-punkt TEXT   en egen stående punkt; kan anges flera gånger (även --staende-punkt)
  --med-handlingar       lägg varje handling i sin helhet efter listan, var och en på ny sida; en
                         handling som är en .pdf läggs med --pdf sist i PDF:en, och en som inte går
                         att lägga till (Word, Excel) nämns
  -o, --output FIL.docx  målfil (standard: kallelse-ÅÅÅÅ-MM-DD.docx i arbetsmappen)
  --pdf                  gör också en PDF (PDF/A-2, taggad) bredvid Word-filen; kräver LibreOffice;
                         med -o FIL.pdf heter PDF:en så och Word-filen FIL.docx
  --mall MALL.dotx       kommunens Word-mall (standard: "mall" i arende.config.json)
  --force                sammanställ även om något utkast har fel; ett utkast vars typ inte går
                         att avgöra lämnas då utanför kallelsen, med en varning
  --config FIL           inställningsfil (standard: närmaste arende.config.json uppåt)

En mapp söks efter utkast (.md-filer med 'typ' i huvudet).
Slutkod: 0 klar, 1 något utkast eller mötesfilen har fel, 2 fel i kommandot, en fil som inte går
att läsa eller en målfil som inte går att skriva.
`;

const MEETING_FLAGS = ['nämnd', 'namnd', 'datum', 'tid', 'plats', 'ordförande', 'ordforande', 'sekreterare', 'kommun', 'förhinder', 'forhinder'] as const;

/**
 * The flag form's check that every draft belongs to this meeting: addressed to the nämnd (a motion or
 * medborgarförslag to fullmäktige may be prepared by a nämnd) and from the kommun. Returns one line per
 * draft that does not.
 */
export function foreignDrafts(drafts: readonly CheckedDraft[], namnd: string, kommun: string | undefined): string[] {
  const out: string[] = [];
  for (const { path: file, draft } of drafts) {
    const m = draft.metadata;
    if (m.mottagare && !belongsToMeeting(draft, namnd)) out.push(`'${file}' är ställt till ${m.mottagare}, inte till ${namnd}.`);
    if (kommun && m.kommun && !sameKommun(m.kommun, kommun)) out.push(`'${file}' gäller ${m.kommun}, inte ${kommun}.`);
  }
  return out;
}

/** The kommun of the flag form: --kommun, else the one every draft that names a kommun agrees on. */
function kommunOf(drafts: readonly CheckedDraft[], given: string | undefined): { kommun?: string; conflict?: string[] } {
  if (given) return { kommun: given };
  const named = drafts.map((d) => d.draft.metadata.kommun).filter((k): k is string => !!k);
  const distinct = named.filter((k, i) => named.findIndex((o) => sameKommun(o, k)) === i);
  if (distinct.length > 1) return { conflict: distinct };
  return { kommun: distinct[0] };
}

/** The draft with its images, read next to it; undefined (and the reason printed) when one cannot be used. */
async function withImages<T extends Pick<Draft, 'tree' | 'path'>>(
  draft: T,
  shown: string,
  io: CliIo,
): Promise<(T & { images: Map<string, EmbeddedImage> }) | undefined> {
  const { loadImages, ImageError } = await import('@arende/docx/node');
  try {
    return { ...draft, images: await loadImages(draft, io.cwd) };
  } catch (e) {
    if (e instanceof ImageError) {
      io.stderr(`arende agenda: ${shown}: ${e.message}\n`);
      return undefined;
    }
    throw e;
  }
}

const quoted = (names: readonly string[]) => names.map((n) => `'${n}'`).join(', ');

/**
 * The handlingar that are not drafts (.pdf, .docx, .xlsx …), which `--med-handlingar` cannot put into the Word
 * file: with a PDF, the .pdf files' pages are appended to it; every other one is named, so none is dropped silently.
 */
function attachmentsOf(entries: readonly MeetingEntry[], withPdf: boolean, io: CliIo): { pdfs: { path: string; label: string }[] } {
  const files = entries.flatMap((e) => e.handlingar.filter((h) => h.file).map((h) => ({ path: h.file!, label: path.basename(h.file!) })));
  const pdfs = withPdf ? files.filter((f) => /\.pdf$/i.test(f.path)) : [];
  const left = files.filter((f) => !pdfs.includes(f));
  if (left.length) {
    const hasPdf = left.some((f) => /\.pdf$/i.test(f.path));
    io.stderr(
      `arende agenda: --med-handlingar lade inte till ${quoted(left.map((f) => f.label))}: ${left.length === 1 ? 'filen är inget utkast' : 'filerna är inga utkast'} och kan inte sättas in i Word-filen.${hasPdf ? ' En .pdf läggs sist i kallelsens PDF med --pdf.' : ''} Skicka ${left.length === 1 ? 'den' : 'dem'} med kallelsen för sig.\n`,
    );
  }
  return { pdfs };
}

type AgendaValues = Exclude<ReturnType<typeof parseAgendaArgs>, number>['values'];
type Template = Exclude<Awaited<ReturnType<typeof loadTemplate>>, null>;

function parseAgendaArgs(args: string[], io: CliIo) {
  return parseCommandArgs('agenda', args, COMMAND_TABLE.agenda.flags, agendaHelp, io);
}

/** The standing items asked for: the standard three (--stående-punkter) and the writer's own. */
function standingOf(values: AgendaValues): { standard: boolean; extra: string[] } {
  return {
    standard: !!(values['stående-punkter'] || values['staende-punkter']),
    extra: [...(values['stående-punkt'] ?? []), ...(values['staende-punkt'] ?? [])],
  };
}

export const agendaCommand: Command = async (args, io) => {
  const parsed = parseAgendaArgs(args, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const config = loadConfig('agenda', io, values.config, positionals[0]);
  if (!config) return EXIT_USAGE;
  const template = await loadTemplate('agenda', values.mall, config, io);
  if (template === null) return EXIT_USAGE;
  // The meeting-file form: `arende agenda MÖTE.md` (no meeting given by flags).
  const given = MEETING_FLAGS.filter((f) => values[f] !== undefined);
  if (given.length === 0 && positionals.length === 1 && positionals[0]!.toLowerCase().endsWith('.md'))
    return agendaFromMeetingFile(positionals[0]!, values, template, io);
  return agendaFromDrafts(positionals, values, template, io);
};

/** `arende agenda MÖTE.md`: everything from the meeting file. */
async function agendaFromMeetingFile(file: string, values: AgendaValues, template: Template, io: CliIo): Promise<number> {
  const { standard: standardStanding, extra: extraStanding } = standingOf(values);
  const input = await readMeetingInput('agenda', file, io, draftConfigs(io.cwd, values.config), values.force);
  if (typeof input === 'number') return input;
  const { exportKallelse, meetingDocument, STANDARD_STANDING_ITEMS } = await import('@arende/docx');
  const doc = meetingDocument(input.resolved);
  if (!doc.meeting.standingItems?.length && standardStanding) doc.meeting.standingItems = STANDARD_STANDING_ITEMS;
  if (extraStanding.length) doc.meeting.standingItems = [...(doc.meeting.standingItems ?? []), ...extraStanding];
  if (values['med-handlingar']) {
    // Each handling's images, read next to it, as in the form with drafts named one by one.
    for (const h of doc.entries.flatMap((e) => e.handlingar)) {
      if (!h.draft) continue;
      const read = await withImages(h.draft, h.draft.path ?? h.label, io);
      if (!read) return EXIT_USAGE;
      h.draft = read;
    }
  }
  const output = values.output ?? `kallelse-${doc.meeting.datum || 'mote'}.docx`;
  const bytes = exportKallelse(doc, { withDocuments: values['med-handlingar'], template });
  const attached = values['med-handlingar'] ? attachmentsOf(doc.entries, values.pdf || /\.pdf$/i.test(output), io) : undefined;
  let appended: AppendResult | undefined;
  const afterPdf = attached?.pdfs.length
    ? async (pdf: Uint8Array) => {
        const { appendPdfPages } = await import('../append-pdf.js');
        appended = await appendPdfPages(pdf, attached.pdfs);
        return appended.bytes;
      }
    : undefined;
  const written = await writeDocument('agenda', output, bytes, {
    pdf: values.pdf,
    protect: input.checked.map((c) => path.resolve(io.cwd, c.path)),
    io,
    afterPdf,
  });
  if (!written) return EXIT_USAGE;
  const n = doc.entries.length;
  io.stdout(
    `Sammanställde kallelse med ${n} ${n === 1 ? 'ärende' : 'ärenden'} från '${input.path}' till '${written.docx}'${written.pdf ? ` och '${written.pdf}'` : ''}.\n`,
  );
  const done = appended as AppendResult | undefined;
  if (done?.appended.length) io.stdout(`Lade sidorna ur ${quoted(done.appended)} sist i '${written.pdf}'.\n`);
  for (const f of done?.failed ?? []) io.stderr(`arende agenda: '${f.file}' gick inte att läsa som PDF och lades inte till (${f.reason}).\n`);
  return EXIT_OK;
}

/** `arende agenda --nämnd … --datum … UTKAST…`: the meeting from flags, each draft an ärende. */
async function agendaFromDrafts(positionals: string[], values: AgendaValues, template: Template, io: CliIo): Promise<number> {
  const { standard: standardStanding, extra: extraStanding } = standingOf(values);
  const namnd = (values.nämnd ?? values.namnd)?.trim();
  if (!namnd) {
    return usageError(io, 'agenda', "ange nämnden med --nämnd, t.ex. --nämnd Socialnämnden (eller en mötesfil ensam: 'arende agenda möte.md').");
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

  const read = await readDrafts('agenda', positionals, io, draftConfigs(io.cwd, values.config));
  if (typeof read === 'number') return read;
  const meetings = read.filter((d) => !d.broken && isMeeting(d.draft));
  const named = meetings.filter((d) => positionals.includes(d.path));
  if (named.length) {
    io.stderr(
      `arende agenda: ${named.map((d) => `'${d.path}'`).join(', ')} är en mötesfil; ange den ensam, utan --nämnd ('arende agenda ${named[0]!.path}').\n`,
    );
    return EXIT_USAGE;
  }
  if (meetings.length) io.stderr(`arende agenda: hoppar över mötesfilerna ${meetings.map((d) => `'${d.path}'`).join(', ')} (de är inga ärenden).\n`);
  // A broken draft (its kind cannot be told) would silently be missing from the kallelse: refuse, or
  // with --force leave it out and say so.
  const broken = read.filter((d) => d.broken);
  if (broken.length > 0 && !values.force) {
    reportBroken('agenda', broken, 'ingen kallelse skrevs (rätta dem, eller använd --force för att lämna dem utanför)', io);
    return EXIT_ERRORS;
  }
  reportBroken('agenda', broken, 'de lämnas utanför kallelsen eftersom --force angavs', io);
  const drafts = read.filter((d) => !d.broken && !isMeeting(d.draft));
  if (drafts.length === 0) {
    io.stderr('arende agenda: inga utkast att ta med; ingen kallelse skrevs.\n');
    return EXIT_ERRORS;
  }
  if (!reportErrors('agenda', drafts, values.force, io)) return EXIT_ERRORS;
  if (!guardPersonnummer('agenda', 'kallelsen', drafts, values.force, io)) return EXIT_ERRORS;
  const { kommun, conflict } = kommunOf(drafts, values.kommun?.trim());
  const foreign = foreignDrafts(drafts, namnd, kommun);
  if (conflict) foreign.unshift(`utkasten gäller olika kommuner (${conflict.join(', ')}); ange sammanträdets kommun med --kommun.`);
  if (foreign.length) {
    if (!values.force) {
      io.stderr(
        `arende agenda: kallelsen gäller ${namnd}${kommun ? ` i ${kommun}` : ''}; tas inte med (ta bort dem, eller använd --force):\n${foreign.map((l) => `  ${l}\n`).join('')}`,
      );
      return EXIT_ERRORS;
    }
    io.stderr(`arende agenda: sammanställer ändå eftersom --force angavs:\n${foreign.map((l) => `  ${l}\n`).join('')}`);
  }

  const output = values.output ?? `kallelse-${values.datum}.docx`;
  const { exportAgenda, STANDARD_STANDING_ITEMS } = await import('@arende/docx');
  // Each draft's images, read next to it (two drafts may both have a "karta.png" of their own).
  const drafted = [];
  for (const d of drafts) {
    const read = await withImages(d.draft, d.path, io);
    if (!read) return EXIT_USAGE;
    drafted.push(read);
  }
  const bytes = exportAgenda(
    {
      namnd,
      datum: values.datum,
      tid: values.tid,
      plats: values.plats,
      ordforande: values.ordförande ?? values.ordforande,
      sekreterare: values.sekreterare,
      kommun,
      förhinder: values.förhinder ?? values.forhinder,
      standingItems: [...(standardStanding ? STANDARD_STANDING_ITEMS : []), ...extraStanding],
    },
    drafted,
    { withDocuments: values['med-handlingar'], template },
  );
  const written = await writeDocument('agenda', output, bytes, { pdf: values.pdf, protect: drafts.map((d) => path.resolve(io.cwd, d.path)), io });
  if (!written) return EXIT_USAGE;
  const n = drafts.length;
  io.stdout(`Sammanställde kallelse med ${n} ${n === 1 ? 'ärende' : 'ärenden'} till '${written.docx}'${written.pdf ? ` och '${written.pdf}'` : ''}.\n`);
  return EXIT_OK;
}
