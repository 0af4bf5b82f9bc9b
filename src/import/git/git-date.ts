import { parseDate } from '../sheet/parse-date.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** `git log`'s default date: `Thu Mar 14 14:03:45 2024 -0400`. */
const DEFAULT_DATE =
  /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{1,2}) (\d{2}:\d{2}:\d{2}) (\d{4}) ([+-]\d{4})$/;

/**
 * Reads a git author date as an ISO instant in UTC: `%aI` (`2024-03-14T14:03:45-04:00`),
 * `--date=iso` (`2024-03-14 14:03:45 -0400`) or the default `Thu Mar 14 14:03:45 2024 -0400`;
 * undefined for anything else.
 *
 * @example
 * parseGitDate('Thu Mar 14 14:03:45 2024 -0400') // '2024-03-14T18:03:45.000Z'
 */
export function parseGitDate(value: string): string | undefined {
  const text = value.trim();
  const match = DEFAULT_DATE.exec(text);
  if (match) {
    const [, month, day, time, year, zone] = match;
    const number = MONTHS.indexOf((month ?? '').toLowerCase()) + 1;
    if (number === 0) return undefined;
    const iso = `${year}-${String(number).padStart(2, '0')}-${(day ?? '').padStart(2, '0')}`;
    return parseGitDate(`${iso} ${time} ${zone}`);
  }
  const parsed = parseDate(text);
  return parsed.ok && parsed.value.length > 10 ? parsed.value : undefined;
}
