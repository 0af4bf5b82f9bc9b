import { type Action, PHASES, type PlanMonth } from '../model/index.js';
import { occurrenceWindow, phaseWindow } from './phases.js';
import { EPS } from './search-space.js';

/** One selected action to place: its planned hours (× contingency) and occurrences. */
export interface CalendarItem {
  action: Action;
  setupHours: number;
  hoursPerOccurrence: number;
  occurrences: number;
}

/** What the calendar spreads over the horizon. */
export interface CalendarInput {
  horizon: number;
  /** Staff hours available each month. */
  monthlyBudget: number;
  /** Base coordination hours over the whole horizon, spread evenly. */
  baseHours: number;
  items: readonly CalendarItem[];
}

/**
 * Places the selected actions month by month (docs/plan.md §6): base coordination evenly; each
 * action's setup in the first month of its phase (or, to stay in budget, one month before or
 * up to a quarter of the phase later, at least one month, within the phase), never before its prerequisites; its occurrences spread evenly over its window (method.md §7 phases). Each chunk
 * goes to the nearest allowed month that stays within the monthly budget, else to the least
 * loaded one; months still above budget are flagged with their excess.
 */
export function calendar(input: CalendarInput): PlanMonth[] {
  const { horizon, monthlyBudget } = input;
  const load = new Array<number>(horizon).fill(input.baseHours / horizon);
  const names = load.map(() => new Set<string>());
  const span = new Map<string, { first: number; last: number; once: boolean }>();
  const put = (id: string, hours: number, preferred: number, lo: number, hi: number): number => {
    const month = chooseMonth(load, hours, monthlyBudget, preferred, lo, hi);
    load[month] = (load[month] as number) + hours;
    names[month]?.add(id);
    return month;
  };

  for (const item of placementOrder(input.items)) {
    const { action } = item;
    const bound = action.requires.reduce((lb, dep) => {
      const s = span.get(dep);
      return s ? Math.max(lb, s.once ? s.last : s.first) : lb;
    }, 0);
    const phase = phaseWindow(action.phase, horizon);
    const phaseStart = Math.max(bound, phase.start);
    const slack = Math.max(1, Math.floor((phase.end - phase.start) / 4));
    const latest = Math.max(phaseStart, Math.min(phase.end - 1, phase.start + slack));
    const setupMonth = put(
      action.id,
      item.setupHours,
      phaseStart,
      Math.max(bound, phaseStart - 1),
      latest,
    );
    const window = occurrenceWindow(action, horizon);
    const start = Math.min(horizon - 1, Math.max(window.start, setupMonth));
    const length = Math.max(1, window.end - start);
    const half = Math.floor(length / Math.max(1, item.occurrences) / 2);
    let last = setupMonth;
    for (let k = 0; k < item.occurrences && item.hoursPerOccurrence > 0; k++) {
      const preferred = Math.min(horizon - 1, start + Math.floor((k * length) / item.occurrences));
      const lo = Math.max(start, preferred - half);
      const hi = Math.min(horizon - 1, start + length - 1, preferred + half);
      last = Math.max(last, put(action.id, item.hoursPerOccurrence, preferred, lo, hi));
    }
    span.set(action.id, { first: setupMonth, last, once: action.frequency.per === 'once' });
  }

  return load.map((hours, m) => ({
    month: m + 1,
    hours,
    budgetHours: monthlyBudget,
    actions: [...(names[m] ?? [])].sort(byActionNumber),
    overBudget: hours > monthlyBudget + EPS,
    excess: Math.max(0, hours - monthlyBudget),
  }));
}

function chooseMonth(
  load: readonly number[],
  hours: number,
  budget: number,
  preferred: number,
  lo: number,
  hi: number,
): number {
  let best = -1;
  let bestKey: [number, number, number] = [2, 0, 0];
  for (let m = lo; m <= hi; m++) {
    const after = (load[m] as number) + hours;
    const fits = after <= budget + EPS ? 0 : 1;
    // Fitting months first, then the nearest to the preferred month; else the least loaded.
    const key: [number, number, number] =
      fits === 0 ? [0, Math.abs(m - preferred), m] : [1, after, Math.abs(m - preferred)];
    if (best < 0 || compare(key, bestKey) < 0) {
      best = m;
      bestKey = key;
    }
  }
  return best < 0 ? Math.max(0, Math.min(load.length - 1, preferred)) : best;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (Math.abs(d) > EPS) return d;
  }
  return 0;
}

function byActionNumber(a: string, b: string): number {
  return (
    (Number(a.replace(/\D/g, '')) || 0) - (Number(b.replace(/\D/g, '')) || 0) || a.localeCompare(b)
  );
}

/** Phase order, prerequisites before their dependants, then catalogue order. */
function placementOrder(items: readonly CalendarItem[]): CalendarItem[] {
  const ids = new Set(items.map((i) => i.action.id));
  const placed = new Set<string>();
  const rest = [...items].sort(
    (x, y) =>
      PHASES.indexOf(x.action.phase) - PHASES.indexOf(y.action.phase) ||
      byActionNumber(x.action.id, y.action.id),
  );
  const order: CalendarItem[] = [];
  while (rest.length > 0) {
    const k = rest.findIndex((i) => i.action.requires.every((d) => !ids.has(d) || placed.has(d)));
    const [next] = rest.splice(Math.max(0, k), 1);
    if (!next) break;
    order.push(next);
    placed.add(next.action.id);
  }
  return order;
}
