/**
 * Stycken and numbered points of a provision, from a source that keeps them: the selex/ Markdown, where
 * each stycke is a paragraph separated by blank lines and each numbered point a paragraph "1. …" of its own.
 * (The JSON files join a provision's stycken into one string: no structure there, and none recorded.)
 *
 * Reading, per paragraph of the source:
 * - "N. …" (or "N a. …") is a point of the current stycke; its number must be the next one (1, 2, 3 …;
 *   "2 a" after "2" is allowed and does not count), else the structure is not reliable and we record none;
 * - "- …", "– …", "a) …" are items below the stycke or point above (unnumbered lists, sub-points);
 * - a paragraph starting in lower case continues the sentence that a list interrupted (same stycke);
 * - any other paragraph starts a new stycke.
 * One case the source cannot tell apart: a last point followed by a second paragraph of its own (a
 * point's own paragraph before a later point is caught: the numbering then restarts or skips). In the
 * seven selex laws that happens once, LSS 11 a §, where point 2 follows such a paragraph: it gets nothing.
 */

import type { StructureTuple } from '../../src/registry-types.js';

export type { StructureTuple };

const POINT = /^(\d{1,3})(?: ?([a-z]))?\.\s/u;
const SUB_ITEM = /^(?:[-–•]\s|[a-zåäö]\)\s)/u;
const CONTINUATION = /^[a-zåäö]/u;

/** The structure of a provision given as its source paragraphs, or null when it cannot be read reliably. */
export function readStructure(paragraphs: readonly string[]): StructureTuple | null {
  const points: number[] = [];
  for (const raw of paragraphs) {
    const p = raw.trim();
    if (!p) continue;
    const point = POINT.exec(p);
    if (point) {
      if (points.length === 0) return null; // a list with no stycke introducing it
      const n = Number(point[1]);
      const last = points[points.length - 1]!;
      if (point[2] ? n !== last || last === 0 : n !== last + 1) return null;
      points[points.length - 1] = n;
    } else if (SUB_ITEM.test(p) || CONTINUATION.test(p)) {
      if (points.length === 0) return null;
    } else {
      points.push(0);
    }
  }
  if (points.length === 0) return null;
  return points.some((n) => n > 0) ? [points.length, points] : [points.length];
}
