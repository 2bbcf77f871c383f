import { ruleUrl, type Diagnostic } from '../diagnostic.js';

/**
 * Limits on what ärende parses (issue 8 §3): far above any real nämnd document, low enough that any input
 * up to 10 MB is checked in seconds and bounded memory. The Markdown parser is quadratic or worse on some
 * constructs (images nested in images, lists nested thousands deep) and a GFM table pads every row to the
 * header's width (14 KB became 9 million cells); a draft beyond a limit is therefore not parsed as
 * Markdown at all, and one positioned diagnostic names the limit and where it was passed.
 *
 * The scan is one linear pass over the lines, before parsing. It over-approximates (it does not know
 * about code blocks), which only matters far beyond anything a person writes.
 */

/** Largest draft read, in bytes (UTF-8). A 30-page tjänsteskrivelse is about 60 KB. */
export const MAX_DRAFT_BYTES = 1024 * 1024;
/**
 * Most lines in a draft (issue 17). The Markdown parser costs tens of microseconds a line on shapes like
 * hard line breaks, thematic breaks and empty code lines (220,000 lines of hard breaks took 9–10 s and
 * 900 MB; 20,000 list items 4 s of CPU on a loaded machine); a 30-page tjänsteskrivelse has about 1,000 lines, so
 * 10,000 is some 300 pages.
 */
export const MAX_LINES = 10_000;
/** MAX_LINES as Swedish writes it (see MAX_TABLE_CELLS_TEXT). */
export const MAX_LINES_TEXT = '10\u00a0000';
/**
 * Most lines that continue a list item or block quote lazily (not indented, no `>`, no blank line between).
 * The Markdown parser hands each such line to the open container again, in time that grows faster than
 * the number of lines (9,500 took 14–17 s at load 15; 4,000 about 0.8 s on a quiet machine); a person writes
 * a few, so 1,000 is far above any draft.
 */
export const MAX_LAZY_LINES = 1000;
/** MAX_LAZY_LINES as Swedish writes it. */
export const MAX_LAZY_LINES_TEXT = '1\u00a0000';
/** Deepest nesting of block quotes and lists (a real draft has at most three or four levels). */
export const MAX_NESTING = 100;
/** Deepest nesting of brackets ([…], ![…]) in one paragraph: links and images within each other. */
export const MAX_BRACKET_NESTING = 32;
/** Widest table: Word's own maximum is 63 columns. */
export const MAX_TABLE_COLUMNS = 63;
/** Largest table, in cells. */
export const MAX_TABLE_CELLS = 100_000;
/**
 * The same number as Swedish writes it ("100 000", no-break space). Written out rather than formatted
 * with toLocaleString: a rule's documentation uses it at import, and starting ICU's number formatter
 * there cost every `arende` process ~5 ms. A unit test checks it equals the formatted number.
 */
export const MAX_TABLE_CELLS_TEXT = '100\u00a0000';

export interface LimitProblem {
  /** Which limit. */
  limit: 'size' | 'lines' | 'lazy-lines' | 'nesting' | 'brackets' | 'table-columns' | 'table-cells';
  /** Swedish, for the writer: what, where, the limit, and what to do. */
  message: string;
  /** The same in English (an editor set to English). */
  messageEn: string;
  /** Offsets in the text where the limit is passed. */
  start: number;
  end: number;
}

const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** The size problem as a diagnostic, for a reader that stops at MAX_DRAFT_BYTES (`atLeast`: it stopped there). */
export function sizeLimitProblem(bytes: number, atLeast = false): Diagnostic {
  const point = { line: 1, column: 1, offset: 0 };
  return {
    ruleId: 'draft-limits',
    source: 'arende',
    severity: 'error',
    message: sizeMessage(bytes, atLeast),
    messageEn: sizeMessage(bytes, atLeast, 'en'),
    range: { start: point, end: point },
    url: ruleUrl('draft-limits'),
  };
}

function sizeMessage(bytes: number, atLeast = false, language: 'sv' | 'en' = 'sv'): string {
  if (language === 'en')
    return `The draft is ${atLeast ? 'more than ' : ''}${mb(bytes).replace(',', '.')} MB; ärende reads drafts of up to ${mb(MAX_DRAFT_BYTES).replace(',', '.')} MB (a 30-page paper is about 0.06 MB). Split the text, or put large tables and material in attachments.`;
  return `Utkastet är ${atLeast ? 'mer än ' : ''}${mb(bytes)} MB; ärende läser utkast upp till ${mb(MAX_DRAFT_BYTES)} MB (en handling på 30 sidor är ungefär 0,06 MB). Dela upp texten, eller lägg stora tabeller och underlag i bilagor.`;
}

