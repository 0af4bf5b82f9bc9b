import type { Action } from '../model/index.js';
import { sizeFactor } from './community-profile.js';
import { occurrenceWindow } from './phases.js';

/** Low, mid and high estimates of hours (or counts). */
export interface Estimate {
  low: number;
  mid: number;
  high: number;
}

/** Effort conversion settings (method.md §5.2), all editable. */
export interface EffortSettings {
  /** Multiplier on planned staff hours: 1.3 by default, 2.0 conservative. */
  contingency: number;
  hoursPerWeek: number;
  weeksPerYear: number;
  /** Cost of one staff hour; null when unknown (no cost is shown). */
  hourlyRate: number | null;
}

/** Default contingency multiplier (method.md §5.2 [E]). */
export const DEFAULT_CONTINGENCY = 1.3;
/** Conservative preset: "multiply the total by two" (coalition staffing tip, method.md §5.1 [S]). */
export const CONSERVATIVE_CONTINGENCY = 2;

/** Defaults: contingency 1.3, 35-hour week, 46 working weeks (1,610 h per FTE). */
export const DEFAULT_EFFORT: Readonly<EffortSettings> = Object.freeze({
  contingency: DEFAULT_CONTINGENCY,
  hoursPerWeek: 35,
  weeksPerYear: 46,
  hourlyRate: null,
});

/** Hours in one full-time equivalent year: hours per week × working weeks (35 × 46 = 1,610). */
export function hoursPerFte(settings: EffortSettings): number {
  return settings.hoursPerWeek * settings.weeksPerYear;
}

/** Middle of a `[min, max]` range. */
export function middle([min, max]: readonly [number, number]): number {
  return (min + max) / 2;
}

/**
 * Occurrences of an action over a horizon: a one-off count as given; a yearly frequency × the
 * months from its phase's start to the end of the horizon ÷ 12; per newcomer, the newcomers of
 * those months. Rounded to whole occurrences.
 */
export function occurrences(action: Action, horizon: number, newcomersPerYear: number): Estimate {
  const { per, range } = action.frequency;
  const window = occurrenceWindow(action, horizon);
  const years = (window.end - window.start) / 12;
  const scale = per === 'once' ? 1 : per === 'year' ? years : years * newcomersPerYear;
  return {
    low: Math.round(range[0] * scale),
    mid: Math.round(middle(range) * scale),
    high: Math.round(range[1] * scale),
  };
}

/**
 * Staff hours of an action before contingency (method.md §5.2):
 * `setup + occurrences × hours per occurrence`, at the low, mid and high ends of its ranges.
 */
export function actionHours(action: Action, horizon: number, newcomersPerYear: number): Estimate {
  const n = occurrences(action, horizon, newcomersPerYear);
  const { setupHours: setup, hoursPerOccurrence: each } = action;
  return {
    low: setup[0] + n.low * each[0],
    mid: middle(setup) + n.mid * middle(each),
    high: setup[1] + n.high * each[1],
  };
}

/**
 * Base coordination (responsiveness, connecting, admin, platform care) in hours per week:
 * 1–2 h/week for a 100–150-member CoP (method.md §5.2 [E], Dixon's tasks [S]) × `sizeFactor`.
 */
export function baseCoordinationPerWeek(members: number): Estimate {
  const f = sizeFactor(members);
  return { low: f, mid: 1.5 * f, high: 2 * f };
}

/** Base coordination hours over a horizon: hours per week × working weeks × horizon ÷ 12. */
export function baseCoordinationHours(
  members: number,
  horizon: number,
  settings: EffortSettings,
): Estimate {
  const weeks = (settings.weeksPerYear * horizon) / 12;
  return scale(baseCoordinationPerWeek(members), weeks);
}

/** Multiplies every end of an estimate by a factor (e.g. the contingency). */
export function scale(estimate: Estimate, factor: number): Estimate {
  return { low: estimate.low * factor, mid: estimate.mid * factor, high: estimate.high * factor };
}

/** Annualised FTE of hours spent over a horizon: hours ÷ (hours per FTE × horizon ÷ 12). */
export function fte(hours: number, horizon: number, settings: EffortSettings): number {
  return hours / ((hoursPerFte(settings) * horizon) / 12);
}

/** One line of an effort sheet, as method.md §5.2's worked example writes it. */
export interface EffortLine {
  setup: number;
  occurrences: number;
  hoursPerOccurrence: number;
}

/**
 * `annual_hours = Σ (setup + occurrences × hours per occurrence)` (method.md §5.2), then
 * `planned_hours = annual_hours × contingency`.
 *
 * @example
 * effortSheet([{ setup: 0, occurrences: 12, hoursPerOccurrence: 4 }], 1.3) // { hours: 48, planned: 62.4 }
 */
export function effortSheet(
  lines: readonly EffortLine[],
  contingency: number,
): { hours: number; planned: number } {
  const hours = lines.reduce((sum, l) => sum + l.setup + l.occurrences * l.hoursPerOccurrence, 0);
  return { hours, planned: hours * contingency };
}
