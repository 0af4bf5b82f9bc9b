import type { DateFormat } from '../importer.js';
import { type DayMonthOrder, numericDayMonth } from './parse-date.js';

/**
 * What the values of a date column say about day and month: an order, `ambiguous` (with the
 * first value that cannot be decided), or `none` when no value is a numeric `a/b/yyyy` date.
 */
export type DayMonthInference =
  | { readonly kind: 'order'; readonly order: DayMonthOrder }
  | { readonly kind: 'ambiguous'; readonly index: number }
  | { readonly kind: 'none' };

/**
 * Decides whether a column's numeric dates are day-first or month-first: `--date-format` when
 * given (`ymd` leaves the choice to the values), else `dmy` if any first part is over 12, `mdy`
 * if any second part is, else ambiguous (unless every value has day equal to month).
 *
 * @example
 * inferDayMonthOrder(['03/04/2024', '25/04/2024']) // { kind: 'order', order: 'dmy' }
 */
export function inferDayMonthOrder(
  values: readonly string[],
  dateFormat?: DateFormat,
): DayMonthInference {
  if (dateFormat === 'dmy' || dateFormat === 'mdy') return { kind: 'order', order: dateFormat };
  let firstAmbiguous = -1;
  let dayFirst = false;
  let monthFirst = false;
  values.forEach((value, index) => {
    const parts = numericDayMonth(value);
    if (!parts) return;
    const [a, b] = parts;
    if (a > 12) dayFirst = true;
    else if (b > 12) monthFirst = true;
    else if (a !== b && firstAmbiguous < 0) firstAmbiguous = index;
  });
  // Québec and French exports are day-first, so a column with both kinds of values reads as dmy
  // and its month-first values come out invalid, row by row.
  if (dayFirst) return { kind: 'order', order: 'dmy' };
  if (monthFirst) return { kind: 'order', order: 'mdy' };
  return firstAmbiguous >= 0 ? { kind: 'ambiguous', index: firstAmbiguous } : { kind: 'none' };
}
