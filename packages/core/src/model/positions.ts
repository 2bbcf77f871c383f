import type { Point, Range } from './types.js';

/**
 * Maps offsets in a text to 1-based line/column points. Built once per text; lookups are a binary
 * search, so rules can ask for positions freely. Handles LF and CRLF (and lone CR) line endings.
 */
export class LineIndex {
  /** Offset at which each line starts. */
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  pointAt(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.lineStarts[lo]! + 1, offset: o };
  }

  range(start: number, end: number): Range {
    return { start: this.pointAt(start), end: this.pointAt(Math.max(start, end)) };
  }

  /** The range of a whole line (without its line ending), 1-based line number. */
  lineRange(line: number): Range {
    const n = Math.max(1, Math.min(line, this.lineStarts.length));
    const start = this.lineStarts[n - 1]!;
    let end = n < this.lineStarts.length ? this.lineStarts[n]! : this.text.length;
    while (end > start && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
    return this.range(start, end);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}
