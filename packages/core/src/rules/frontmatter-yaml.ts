import type { YAMLError } from 'yaml';
import { defineRule } from './rule.js';

/** Swedish explanations of yaml's error codes (the parser's own text is English). */
const EXPLAIN: Record<string, string> = {
  DUPLICATE_KEY: 'Nyckeln står två gånger i huvudet. Ta bort den ena.',
  BAD_INDENT: 'Indraget stämmer inte. Nycklar på samma nivå ska börja i samma kolumn; använd mellanslag.',
  TAB_AS_INDENT: 'Indraget är gjort med tabb. YAML kräver mellanslag.',
  MISSING_CHAR: 'Ett tecken saknas, ofta ett avslutande citattecken eller hakparentes.',
  BLOCK_AS_IMPLICIT_KEY: 'En nyckel saknar kolon, eller ett värde står på fel rad.',
  MULTILINE_IMPLICIT_KEY: 'En nyckel saknar kolon (en nyckel måste stå på en rad och följas av ":").',
  UNEXPECTED_TOKEN: 'Raden går inte att tolka. Kontrollera kolon efter nyckeln och indraget.',
  BAD_SCALAR_START: 'Värdet börjar med ett tecken som YAML ger en egen betydelse. Sätt värdet inom citattecken.',
  BAD_DQ_ESCAPE: 'Ett omvänt snedstreck (\\) inom "…" är fel. Använd enkla citattecken eller skriv \\\\.',
  MULTIPLE_DOCS: "Huvudet innehåller en extra rad '---'. Huvudet avslutas vid första raden med '---'.",
  BAD_ALIAS: 'En referens (*) pekar på något som inte finns.',
  ALIAS_PROPS: 'En referens (*) kan inte ha egna egenskaper.',
  BAD_DIRECTIVE: "En rad som börjar med '%' är inte tillåten i huvudet.",
  KEY_OVER_1024_CHARS: 'En nyckel är för lång.',
  IMPOSSIBLE: 'Huvudet går inte att tolka.',
  TAG_RESOLVE_FAILED: 'Ett värde med en tagg (!) går inte att tolka.',
  UNEXPECTED_SCALAR: 'Ett värde står där en nyckel väntades. Kontrollera indraget och kolon.',
};

/** The first line (1-based, in `source`) with an odd number of the quote character: where a quote was opened and never closed. */
function unclosedQuoteLine(source: string, quote: string): number | undefined {
  const lines = source.split(/\r\n|\r|\n/);
  const i = lines.findIndex((l) => l.split(quote).length % 2 === 0);
  return i >= 0 ? i + 1 : undefined;
}

/** yaml's error codes explained in English (a function: built only when an English message is). */
function explainEn(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'The key appears twice in the header. Remove one of them.';
    case 'BAD_INDENT':
      return 'The indentation does not line up. Keys on the same level should start in the same column; use spaces.';
    case 'TAB_AS_INDENT':
      return 'The indentation is made with a tab. YAML requires spaces.';
    case 'MISSING_CHAR':
      return 'A character is missing, often a closing quote or square bracket.';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'A key is missing its colon, or a value is on the wrong line.';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'A key is missing its colon (a key must be on one line and be followed by ":").';
    case 'UNEXPECTED_TOKEN':
      return 'The line cannot be read. Check the colon after the key and the indentation.';
    case 'BAD_SCALAR_START':
      return 'The value starts with a character that has a meaning of its own in YAML. Put the value in quotes.';
    case 'BAD_DQ_ESCAPE':
      return 'A backslash (\\) inside "…" is wrong. Use single quotes or write \\\\.';
    case 'MULTIPLE_DOCS':
      return "The header contains an extra line '---'. The header ends at the first line with '---'.";
    case 'BAD_ALIAS':
      return 'A reference (*) points to something that does not exist.';
    case 'ALIAS_PROPS':
      return 'A reference (*) cannot have properties of its own.';
    case 'BAD_DIRECTIVE':
      return "A line that starts with '%' is not allowed in the header.";
    case 'KEY_OVER_1024_CHARS':
      return 'A key is too long.';
    case 'IMPOSSIBLE':
      return 'The header cannot be read.';
    case 'TAG_RESOLVE_FAILED':
      return 'A value with a tag (!) cannot be read.';
    case 'UNEXPECTED_SCALAR':
      return 'A value stands where a key was expected. Check the indentation and the colon.';
  }
  return 'The line cannot be read as YAML. Check the colon after the key, indentation with spaces, and quotes.';
}

function explainYamlError(error: YAMLError, source: string, firstLine = 1, language: 'sv' | 'en' = 'sv'): string {
  if (language === 'en') return explainYamlErrorEn(error, source, firstLine);
  const base = EXPLAIN[error.code] ?? 'Raden går inte att tolka som YAML. Kontrollera kolon efter nyckeln, indrag med mellanslag och citattecken.';
  if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
    // yaml points at where it gave up (often the end of the block); say where the quote began.
    const quote = /'/.test(error.message) && !/"/.test(error.message) ? "'" : '"';
    const line = unclosedQuoteLine(source, quote);
    if (line !== undefined)
      return `Fel i huvudet (YAML): citattecknet (${quote}) på rad ${line + firstLine - 1} avslutas aldrig. Lägg till ${quote} i slutet av värdet.`;
  }
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^[^:\r\n]*/.exec(source.slice(error.pos[0]))![0].trim();
    if (key) return `Nyckeln '${key}' står två gånger i huvudet. Ta bort den ena.`;
  }
  return `Fel i huvudet (YAML): ${base}`;
}