/** The first limit `text` passes, or undefined. `bytes` is its size on disk when known. */
export function limitProblem(text: string, bytes?: number): LimitProblem | undefined {
  const size = bytes ?? utf8Length(text);
  if (size > MAX_DRAFT_BYTES) {
    return {
      limit: 'size',
      message: sizeMessage(size),
      messageEn: sizeMessage(size, false, 'en'),
      start: 0,
      end: 0,
    };
  }
  let pos = 0;
  let brackets = 0;
  let tableColumns = 0;
  let tableCells = 0;
  let tableStart = 0;
  let lines = 0;
  // The list item or quote line a run of lazy continuation lines hangs on (-1: none open), and the run's length.
  let container = -1;
  let lazy = 0;
  let nextOpen = text.indexOf('[');
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    if (++lines > MAX_LINES) return linesProblem(lines, pos);
    const lineEnd = eol > pos && text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;

    const { depth, end: i } = lineNesting(text, pos, lineEnd);
    if (depth > MAX_NESTING) return nestingProblem(pos, i);

    // A blank line ends a paragraph (and its brackets) and a table.
    const blank = i >= lineEnd || /^[ \t>]*$/.test(text.slice(i, Math.min(lineEnd, i + 200)));
    if (blank) {
      brackets = 0;
      tableColumns = 0;
      container = -1;
    } else if (i > pos) {
      // Marked (>, a list marker) or indented: the line is in its container, not lazy.
      container = pos;
      lazy = 0;
    } else if (container >= 0 && ++lazy > MAX_LAZY_LINES) {
      return lazyLinesProblem(container, text.indexOf('\n', container));
    }
    // The next '[' of the text: a line without one, in a paragraph with no bracket open, has nothing to count.
    if (nextOpen >= 0 && nextOpen < i) nextOpen = text.indexOf('[', i);
    if (!blank) {
      const scan = brackets > 0 || (nextOpen >= 0 && nextOpen < lineEnd);
      for (let j = scan ? i : lineEnd; j < lineEnd; j++) {
        const c = text.charCodeAt(j);
        if (c === 92)
          j++; // backslash escape
        else if (c === 91) {
          if (++brackets > MAX_BRACKET_NESTING) return bracketsProblem(j);
        } else if (c === 93 && brackets > 0) brackets--;
      }
      // Tables: the delimiter row gives the width; every row after it until a blank line is a row.
      if (tableColumns > 0) {
        tableCells += tableColumns;
      } else if (text.charCodeAt(i) === 124 || text.charCodeAt(i) === 58 || text.charCodeAt(i) === 45) {
        const line = text.slice(i, lineEnd);
        if (line.length < 100_000 && DELIMITER_ROW.test(line)) {
          tableColumns = (line.match(/-+/g) ?? []).length;
          tableCells = 2 * tableColumns;
          tableStart = pos;
          if (tableColumns > MAX_TABLE_COLUMNS) return tableColumnsProblem(tableColumns, pos, lineEnd);
        }
      }
      if (tableColumns > 0 && tableCells > MAX_TABLE_CELLS) return tableCellsProblem(tableStart);
    }
    pos = eol + 1;
  }
  return undefined;
}

/**
 * How deep a line starts: block quote markers and list markers at its start, and its indentation (two
 * columns a level, as nested lists are usually written). `end`: where the line's content begins.
 */
function lineNesting(text: string, pos: number, lineEnd: number): { depth: number; end: number } {
  let i = pos;
  let depth = 0;
  let columns = 0;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      columns++;
      i++;
    } else if (c === 9) {
      columns += 4;
      i++;
    } else if (c === 62) {
      depth++;
      i++;
    } else if ((c === 45 || c === 42 || c === 43) && (i + 1 >= lineEnd || text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) {
      depth++;
      i++;
    } else if (c >= 48 && c <= 57) {
      // "1. " / "1) ": an ordered list marker (at most nine digits, as CommonMark says).
      let j = i;
      while (j < lineEnd && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const after = text.charCodeAt(j);
      const next = text.charCodeAt(j + 1);
      if ((after === 46 || after === 41) && (j + 1 >= lineEnd || next === 32 || next === 9)) {
        depth++;
        i = j + 1;
      } else break;
    } else break;
    if (i >= lineEnd) break;
  }
  depth += Math.floor(columns / 2);
  return { depth, end: i };
}

