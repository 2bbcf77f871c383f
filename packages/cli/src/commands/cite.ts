import { readFileSync } from 'node:fs';
import { citeText, formatCitations, toCitationJson, withOldSolNotes, type ResolvedCitation } from '@arende/lagrum';
import { EXIT_OK, EXIT_ERRORS, EXIT_USAGE, type Command } from '../io.js';
import { parseCommandArgs } from '../args.js';

export const citeHelp = `Användning: arende cite [--datum ÅÅÅÅ-MM-DD] [--format text|json] TEXT…

Tolkar lagrumshänvisningarna i TEXT och visar för var och en lagen, paragrafen, om den gällde på
datumet (gällande, upphävd, ej-ikraft, saknas), lydelsen och var den nya bestämmelsen finns när
lagen är upphävd. Varje TEXT tolkas för sig; '-' läser texten från standard in.

  --datum ÅÅÅÅ-MM-DD   datumet hänvisningen läses på (standard: i dag). "SoL" betyder
                       socialtjänstlagen (2001:453) före 2025-07-01 och (2025:400) från den dagen.
  --format text|json   för människor (standard) eller JSON: {"citations": [...]}

Slutstatus: 0 när minst en hänvisning hittades, 1 när ingen hittades, 2 vid felaktig användning.

Exempel: arende cite --datum 2024-05-01 "2 kap. 6 § SoL"
`;

function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const citeCommand: Command = async (args, io) => {
  const parsed = parseCommandArgs(
    'cite',
    args,
    {
      datum: { type: 'string' },
      format: { type: 'string', default: 'text' },
    },
    citeHelp,
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const datum = values.datum ?? io.today();
  if (!isRealDate(datum)) {
    io.stderr(`arende cite: '${datum}' är inte ett datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2026-03-02.\n`);
    return EXIT_USAGE;
  }
  if (values.format !== 'text' && values.format !== 'json') {
    io.stderr(`arende cite: okänt format '${values.format}'; välj text eller json.\n`);
    return EXIT_USAGE;
  }
  if (positionals.length === 0) {
    io.stderr('arende cite: ange en text med hänvisningar, t.ex. arende cite "2 kap. 6 § SoL".\n');
    return EXIT_USAGE;
  }
  const results: ResolvedCitation[] = [];
  for (const text of positionals) {
    let input = text;
    if (text === '-') {
      try {
        input = readFileSync(0, 'utf8');
      } catch (e) {
        io.stderr(`arende cite: kan inte läsa standard in (${(e as NodeJS.ErrnoException).code}).\n`);
        return EXIT_USAGE;
      }
    }
    // Each argument on its own: joined, "… § SoL" and "9 § LSS" could read as one reference.
    results.push(...withOldSolNotes(citeText(input, datum), input));
  }
  io.stdout(values.format === 'json' ? `${JSON.stringify({ citations: results.map(toCitationJson) }, null, 2)}\n` : `${formatCitations(results)}\n`);
  // No citation found is a failure a script must see (a typo is not "all in force").
  return results.length === 0 ? EXIT_ERRORS : EXIT_OK;
};