/** explainYamlError in English: the same cases, the same positions. */
function explainYamlErrorEn(error: YAMLError, source: string, firstLine: number): string {
  if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
    const quote = /'/.test(error.message) && !/"/.test(error.message) ? "'" : '"';
    const line = unclosedQuoteLine(source, quote);
    if (line !== undefined)
      return `Error in the header (YAML): the quote (${quote}) on line ${line + firstLine - 1} is never closed. Add ${quote} at the end of the value.`;
  }
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^[^:\r\n]*/.exec(source.slice(error.pos[0]))![0].trim();
    if (key) return `The key '${key}' appears twice in the header. Remove one of them.`;
  }
  return `Error in the header (YAML): ${explainEn(error.code)}`;
}

/** A value in YAML quotes that keep it one string: double quotes, or single when it has a double quote. */
function quoteYamlValue(value: string): string {
  if (value.includes('"') && !value.includes("'")) return `'${value}'`;
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * `rubrik: Förslag: fler platser`: an unquoted value with ': ' in it, which YAML reads as a second key.
 * Returns the key, and the value's offsets in `source`, for the line that holds `pos`.
 */
function unquotedColonValue(source: string, pos: number): { key: string; start: number; end: number } | undefined {
  const lineStart = source.lastIndexOf('\n', pos - 1) + 1;
  const nl = source.indexOf('\n', lineStart);
  const line = source.slice(lineStart, nl < 0 ? source.length : nl).replace(/\r$/, '');
  const m = /^(\s*(?:-\s+)?)([^\s:#'"][^:]*?):[ \t]+(?![>|'"[{&*!%@`])(.*?:\s.*?)[ \t]*$/u.exec(line);
  if (!m) return undefined;
  const start = lineStart + m[1]!.length + m[2]!.length + line.slice(m[1]!.length + m[2]!.length).search(/[^:\s]/u);
  return { key: m[2]!.trim(), start, end: start + m[3]!.length };
}

export default defineRule({
  id: 'frontmatter-yaml',
  summary: 'Huvudet måste gå att läsa som YAML.',
  summaryEn: 'The header must be readable as YAML.',
  severity: 'error',
  docs: {
    what: 'Rapporterar syntaxfel i huvudet (frontmatter) på den rad där YAML-tolken hittar felet, och ett huvud som saknar avslutande ---.',
    why: 'Ett huvud som inte går att läsa ger inga uppgifter alls; varje annan kontroll av huvudet hänger på det.',
    bad: '---\ntyp: politikerinitiativ\nrubrik: "Bättre samordning\n---',
    good: '---\ntyp: politikerinitiativ\nrubrik: "Bättre samordning"\n---',
  },
  check(draft, report) {
    if (draft.frontmatterUnclosed) {
      const end = draft.text.search(/\r?\n|\r|$/);
      report({
        message: "Huvudet (frontmatter) har ingen avslutande rad '---'. Lägg till en rad med bara '---' efter sista nyckeln.",
        messageEn: "The header (frontmatter) has no closing line '---'. Add a line with just '---' after the last key.",
        range: { start: draft.pointAt(0), end: draft.pointAt(end) },
      });
      return;
    }
    const fm = draft.frontmatter;
    if (!fm) return;
    if (fm.shapeProblem) {
      const { message, messageEn, start, end } = fm.shapeProblem;
      report({ message, messageEn, range: { start: draft.pointAt(fm.offset + start), end: draft.pointAt(fm.offset + end) } });
    }
    // yaml often reports one mistake twice at the same spot (e.g. a stray indent is both a bad implicit key
    // and a multi-line key): one problem per line, the first, which is the cause.
    const reportedLines = new Set<number>();
    for (const error of fm.document.errors) {
      const start = fm.offset + error.pos[0];
      const line = draft.pointAt(start).line;
      if (reportedLines.has(line)) continue;
      reportedLines.add(line);
      let end = fm.offset + Math.max(error.pos[1], error.pos[0]);
      if (error.code === 'DUPLICATE_KEY') {
        // yaml points at the key's first character; mark the whole key.
        const key = /^[^:\r\n]*/.exec(fm.source.slice(error.pos[0]))![0].trimEnd();
        end = start + key.length;
      }
      if (end === start) {
        // Point at the rest of the line rather than at nothing.
        const nl = draft.text.slice(start).search(/\r?\n|\r|$/);
        end = start + Math.max(nl, 0);
      }
      const colon = unquotedColonValue(fm.source, error.pos[0]);
      if (colon) {
        // The commonest YAML slip in a rubrik ("Förslag: fler platser"): say so, and offer the quotes.
        const value = fm.source.slice(colon.start, colon.end);
        const quoted = quoteYamlValue(value);
        report({
          message: `Värdet för '${colon.key}' innehåller kolon följt av mellanslag (': '), som YAML läser som en ny nyckel. Sätt värdet inom citattecken: ${colon.key}: ${quoted}`,
          messageEn: `The value of '${colon.key}' contains a colon followed by a space (': '), which YAML reads as a new key. Put the value in quotes: ${colon.key}: ${quoted}`,
          range: { start: draft.pointAt(fm.offset + colon.start), end: draft.pointAt(fm.offset + colon.end) },
          actual: value,
          expected: [quoted],
        });
        continue;
      }
      const firstLine = draft.pointAt(fm.offset).line;
      report({
        message: explainYamlError(error, fm.source, firstLine),
        messageEn: explainYamlError(error, fm.source, firstLine, 'en'),
        range: { start: draft.pointAt(start), end: draft.pointAt(end) },
      });
    }
  },
});
