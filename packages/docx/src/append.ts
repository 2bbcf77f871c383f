/**
 * Appends `items` to `out` one at a time. `out.push(...items)` passes every item as an argument and
 * overflows the call stack past about 100,000 (issue 17: a draft of 150,000 thematic breaks or a code
 * block of 250,000 empty lines crashed the export).
 */
export function append<T>(out: T[], items: readonly T[]): void {
  for (const item of items) out.push(item);
}
