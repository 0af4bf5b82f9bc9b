/** A time of day, with the UTC offset written beside it (0 when there is none). */
export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  readonly offsetMinutes: number;
}

const TIME =
  /^(\d{1,2})(?:\s*(?::|h)\s*(\d{2})?)(?::(\d{2})(?:[.,](\d{1,3})\d*)?)?\s*(am|pm|a\.m\.|p\.m\.)?\s*(z|utc|[+-]\d{2}(?::?\d{2})?)?$/i;

function offsetOf(zone: string | undefined): number {
  if (!zone || /^(z|utc)$/i.test(zone)) return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
}

function to24(hour: number, meridiem: string | undefined): number | undefined {
  if (!meridiem) return hour;
  if (hour < 1 || hour > 12) return undefined;
  const pm = meridiem.toLowerCase().startsWith('p');
  return (hour % 12) + (pm ? 12 : 0);
}

/**
 * Parses a time of day: `14:30`, `14:30:05`, `14:30:05.250Z`, `14:30-04:00`, `14 h 30`, `14h`,
 * `2:30 PM`. Returns undefined for anything else or an impossible time.
 *
 * @example
 * parseTime('14 h 30') // { hour: 14, minute: 30, second: 0, millisecond: 0, offsetMinutes: 0 }
 */
export function parseTime(text: string): TimeOfDay | undefined {
  const match = TIME.exec(text.trim());
  if (!match) return undefined;
  const [, h, m, s, ms, meridiem, zone] = match;
  const hour = to24(Number(h), meridiem);
  const minute = Number(m ?? '0');
  const second = Number(s ?? '0');
  if (hour === undefined || hour > 23 || minute > 59 || second > 59) return undefined;
  const offsetMinutes = offsetOf(zone);
  if (Math.abs(offsetMinutes) > 14 * 60) return undefined;
  const millisecond = Number((ms ?? '').padEnd(3, '0'));
  return { hour, minute, second, millisecond, offsetMinutes };
}
