import { describe, expect, it } from 'vitest';
import { excelSerialDate, shownDate } from './excel-serial.js';

describe('excelSerialDate', () => {
  it('counts 25569 as 1970-01-01', () => {
    expect(excelSerialDate(25569)).toBe('1970-01-01');
  });

  it('keeps the time of day, to the second', () => {
    expect(excelSerialDate(45365.604166666664)).toBe('2024-03-14 14:30:00');
  });

  it('follows Excel on both sides of its phantom 29 February 1900', () => {
    expect(excelSerialDate(1)).toBe('1900-01-01');
    expect(excelSerialDate(59)).toBe('1900-02-28');
    expect(excelSerialDate(60)).toBe('1900-02-29');
    expect(excelSerialDate(61)).toBe('1900-03-01');
  });

  it('reads serials of the 1904 date system', () => {
    expect(excelSerialDate(0, true)).toBe('1904-01-01');
  });

  it('leaves impossible serials as numbers', () => {
    expect(excelSerialDate(-3)).toBe('-3');
  });
});

describe('shownDate', () => {
  it('shows the UTC parts of a Date', () => {
    expect(shownDate(new Date(Date.UTC(2024, 2, 14, 23, 30)))).toBe('2024-03-14 23:30:00');
  });
});
