import type { Clock } from '../app/clock.js';

/**
 * Remembers values for a short time (by the injected clock), so that the hot read routes do not
 * ask the store for the same session, community and data version on every request. Every write
 * through the API clears it (see create-app); a change made by another process (a CLI import)
 * shows within `ttlMs`.
 */
export class ShortMemo {
  readonly #entries = new Map<string, { at: number; value: Promise<unknown> }>();
  readonly #clock: Clock;
  readonly #ttlMs: number;

  constructor(clock: Clock, ttlMs: number) {
    this.#clock = clock;
    this.#ttlMs = ttlMs;
  }

  /** The value remembered for `key`, or `load()`'s, remembered from now on. */
  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const now = this.#clock.now().getTime();
    const entry = this.#entries.get(key);
    if (entry && now - entry.at < this.#ttlMs && now >= entry.at) return entry.value as Promise<T>;
    const value = load();
    this.#entries.set(key, { at: now, value });
    value.catch(() => this.#entries.delete(key));
    if (this.#entries.size > 10_000) this.#entries.clear();
    return value;
  }

  /** Forgets everything (after a write, a sign-out, a role change). */
  clear(): void {
    this.#entries.clear();
  }
}
