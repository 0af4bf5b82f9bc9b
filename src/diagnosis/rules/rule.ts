import type { FindingKind } from '../../model/finding.js';

/** What a signal's colour must be for a condition to hold; `notGreen` is amber or red. */
export type When = 'green' | 'amber' | 'red' | 'notGreen' | 'unknown';

/** One condition on one signal. */
export interface Condition {
  readonly signal: string;
  readonly when: When;
}

/**
 * A diagnosis rule, as data: it fires when every condition of at least one `triggers` group
 * holds (a disjunction of conjunctions); `support` conditions that hold add evidence and
 * confidence but never fire the rule alone.
 */
export interface Rule {
  readonly kind: FindingKind;
  /** F1–F15 (method.md §4.3), L… leviers, C… constats. */
  readonly code: string;
  readonly title: { readonly fr: string; readonly en: string };
  readonly triggers: readonly (readonly Condition[])[];
  readonly support?: readonly Condition[];
  /** Short literature citations (method.md). */
  readonly references: readonly string[];
  /** Catalogue actions (method.md §7). */
  readonly actions: readonly string[];
}

/** A condition, tersely: `c('P3', 'notGreen')`. */
export const c = (signal: string, when: When): Condition => ({ signal, when });
