import type { DateFormat } from '../importer.js';
import { inferDayMonthOrder } from '../sheet/day-month-order.js';
import type { DayMonthOrder } from '../sheet/parse-date.js';

/**
 * The day/month order of every numeric date in one report: `--date-format` when given, else
 * what the values show (a part over 12), else the interface language's habit (`fallback`:
 * month-first for an English Zoom or Teams, day-first for a French one).
 *
 * @example
 * decideOrder(['03/04/2024 10:00:00 AM'], undefined, 'mdy') // 'mdy'
 */
export function decideOrder(
  values: readonly string[],
  dateFormat: DateFormat | undefined,
  fallback: DayMonthOrder,
): DayMonthOrder {
  const inference = inferDayMonthOrder(values, dateFormat);
  return inference.kind === 'order' ? inference.order : fallback;
}
