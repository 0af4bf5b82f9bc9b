import type { Context } from 'hono';
import { todayOf } from '../app/clock.js';
import { badInput } from './api-error.js';
import type { AppEnv } from './env.js';

/** `?asOf=YYYY-MM-DD` (a real calendar date), else today by the injected clock. */
export function asOfParam(c: Context<AppEnv>): string {
  const value = c.req.query('asOf');
  if (value === undefined || value === '') return todayOf(c.get('deps').clock);
  const date = new Date(`${value}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== value
  ) {
    throw badInput('asOf: YYYY-MM-DD');
  }
  return value;
}

/** An optional numeric query parameter within [min, max] (integers only when `integer`). */
export function numberParam(
  c: Context<AppEnv>,
  name: string,
  range: { min: number; max: number; integer?: boolean },
): number | undefined {
  const value = c.req.query(name);
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (
    !Number.isFinite(n) ||
    n < range.min ||
    n > range.max ||
    (range.integer && !Number.isInteger(n))
  ) {
    throw badInput(`${name}: ${range.min}–${range.max}`);
  }
  return n;
}
