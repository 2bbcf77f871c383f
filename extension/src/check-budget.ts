/**
 * The time budget for checks on the extension host thread (issue 8 §3). core's check is synchronous and
 * the diagnostics are needed synchronously (quick fixes, Fix All), so it runs on the host thread; a draft
 * whose check takes longer than the budget would stall the editor at every short pause in typing.
 * Such a draft is checked after a longer pause instead, in proportion to what its last check cost
 * (capped), never skipped: it is still checked on open and when typing stops. The user is told
 * once per draft. No vscode here, so that the policy is tested without an editor.
 */

/**
 * The pause after typing before a draft is checked again (arende.checkDelay's default), while the writer
 * types fast: keys that come closer together than this are one burst, checked once when it ends. A slow
 * draft waits longer (below).
 */
export const CHECK_DELAY_MS = 50;

/**
 * A key that comes this long (ms) after the previous change of the document, or longer, starts a new burst
 * of typing: it is checked at once, with no pause, since the writer who typed one letter and looks should
 * see the problem as soon as it can be computed. The keys after it within this gap wait for the configured
 * pause (the burst is checked once more when it ends). Writers type a key every 100–300 ms; a key repeat
 * comes every ~30 ms.
 */
export const TYPING_GAP_MS = 300;

/** A check longer than this is felt as the editor stalling while typing. */
export const CHECK_BUDGET_MS = 150;
/** How many times its last check cost a slow draft waits after typing before it is checked. */
const PAUSE_PER_COST = 10;
/** The longest pause after typing before a slow draft is checked. */
export const MAX_DEFER_MS = 3000;

export class CheckBudget {
  /** The last two checks' times per document. */
  private readonly times = new Map<string, number[]>();
  /** When each document last changed (ms, any monotonic clock). */
  private readonly changed = new Map<string, number>();
  private readonly told = new Set<string>();

  /**
   * Records how long a check of a document took. True the first time the document is over the budget:
   * then, and only then, the user is to be told.
   */
  record(key: string, ms: number): boolean {
    this.times.set(key, [...(this.times.get(key) ?? []).slice(-1), ms]);
    if (!this.isSlow(key) || this.told.has(key)) return false;
    this.told.add(key);
    return true;
  }

  /**
   * What checking the document costs: the lesser of its last two checks, so that one slow check (the
   * first, while the engine warms up, or one while the machine is busy) does not make a draft slow.
   */
  private cost(key: string): number {
    const times = this.times.get(key) ?? [];
    return times.length < 2 ? 0 : Math.min(...times);
  }

  /** Whether the document is over the budget. */
  isSlow(key: string): boolean {
    return this.cost(key) > CHECK_BUDGET_MS;
  }

  /** The pause after typing before checking: the configured one, longer for a draft over the budget. */
  delay(key: string, configured: number): number {
    const cost = this.cost(key);
    if (cost <= CHECK_BUDGET_MS) return configured;
    return Math.max(configured, Math.min(MAX_DEFER_MS, Math.ceil(cost * PAUSE_PER_COST)));
  }

  /**
   * The pause before checking after a change of the document at `now` (ms): none for the first change after
   * a pause in typing (TYPING_GAP_MS, or the configured pause when that is longer), the configured one
   * within a burst of keys (each key restarts it, so the burst ends with one check), longer for a slow draft.
   */
  pauseAfterChange(key: string, configured: number, now: number): number {
    const last = this.changed.get(key);
    this.changed.set(key, now);
    const inBurst = last !== undefined && now - last < Math.max(TYPING_GAP_MS, configured);
    return inBurst || this.isSlow(key) ? this.delay(key, configured) : 0;
  }

  forget(key: string): void {
    this.changed.delete(key);
    this.times.delete(key);
    this.told.delete(key);
  }
}
