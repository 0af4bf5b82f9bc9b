import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate, parseDateGeneral } from './parse-date.js';

describe('parseDate', () => {
  it.each([
    ['2024-03-12', '2024-03-12'],
    ['2024-3-5', '2024-03-05'],
    ['2024/03/12', '2024-03-12'],
    ['2024-03-12T14:30:00Z', '2024-03-12T14:30:00.000Z'],
    ['2024-03-12T14:30:05.250Z', '2024-03-12T14:30:05.250Z'],
    ['2024-03-12T10:30:00-04:00', '2024-03-12T14:30:00.000Z'],
    ['2024-03-12 14:30', '2024-03-12T14:30:00.000Z'],
    ['2024-03-12 14 h 30', '2024-03-12T14:30:00.000Z'],
    ['12 mars 2024', '2024-03-12'],
    ['1er mai 2023', '2023-05-01'],
    ['mardi 12 mars 2024', '2024-03-12'],
    ['le 3 février 2024', '2024-02-03'],
    ['3 févr. 2024', '2024-02-03'],
    ['15 août 2024 à 9 h 30', '2024-08-15T09:30:00.000Z'],
    ['March 12, 2024', '2024-03-12'],
    ['12 March 2024', '2024-03-12'],
    ['Tuesday, March 12th 2024 2:30 PM', '2024-03-12T14:30:00.000Z'],
    ['25/12/2024', '2024-12-25'],
    ['25.12.2024', '2024-12-25'],
    ['12/25/2024', '2024-12-25'],
    ['25/12/2024 18:00', '2024-12-25T18:00:00.000Z'],
    ['07/07/2024', '2024-07-07'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %s', (input, expected) => {
    expect(parseDate(input)).toEqual({ ok: true, value: expected });
  });

  it('uses the order given for numeric dates', () => {
    expect(parseDate('03/04/2024', 'dmy')).toEqual({ ok: true, value: '2024-04-03' });
    expect(parseDate('03/04/2024', 'mdy')).toEqual({ ok: true, value: '2024-03-04' });
  });

  it('calls a numeric date with both parts up to 12 ambiguous', () => {
    expect(parseDate('03/04/2024')).toEqual({ ok: false, reason: 'ambiguous' });
  });

  it.each([
    '2024-02-30',
    '2023-02-29',
    '31/04/2024',
    '2024-13-01',
    '32 mars 2024',
    '12 brumaire 2024',
    '2024-03-12 25:00',
    '2024-03-12 10:60',
    '13/25/2024',
    '12/03/24',
    'demain',
    '',
  ])('rejects %j', (input) => {
    expect(parseDate(input)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('rejects a day-first date read month-first', () => {
    expect(parseDate('25/12/2024', 'mdy')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('gives a result for any string, never throws', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.constantFrom(undefined, 'dmy', 'mdy'),
        (value, order) => {
          const result = parseDate(value, order as 'dmy' | 'mdy' | undefined);
          if (result.ok) expect(result.value).toMatch(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/);
          else expect(['invalid', 'ambiguous']).toContain(result.reason);
        },
      ),
    );
  });

  it('gives a result for any date-like string, never throws', () => {
    const piece = fc.constantFrom(
      '2024',
      '02',
      '30',
      '12',
      '/',
      '-',
      ' ',
      'T',
      ':',
      'h',
      'mars',
      '1er',
      'Z',
      '+05:00',
      'pm',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const result = parseDate(pieces.join(''));
        expect(result.ok || result.reason === 'invalid' || result.reason === 'ambiguous').toBe(
          true,
        );
      }),
    );
  });

  it('round-trips every calendar date written in ISO', () => {
    const day = fc.date({
      min: new Date('1900-01-01'),
      max: new Date('2099-12-31'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, (date) => {
        const iso = date.toISOString().slice(0, 10);
        expect(parseDate(iso)).toEqual({ ok: true, value: iso });
      }),
    );
  });

  it('gives the same result on its fast path for plain ISO dates as the general reader', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const shaped = fc
      .tuple(
        fc.integer({ min: 900, max: 2999 }).map((n) => String(n).padStart(4, '0')),
        two(13),
        two(32),
        fc.option(fc.tuple(fc.constantFrom('T', ' ', 't', '  '), two(25), two(61)), {
          nil: undefined,
        }),
        fc.option(two(61), { nil: undefined }),
        fc.constantFrom('', '.250', '.5', '.999'),
        fc.constantFrom('', 'Z', 'z', '+02:00'),
        fc.constantFrom('', ' '),
      )
      .map(([y, mo, d, time, s, ms, zone, pad]) => {
        const clock = time ? `${time[0]}${time[1]}:${time[2]}${s ? `:${s}${ms}` : ''}${zone}` : '';
        return `${pad}${y}-${mo}-${d}${clock}${pad}`;
      });
    fc.assert(
      fc.property(fc.oneof(shaped, fc.string({ maxLength: 30 })), (value) => {
        expect(parseDate(value)).toEqual(parseDateGeneral(value));
      }),
      { seed: 11, numRuns: 5000 },
    );
  });
});
