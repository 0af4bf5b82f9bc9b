import { type DateParse, type DayMonthOrder, parseDate } from '../sheet/parse-date.js';

const TWO_DIGIT_YEAR = /^(\d{1,2}[/.-]\d{1,2}[/.-])(\d{2})(?!\d)/;

/**
 * Writes a two-digit year as four (`3/14/24, 2:03:45 PM` → `3/14/2024, 2:03:45 PM`): Teams'
 * en-US reports use short years, all of them in this century.
 *
 * @example
 * fullYear('3/14/24, 2:03:45 PM') // '3/14/2024, 2:03:45 PM'
 */
export function fullYear(value: string): string {
  return value.trim().replace(TWO_DIGIT_YEAR, '$120$2');
}

/**
 * Parses a date of a Teams report: `3/14/24, 2:03:45 PM` (en-US), `2024-03-14 14:03:45`
 * (fr-CA), `14/03/2024 14:03:45` (fr-FR), with the report's day/month order.
 *
 * @example
 * parseTeamsDate('3/14/24, 2:03:45 PM', 'mdy') // { ok: true, value: '2024-03-14T14:03:45.000Z' }
 */
export function parseTeamsDate(value: string, order: DayMonthOrder): DateParse {
  return parseDate(fullYear(value), order);
}
