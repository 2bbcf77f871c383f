import { VFile } from 'vfile';
import { diagnosticBasis, type Diagnostic } from './diagnostic.js';

/**
 * Puts diagnostics on a VFile as vfile messages (fatal true = error, false = warning, undefined = info),
 * the shape vfile-reporter, vfile-reporter-json and unified-language-server understand.
 */
export function toVFile(path: string | undefined, text: string, diagnostics: readonly Diagnostic[], cwd?: string): VFile {
  const file = new VFile({ path, value: text, ...(cwd ? { cwd } : {}) });
  for (const d of diagnostics) {
    const message = file.message(d.message, {
      place: { start: strip(d.range.start), end: strip(d.range.end) },
      ruleId: d.ruleId,
      source: d.source,
    });
    message.fatal = d.severity === 'error' ? true : d.severity === 'warning' ? false : undefined;
    message.url = d.url;
    if (d.expected) {
      message.expected = d.expected;
      message.actual = d.actual;
    }
    if (d.lagrum) (message as unknown as { lagrum: unknown }).lagrum = d.lagrum;
    // What the requirement rests on, for the text report (the JSON report keeps `reason` and `lagrum` apart).
    const basis = diagnosticBasis(d);
    if (basis) (message as unknown as { basis: string }).basis = basis;
  }
  return file;
}

function strip(p: { line: number; column: number; offset: number }) {
  return { line: p.line, column: p.column, offset: p.offset };
}
