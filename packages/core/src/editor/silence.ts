/**
 * "Ignorera här" and "Ignorera i filen": the comment that silences a problem, written in the forms
 * suppress.ts reads, as plain edits (the extension turns them into code actions).
 *
 * Here: in the header a YAML comment line `# arende-disable-next-line id` above the key (at its
 * indentation); in the body `<!-- arende-disable-next-line id -->` on a line of its own above a block
 * that starts after a blank line, and otherwise `<!-- arende-disable-line id -->` at the end of the line
 * (an HTML comment line between two lines of a paragraph or a list would split it in two, and change
 * the exported document). In the file: `<!-- arende-disable id -->` as the first line of the body,
 * which suppress.ts reads as silencing the whole file, header included; an id is added to that
 * comment when there is one already.
 */
import type { Diagnostic } from '../diagnostic.js';
import type { Draft, Range } from '../model/types.js';

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface SilenceEdits {
  /** Undefined where no comment can stand (the header's opening `---`, inside a block scalar or a code block). */
  here?: TextEdit;
  file: TextEdit;
}

/** The comment at the top of the body that silences rules in the whole file (see suppress.ts). */
const FILE_SILENCE = /^<!--\s*arende-disable\b([^>]*?)-->\s*$/;

export function silenceEdits(draft: Draft, d: Pick<Diagnostic, 'ruleId' | 'range'>): SilenceEdits {
  const lines = draft.text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const at = (lineIndex: number, column = 0): Range => {
    const point = draft.pointAt(Math.min(starts[lineIndex]! + column, draft.text.length));
    return { start: point, end: point };
  };
  const fm = draft.frontmatter;
  const closing = fm ? fm.closingRange.start.line : 0; // 1-based; 0 without a header
  const index = d.range.start.line - 1;
  const lineText = (i: number) => (lines[i] ?? '').replace(/\r$/, '');
  return { here: here(), file: file() };

  function here(): TextEdit | undefined {
    const line = lineText(index);
    if (fm && d.range.start.line <= closing) {
      if (d.range.start.line === fm.openingRange.start.line) return undefined;
      if (inBlockScalar(index)) return undefined;
      const indent = /^ */.exec(line)![0];
      return { range: at(index), newText: `${indent}# arende-disable-next-line ${d.ruleId}\n` };
    }
    if (inCodeFence(index)) return undefined;
    const before = index > 0 ? lineText(index - 1) : '';
    const startsBlock = index === 0 || index === closing || before.trim() === '';
    if (startsBlock && line.trim() !== '' && !/^\s/.test(line)) {
      return { range: at(index), newText: `<!-- arende-disable-next-line ${d.ruleId} -->\n` };
    }
    return { range: at(index, line.length), newText: `${line.trim() ? ' ' : ''}<!-- arende-disable-line ${d.ruleId} -->` };
  }

  function file(): TextEdit {
    const first = fm ? closing : 0; // 0-based index of the body's first line
    const existing = FILE_SILENCE.exec(lineText(first));
    if (existing) {
      const ids = existing[1]!
        .trim()
        .split(/[\s,]+/)
        .filter(Boolean);
      const line = lineText(first);
      // No ids silence every rule already; otherwise the id joins the list.
      const newText = ids.length === 0 || ids.includes(d.ruleId) ? line : `<!-- arende-disable ${[...ids, d.ruleId].join(' ')} -->`;
      return { range: { start: at(first).start, end: at(first, line.length).start }, newText };
    }
    return { range: at(first), newText: `<!-- arende-disable ${d.ruleId} -->\n` };
  }

  /** Whether a header line is inside a `|` or `>` block scalar (where a `#` line would be text). */
  function inBlockScalar(i: number): boolean {
    const indent = /^ */.exec(lineText(i))![0].length;
    for (let k = i - 1; k > 0; k--) {
      const above = lineText(k);
      if (!above.trim()) continue;
      const aboveIndent = /^ */.exec(above)![0].length;
      if (aboveIndent < indent) return /:\s*[|>][-+0-9]*\s*(#.*)?$/.test(above);
      if (aboveIndent === indent) return false; // a sibling key: not inside its value
    }
    return false;
  }

  function inCodeFence(i: number): boolean {
    let open = false;
    for (let k = closing; k < i; k++) if (/^\s{0,3}(```|~~~)/.test(lineText(k))) open = !open;
    return open || /^\s{0,3}(```|~~~)/.test(lineText(i));
  }
}
