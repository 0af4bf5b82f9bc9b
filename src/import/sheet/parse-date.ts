import { monthNumber, WEEKDAYS } from './month-names.js';
import { parseTime, type TimeOfDay } from './parse-time.js';

/** The order of day and month in a numeric date such as `03/04/2024`. */
export type DayMonthOrder = 'dmy' | 'mdy';

/**
 * A parsed date: ISO `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS.sssZ` when a time is given; or why it
 * failed (`ambiguous`: day and month cannot be told apart without an order).
 */
export type DateParse =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly reason: 'invalid' | 'ambiguous' };

const INVALID: DateParse = { ok: false, reason: 'invalid' };
const AMBIGUOUS: DateParse = { ok: false, reason: 'ambiguous' };
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+|,\s*)(.+))?$/i;
const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:(?:T|\s+|,\s*)(.+))?$/i;
const WORDS =
  /^(?:(\d{1,2})(?:er|re|st|nd|rd|th)? ([a-z]+)|([a-z]+) (\d{1,2})(?:st|nd|rd|th)?) (\d{4})(?: (?:a |at |- )?(.+))?$/;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function build(year: number, month: number, day: number, timeText: string | undefined): DateParse {
  if (!isCalendarDate(year, month, day)) return INVALID;
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (timeText === undefined) return { ok: true, value: date };
  const time: TimeOfDay | undefined = parseTime(timeText);
  if (!time) return INVALID;
  const instant = new Date(`${date}T00:00:00.000Z`);
  instant.setUTCHours(time.hour, time.minute - time.offsetMinutes, time.second, time.millisecond);
  const iso = instant.toISOString();
  return /^\d{4}-/.test(iso) ? { ok: true, value: iso } : INVALID;
}

/**
 * The two leading numbers of a numeric date `a/b/yyyy` (also `-` or `.`), to decide whether a
 * column is day-first or month-first; undefined for other forms.
 */
export function numericDayMonth(value: string): readonly [number, number] | undefined {
  const match = NUMERIC.exec(value.trim());
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

function fromNumeric(match: RegExpExecArray, order: DayMonthOrder | undefined): DateParse {
  const [, a, b, y, time] = match;
  const first = Number(a);
  const second = Number(b);
  const resolved = order ?? (first > 12 ? 'dmy' : second > 12 ? 'mdy' : undefined);
  if (!resolved) return first === second ? build(Number(y), first, first, time) : AMBIGUOUS;
  const [day, month] = resolved === 'dmy' ? [first, second] : [second, first];
  return build(Number(y), month, day, time);
}

function fromWords(text: string): DateParse {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.,]/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
  while (words[0] && (WEEKDAYS.has(words[0]) || words[0] === 'le')) words.shift();
  const match = WORDS.exec(words.join(' '));
  if (!match) return INVALID;
  const [, d1, m1, m2, d2, y, time] = match;
  const month = monthNumber(m1 ?? m2 ?? '');
  if (month === undefined) return INVALID;
  return build(Number(y), month, Number(d1 ?? d2), time);
}

/** The shape most exports write (`2024-03-12`, `2024-03-12 14:30`, `2024-03-12T14:30:05.250Z`). */
const PLAIN_ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?Z?)?$/;

/**
 * The fast path of `parseDate` for a valid date in the shape most exports write, built as text
 * without a Date object; undefined for anything else (the general reader decides then).
 */
function plainIso(text: string): DateParse | undefined {
  const match = PLAIN_ISO.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, ms] = match;
  if (!isCalendarDate(Number(y), Number(mo), Number(d))) return undefined;
  if (h === undefined) return { ok: true, value: `${y}-${mo}-${d}` };
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? '0') > 59) return undefined;
  return { ok: true, value: `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}.${ms ?? '000'}Z` };
}

/**
 * Parses a date as people write it in sheets: ISO date or date-time, `dd/mm/yyyy` or
 * `mm/dd/yyyy` (with `order`, or when one part is over 12), `yyyy-mm-dd hh:mm`, and French or
 * English words (`12 mars 2024`, `1er mai 2023`, `March 12, 2024`). Impossible dates such as
 * 2024-02-30 are invalid. A time without a zone is taken as UTC. Never throws.
 *
 * @example
 * parseDate('12 mars 2024') // { ok: true, value: '2024-03-12' }
 * parseDate('03/04/2024') // { ok: false, reason: 'ambiguous' }
 */
export function parseDate(value: string, order?: DayMonthOrder): DateParse {
  const text = value.trim();
  return plainIso(text) ?? parseDateGeneral(text, order);
}

/**
 * `parseDate` without its fast path for plain ISO dates: the general reader, which gives the
 * same result for every value (tests check it).
 */
export function parseDateGeneral(value: string, order?: DayMonthOrder): DateParse {
  const text = value.trim();
  if (text === '' || text.length > 80) return INVALID;
  const iso = ISO.exec(text);
  if (iso) return build(Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[4]);
  const numeric = NUMERIC.exec(text);
  if (numeric) return fromNumeric(numeric, order);
  return fromWords(text);
}
