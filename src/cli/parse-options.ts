import { isLang, type Lang } from '../i18n/lang.js';
import { PoulsError } from '../model/pouls-error.js';

function usage(key: string, value: string, expected = ''): PoulsError {
  return new PoulsError('usage', `${key}: ${value}`, { params: { key, value, expected } });
}

/** Checks an ISO calendar date given on the command line (`--as-of`). */
export function parseIsoDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw usage('badDate', value);
  }
  return value;
}

/** Checks a language code (`--lang`). */
export function parseLang(value: string): Lang {
  if (!isLang(value)) throw usage('badLang', value);
  return value;
}

/** Checks a positive whole number (`--window`, `--budget`...). */
export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw usage('badNumber', value);
  return n;
}

/** Collects repeated `--map column=field` options into one mapping. */
export function collectMap(
  value: string,
  previous: Record<string, string> = {},
): Record<string, string> {
  const at = value.lastIndexOf('=');
  if (at <= 0 || at === value.length - 1) throw usage('badMap', value);
  return { ...previous, [value.slice(0, at).trim()]: value.slice(at + 1).trim() };
}

/** Checks a value against a closed list. */
export function parseChoice<T extends string>(choices: readonly T[], key: string) {
  return (value: string): T => {
    if (!(choices as readonly string[]).includes(value))
      throw usage(key, value, choices.join(', '));
    return value as T;
  };
}
