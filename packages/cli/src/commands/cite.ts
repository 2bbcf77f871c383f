import { readFileSync } from 'node:fs';
import { citationsJson, citeText, formatCitations, isIsoDate, withOldSolNotes, type ResolvedCitation } from '@arende/lagrum';
import { EXIT_OK, EXIT_ERRORS, type Command, usageError } from '../io.js';
import { parseCommandArgs } from '../args.js';
import { COMMAND_TABLE } from '../command-table.js';

export const citeHelp = `Användning: arende cite [--datum ÅÅÅÅ-MM-DD] [--format text|json] TEXT…

Tolkar lagrumshänvisningarna i TEXT och visar för var och en lagen, paragrafen, om den gällde på
datumet (gällande, upphävd, ej-ikraft, saknas), lydelsen och var den nya bestämmelsen finns när
lagen är upphävd. Varje TEXT tolkas för sig; '-' läser texten från standard in.

  --datum ÅÅÅÅ-MM-DD   datumet hänvisningen läses på (standard: i dag). "SoL" betyder
                       socialtjänstlagen (2001:453) före 2025-07-01 och (2025:400) från den dagen.
  --format text|json   för människor (standard) eller JSON: {"lagtext_per": ÅÅÅÅ-MM-DD, "citations": [...]}

Slutstatus: 0 när minst en hänvisning hittades, 1 när ingen hittades, 2 vid felaktig användning.

Exempel: arende cite --datum 2024-05-01 "2 kap. 6 § SoL"
`;

export const citeCommand: Command = async (args, io) => {
  const parsed = parseCommandArgs('cite', args, COMMAND_TABLE.cite.flags, citeHelp, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const datum = values.datum ?? io.today();
  if (!isIsoDate(datum)) {
    return usageError(io, 'cite', `'${datum}' är inte ett datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2026-03-02.`);
  }
  if (values.format !== 'text' && values.format !== 'json') {
    return usageError(io, 'cite', `okänt format '${values.format}'; välj text eller json.`);
  }
  if (positionals.length === 0) {
    return usageError(io, 'cite', 'ange en text med hänvisningar, t.ex. arende cite "2 kap. 6 § SoL".');
  }
  const results: ResolvedCitation[] = [];
  for (const text of positionals) {
    let input = text;
    if (text === '-') {
      try {
        input = readFileSync(0, 'utf8');
      } catch (e) {
        return usageError(io, 'cite', `kan inte läsa standard in (${(e as NodeJS.ErrnoException).code}).`);
      }
    }
    // Each argument on its own: joined, "… § SoL" and "9 § LSS" could read as one reference.
    results.push(...withOldSolNotes(citeText(input, datum), input));
  }
  io.stdout(values.format === 'json' ? `${JSON.stringify(citationsJson(results), null, 2)}\n` : `${formatCitations(results)}\n`);
  // No citation found is a failure a script must see (a typo is not "all in force").
  return results.length === 0 ? EXIT_ERRORS : EXIT_OK;
};
