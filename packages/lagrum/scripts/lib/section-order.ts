/** Ordering of paragraph and chapter numbers with letters: "8" < "8 a" < "8 b" < "9". */
export function numberKey(label: string): number {
  const m = /^(\d+)(?:\s?([a-z]))?$/.exec(label.trim());
  if (!m) return Number.NaN;
  return Number(m[1]) * 32 + (m[2] ? m[2].charCodeAt(0) - 96 : 0);
}

/** "5:8 a" → ["5", "8 a"]; "9" → [null, "9"]. */
export function splitRef(ref: string): [string | null, string] {
  const i = ref.indexOf(':');
  return i < 0 ? [null, ref] : [ref.slice(0, i), ref.slice(i + 1)];
}

export function makeRef(kapitel: string | null, paragraf: string): string {
  return kapitel === null ? paragraf : `${kapitel}:${paragraf}`;
}

/** Normalises "8a" and "8 a" to "8 a". */
export function normaliseLabel(label: string): string {
  return label.trim().replace(/^(\d+)\s*([a-z])$/, '$1 $2');
}
