import { describe, expect, it } from 'vitest';
import { inferDayMonthOrder } from './day-month-order.js';

describe('inferDayMonthOrder', () => {
  it('reads day-first when a first part is over 12', () => {
    expect(inferDayMonthOrder(['03/04/2024', '25/04/2024'])).toEqual({
      kind: 'order',
      order: 'dmy',
    });
  });

  it('reads month-first when a second part is over 12', () => {
    expect(inferDayMonthOrder(['03/04/2024', '04/25/2024'])).toEqual({
      kind: 'order',
      order: 'mdy',
    });
  });

  it('points at the first ambiguous value when every part is up to 12', () => {
    expect(inferDayMonthOrder(['', '2024-01-02', '03/04/2024'])).toEqual({
      kind: 'ambiguous',
      index: 2,
    });
  });

  it('follows --date-format over the values', () => {
    expect(inferDayMonthOrder(['03/04/2024'], 'mdy')).toEqual({ kind: 'order', order: 'mdy' });
  });

  it('has nothing to decide without numeric dates, or when day equals month', () => {
    expect(inferDayMonthOrder(['2024-03-04', '12 mars 2024'])).toEqual({ kind: 'none' });
    expect(inferDayMonthOrder(['05/05/2024'])).toEqual({ kind: 'none' });
  });
});
