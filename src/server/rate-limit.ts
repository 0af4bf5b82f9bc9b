import type { Clock } from '../app/clock.js';

/**
 * Counts failures per key in fixed windows, in memory (one process; behind several processes each
 * counts its own). The clock is injected, so that tests move time instead of waiting.
 */
export class RateLimiter {
  readonly #hits = new Map<string, { count: number; since: number }>();
  readonly #clock: Clock;

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  /** Seconds to wait when `key` reached `max` in its window, else 0. */
  blockedFor(key: string, max: number, windowMs: number): number {
    const now = this.#clock.now().getTime();
    const hit = this.#hits.get(key);
    if (!hit || now - hit.since >= windowMs) return 0;
    return hit.count >= max ? Math.ceil((hit.since + windowMs - now) / 1000) : 0;
  }

  /** Counts one failure for `key`. */
  hit(key: string, windowMs: number): void {
    const now = this.#clock.now().getTime();
    const hit = this.#hits.get(key);
    if (!hit || now - hit.since >= windowMs) this.#hits.set(key, { count: 1, since: now });
    else hit.count++;
    if (this.#hits.size > 100_000) this.#sweep(now, windowMs);
  }

  /** Forgets `key` (after a success). */
  reset(key: string): void {
    this.#hits.delete(key);
  }

  #sweep(now: number, windowMs: number): void {
    for (const [key, hit] of this.#hits) if (now - hit.since >= windowMs) this.#hits.delete(key);
  }
}
