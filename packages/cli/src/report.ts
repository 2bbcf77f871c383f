import { reporter } from 'vfile-reporter';
import { reporterJson } from 'vfile-reporter-json';
import type { VFile } from 'vfile';

/**
 * vfile-reporter speaks English in its labels and summary; our users read Swedish. Translate just
 * those fixed words (messages themselves are already Swedish), leaving the layout alone.
 */
function swedishLabels(report: string): string {
  return report
    .split('\n')
    .map((line) =>
      line
        .replace(/: no issues found$/, ': inga problem')
        .replace(
          /^(\s*\d+:\d+(?:-\d+:\d+)?\s+(?:\x1b\[\d+m)?)(error|warning)\b/,
          (_, pre: string, label: string) => pre + (label === 'error' ? 'fel  ' : 'varning'),
        )
        .replace(/(✖(?:\x1b\[\d+m)? \d+) errors?/, '$1 fel')
        .replace(/(⚠(?:\x1b\[\d+m)? )1 warning\b/, '$11 varning')
        .replace(/(⚠(?:\x1b\[\d+m)? \d+) warnings\b/, '$1 varningar')
        .replace(/^(\d+) messages \(/, '$1 meddelanden (')
        // vfile-reporter pads every message to the longest one, so that the rule names stand in a column;
        // ärende's messages are sentences with their legal basis, and one long message made every line of a
        // report hundreds of characters wide (wrapped into blank lines in a terminal). The rule name follows
        // its message instead.
        .replace(/^(\s*\d+:\d+(?:-\d+:\d+)?\s.*?\S) +(\S+) +(arende)$/, '$1  $2 $3'),
    )
    .join('\n');
}

export function textReport(files: VFile[], color: boolean): string {
  // Every requirement shows what it rests on ("Rättslig grund: 4 kap. 20 § kommunallagen (2017:725).").
  // The files are reported once, in one format: appending to the reason here changes no other output.
  for (const file of files) {
    for (const m of file.messages) {
      const basis = (m as { basis?: string }).basis;
      if (basis && !m.reason.endsWith(basis)) {
        m.reason = `${m.reason} ${basis}`;
        m.message = m.reason;
      }
    }
  }
  const out = reporter(files, { color });
  return out ? `${swedishLabels(out)}\n` : '';
}

/**
 * vfile-reporter-json's shape, so scripts written for the unified ecosystem can read it, with one
 * addition: each message's `lagrum` (the provision it rests on), which that reporter does not know.
 */
export function jsonReport(files: VFile[]): string {
  const data = JSON.parse(reporterJson(files)) as { messages: Record<string, unknown>[] }[];
  data.forEach((entry, i) => {
    const withLagrum = files[i]!.messages.filter((m) => (m as { lagrum?: unknown }).lagrum);
    for (const json of entry.messages) {
      const source = withLagrum.find((m) => m.reason === json.reason && m.line === json.line && m.column === json.column && m.ruleId === json.ruleId);
      if (source) json.lagrum = (source as { lagrum?: unknown }).lagrum;
    }
  });
  return `${JSON.stringify(data)}\n`;
}