function linesProblem(lines: number, pos: number): LimitProblem {
  return {
    limit: 'lines',
    message: `Utkastet har fler än ${MAX_LINES_TEXT} rader (den här är rad ${lines}); ärende läser utkast med högst ${MAX_LINES_TEXT} rader (en handling på 30 sidor har ungefär 1\u00a0000). Dela upp texten, eller lägg underlag i bilagor.`,
    messageEn: `The draft has more than ${thousands(MAX_LINES)} lines (this is line ${thousands(lines)}); ärende reads drafts of at most ${thousands(MAX_LINES)} lines (a 30-page paper has about 1,000). Split the text, or put material in attachments.`,
    start: pos,
    end: pos,
  };
}

function lazyLinesProblem(start: number, end: number): LimitProblem {
  return {
    limit: 'lazy-lines',
    message: `Listpunkten eller citatet på den här raden fortsätter på fler än ${MAX_LAZY_LINES_TEXT} rader utan tom rad och utan indrag; ärende läser högst ${MAX_LAZY_LINES_TEXT} sådana rader. Lägg en tom rad där punkten eller citatet slutar, eller dra in raderna som hör till den.`,
    messageEn: `The list item or quote on this line continues for more than ${thousands(MAX_LAZY_LINES)} lines without a blank line or indentation; ärende reads at most ${thousands(MAX_LAZY_LINES)} such lines. Put a blank line where the item or quote ends, or indent the lines that belong to it.`,
    start,
    end: end < 0 ? start : end,
  };
}

function nestingProblem(start: number, end: number): LimitProblem {
  return {
    limit: 'nesting',
    message: `Raden har fler än ${MAX_NESTING} nivåer av citat (>) och listor i varandra; ärende läser högst ${MAX_NESTING} nivåer (en handling har sällan fler än tre). Ta bort nivåerna.`,
    messageEn: `The line has more than ${MAX_NESTING} levels of quotes (>) and lists inside each other; ärende reads at most ${MAX_NESTING} levels (a paper seldom has more than three). Remove the extra levels.`,
    start,
    end,
  };
}

function bracketsProblem(at: number): LimitProblem {
  return {
    limit: 'brackets',
    message: `Här ligger fler än ${MAX_BRACKET_NESTING} hakparenteser ([ eller ![) i varandra, som länkar eller bilder i varandra; ärende läser högst ${MAX_BRACKET_NESTING} nivåer. Ta bort de inre hakparenteserna (eller skriv \\[ för en hakparentes som ska synas).`,
    messageEn: `More than ${MAX_BRACKET_NESTING} square brackets ([ or ![) lie inside each other here, as links or images inside each other; ärende reads at most ${MAX_BRACKET_NESTING} levels. Remove the inner brackets (or write \\[ for a bracket that should show).`,
    start: at,
    end: at + 1,
  };
}

function tableColumnsProblem(columns: number, start: number, end: number): LimitProblem {
  return {
    limit: 'table-columns',
    message: `Tabellen har ${columns} kolumner; ärende läser tabeller med högst ${MAX_TABLE_COLUMNS} kolumner (Words egen gräns). Dela upp tabellen, eller lägg den i en bilaga.`,
    messageEn: `The table has ${columns} columns; ärende reads tables of at most ${MAX_TABLE_COLUMNS} columns (Word's own limit). Split the table, or put it in an attachment.`,
    start,
    end,
  };
}

function tableCellsProblem(tableStart: number): LimitProblem {
  return {
    limit: 'table-cells',
    message: `Tabellen som börjar här har fler än ${MAX_TABLE_CELLS_TEXT} celler; ärende läser tabeller med högst ${MAX_TABLE_CELLS_TEXT} celler. Dela upp tabellen, eller lägg den i en bilaga.`,
    messageEn: `The table that starts here has more than ${thousands(MAX_TABLE_CELLS)} cells; ärende reads tables of at most ${thousands(MAX_TABLE_CELLS)} cells. Split the table, or put it in an attachment.`,
    start: tableStart,
    end: tableStart,
  };
}

/** UTF-8 length without encoding the text (core also runs in the browser, without Buffer). */
function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : c < 0x800 ? 1 : 0.5;
  }
  return Math.round(n);
}

function mb(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('sv-SE', { maximumFractionDigits: 1 });
}

/** 100000 → "100,000" (English digit grouping, without Intl). */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}
