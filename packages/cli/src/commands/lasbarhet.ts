import { readFileSync } from 'node:fs';
import {
  ConfigError,
  draftReadability,
  draftVerdict,
  lixLevel,
  lixTarget,
  parseDraft,
  readabilitySummary,
  round1,
  sentenceLimit,
  type DraftReadability,
} from '@arende/core';
import { EXIT_OK, type Command, usageError } from '../io.js';
import { parseCommandArgs } from '../args.js';
import { COMMAND_TABLE } from '../command-table.js';
import { collectTargets, InputError } from '../files.js';
import { draftConfigs } from '../config.js';

export const lasbarhetHelp = `Användning: arende läsbarhet [--format text|json] [--config FIL] FIL…

Visar hur lätt varje avsnitt är att läsa: antal ord och meningar, LIX (läsbarhetsindex: ord per
mening + 100 × andelen ord med fler än sex bokstäver), OVIX (ordvariation) och antalet långa
meningar. Bara löptexten räknas: inte rubriker, citat, lagrumshänvisningar, tabeller eller namnlistor.
En fil som anges läses alltid; i en mapp läses utkasten.

LIX: under 30 mycket lätt, 30–40 lätt, 40–50 medelsvår, 50–60 svår, över 60 mycket svår.
Regeln readability-lix jämför med målet för typen (arende.config.json: "läsbarhet": {"lix": …}).

  --format text|json  JSON: {"filer":[{"fil","avsnitt":[{"rubrik","rad","ord","meningar","lix","ovix","långa_meningar"}]}]}
                      (lix och ovix med en decimal; null när de inte går att räkna ut)
  --config FIL        inställningsfil (standard: närmaste arende.config.json uppåt)

Slutkod: 0 klar, 2 fel i kommandot eller en fil som inte går att läsa.
`;

interface FileResult {
  fil: string;
  readability: DraftReadability;
  target: number;
  limit: number;
}

export const lasbarhetCommand: Command = async (args, io) => {
  const parsed = parseCommandArgs('läsbarhet', args, COMMAND_TABLE.läsbarhet.flags, lasbarhetHelp, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (values.format !== 'text' && values.format !== 'json') return usageError(io, 'läsbarhet', `okänt format '${values.format}'; välj text eller json.`);
  if (positionals.length === 0) return usageError(io, 'läsbarhet', "ange minst en fil eller mapp, t.ex. 'arende läsbarhet utkast.md'.");
  let targets;
  try {
    targets = await collectTargets(positionals, io.cwd);
  } catch (e) {
    if (e instanceof InputError) return usageError(io, 'läsbarhet', e.message);
    throw e;
  }
  const configFor = draftConfigs(io.cwd, values.config);
  const results: FileResult[] = [];
  for (const t of targets) {
    let text: string;
    try {
      text = readFileSync(t.path.startsWith('/') ? t.path : `${io.cwd}/${t.path}`, 'utf8');
    } catch (e) {
      return usageError(io, 'läsbarhet', `'${t.path}' går inte att läsa (${(e as NodeJS.ErrnoException).code}).`);
    }
    if (!t.explicit && !draftVerdict(text).draft) continue;
    let config;
    try {
      config = configFor(t.path);
    } catch (e) {
      if (e instanceof ConfigError) return usageError(io, 'läsbarhet', e.message);
      throw e;
    }
    const draft = parseDraft(text, { path: t.path, incremental: false });
    results.push({ fil: t.path, readability: draftReadability(draft, config), target: lixTarget(draft.kind, config), limit: sentenceLimit(config) });
  }
  if (values.format === 'json') {
    const filer = results.map((r) => ({
      fil: r.fil,
      avsnitt: r.readability.sections.map((s) => ({
        rubrik: s.heading,
        rad: s.line,
        ord: s.counts.words,
        meningar: s.counts.sentences,
        lix: round1(s.lix),
        ovix: round1(s.ovix),
        långa_meningar: s.longSentences.length,
      })),
    }));
    io.stdout(`${JSON.stringify({ filer }, null, 2)}\n`);
    return EXIT_OK;
  }
  io.stdout(results.map(textReport).join('\n'));
  return EXIT_OK;
};

const decimal = (n: number | null) => (n === null ? '–' : n.toFixed(1).replace('.', ','));

function textReport(r: FileResult): string {
  const rows = r.readability.sections.map((s) => [
    s.heading || '(före första rubriken)',
    String(s.line),
    String(s.counts.words),
    String(s.counts.sentences),
    decimal(s.lix),
    s.lix === null ? '' : lixLevel(s.lix).sv,
    decimal(s.ovix),
    String(s.longSentences.length),
  ]);
  const head = ['avsnitt', 'rad', 'ord', 'meningar', 'LIX', '', 'OVIX', `meningar > ${r.limit} ord`];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    `  ${cells
      .map((c, i) => (i === 0 || i === 5 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd()}`;
  const t = r.readability.total;
  let out = `${r.fil}\n`;
  if (rows.length === 0) return `${out}  ingen löptext att bedöma\n`;
  out += `${line(head)}\n${rows.map(line).join('\n')}\n`;
  out += `  hela texten: ${t.counts.words} ord, ${t.counts.sentences} meningar, LIX ${decimal(t.lix)}, OVIX ${decimal(t.ovix)}; målet är LIX högst ${r.target}\n`;
  out += `  ${readabilitySummary(r.readability, r.target).sv}\n`;
  return out;
}
