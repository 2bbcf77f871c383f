import type { Diagnostic } from './diagnostic.js';

/**
 * Inline silencing. In the body, HTML comments (invisible in the exported document):
 *   <!-- arende-disable-next-line regel-id … -->   the next line
 *   <!-- arende-disable regel-id … -->  …  <!-- arende-enable regel-id … -->   a stretch
 * In the frontmatter, YAML comments: `# arende-disable-line regel-id` at the end of a line, or
 * `# arende-disable-next-line regel-id` on the line before. No rule ids = every rule.
 * A whole file: `<!-- arende-disable regel-id … -->` as the first line of the body (nothing but the header
 * above it) and never enabled again silences the header too (what the editor's "Ignorera i filen" writes).
 */
interface Silence {
  fromLine: number;
  toLine: number;
  rules: Set<string> | null;
}

const HTML = /<!--\s*arende-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;
const YAML_COMMENT = /#\s*arende-(disable-next-line|disable-line)\b(.*)$/;

function ruleSet(text: string): Set<string> | null {
  const ids = text.split(/[\s,]+/).filter(Boolean);
  return ids.length ? new Set(ids) : null;
}

export function findSilences(text: string, frontmatterEndLine: number): Silence[] {
  const lines = text.split(/\r\n|\r|\n/);
  const silences: Silence[] = [];
  const open: { line: number; rules: Set<string> | null }[] = [];
  const bodyStart = frontmatterEndLine + 1;
  lines.forEach((line, i) => {
    const n = i + 1;
    if (n <= frontmatterEndLine) {
      const m = YAML_COMMENT.exec(line);
      if (m) {
        const target = m[1] === 'disable-line' ? n : n + 1;
        silences.push({ fromLine: target, toLine: target, rules: ruleSet(m[2]!) });
      }
      return;
    }
    if (!line.includes('arende-')) return;
    HTML.lastIndex = 0;
    for (let m = HTML.exec(line); m; m = HTML.exec(line)) {
      const rules = ruleSet(m[2]!);
      if (m[1] === 'disable-next-line') silences.push({ fromLine: n + 1, toLine: n + 1, rules });
      else if (m[1] === 'disable-line') silences.push({ fromLine: n, toLine: n, rules });
      // At the top of the body, alone on its line: from line 1, so that the header is silenced too.
      else if (m[1] === 'disable') open.push({ line: n === bodyStart && line.trim() === m[0] ? 1 : n, rules });
      else {
        // enable: closes the matching disables (all of them when no ids are given).
        for (let k = open.length - 1; k >= 0; k--) {
          const o = open[k]!;
          if (rules === null || o.rules === null || [...rules].some((r) => o.rules!.has(r))) {
            silences.push({ fromLine: o.line, toLine: n, rules: o.rules });
            open.splice(k, 1);
          }
        }
      }
    }
  });
  for (const o of open) silences.push({ fromLine: o.line, toLine: Number.MAX_SAFE_INTEGER, rules: o.rules });
  return silences;
}

export function isSilenced(d: Diagnostic, silences: Silence[]): boolean {
  const line = d.range.start.line;
  return silences.some((s) => line >= s.fromLine && line <= s.toLine && (s.rules === null || s.rules.has(d.ruleId)));
}
