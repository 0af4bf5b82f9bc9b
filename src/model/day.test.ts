import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../analytics/mulberry32.js';
import { MS_PER_DAY, parseDay, parseUtcTimestamp } from './day.js';

describe('parseUtcTimestamp', () => {
  it('reads the store forms as Date.parse does', () => {
    for (const iso of [
      '1970-01-01T00:00:00Z',
      '2021-01-01T00:00:14.000Z',
      '2024-02-29T23:59:59.999Z',
      '2024-02-30T00:00:00Z', // Mar. 1, as Date.parse reads it
      '1969-12-31T23:59:59.500Z',
    ])
      expect(parseUtcTimestamp(iso)).toBe(Date.parse(iso));
  });

  it('leaves every other form to Date.parse (NaN)', () => {
    for (const iso of [
      '2024-01-01',
      '2024-01-01T10:00:00+02:00',
      '2024-01-01T10:00:00',
      '2024-01-01T24:00:00Z',
      '2024-13-01T00:00:00Z',
      '2024-01-32T00:00:00Z',
      '2024-01-01T10:60:00Z',
      '2024-01-01T10:00:00.5Z',
      '2024-01-01T1a:00:00Z',
      '2024-01-01 10:00:00Z',
      'pas une date, vraiment',
    ])
      expect(parseUtcTimestamp(iso)).toBeNaN();
  });

  it('agrees with Date.parse and parseDay on seeded random timestamps', () => {
    const random = mulberry32(7);
    const pad = (value: number, width: number) => String(value).padStart(width, '0');
    for (let k = 0; k < 5000; k++) {
      const int = (below: number) => Math.floor(random() * below);
      const iso = `${pad(1900 + int(300), 4)}-${pad(1 + int(12), 2)}-${pad(1 + int(31), 2)}T${pad(int(24), 2)}:${pad(int(60), 2)}:${pad(int(60), 2)}${k % 2 ? `.${pad(int(1000), 3)}` : ''}Z`;
      const ms = parseUtcTimestamp(iso);
      expect(ms).toBe(Date.parse(iso));
      expect(Math.floor(ms / MS_PER_DAY)).toBe(parseDay(iso));
    }
  });
});
