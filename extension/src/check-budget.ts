/**
 * The time budget for checks on the extension host thread (issue 8 §3). core's check is synchronous and
 * the diagnostics are needed synchronously (quick fixes, Fix All), so it runs on the host thread; a draft
 * whose check takes longer than the budget would stall the editor at every short pause in typing.
 * Such a draft is checked after a longer pause instead, in proportion to what its last check cost
 * (capped), never skipped: it is still checked on open and when typing stops. The user is told
 * once per draft. No vscode here, so that the policy is tested without an editor.
 */

/**
 * The pause after typing before a draft is checked again (arende.checkDelay's default). Short, so that a
 * problem shows ~0.1 s after the keystroke (the check itself takes a few ms after an edit: core parses
 * only the changed section again); a slow draft waits longer (below).
 */
export const CHECK_DELAY_MS = 50;

/** A check longer than this is felt as the editor stalling while typing. */
export const CHECK_BUDGET_MS = 150;
/** How many times its last check cost a slow draft waits after typing before it is checked. */
const PAUSE_PER_COST = 10;
/** The longest pause after typing before a slow draft is checked. */
export const MAX_DEFER_MS = 3000;

export class CheckBudget {
  /** The last two checks' times per document. */
  private readonly times = new Map<string, number[]>();
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

  forget(key: string): void {
    this.times.delete(key);
    this.told.delete(key);
  }
}
