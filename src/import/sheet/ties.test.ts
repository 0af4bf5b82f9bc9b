import { describe, expect, it } from 'vitest';
import { readNative } from '../read-native.js';
import { batchOf, csv, issuesOf, readFixture } from '../test-support/fixture.js';

describe('readTies', () => {
  it('reads weights (default 1, French decimals) and optional dates', () => {
    const { ties } = batchOf(readFixture('ties', 'liens.csv'));
    expect(ties).toEqual([
      {
        source: { email: 'marie.tremblay@example.org' },
        target: { name: 'Jean Roy' },
        weight: 2,
        date: '2024-11-15',
      },
      { source: { name: 'Jean Roy' }, target: { name: 'Sophie Gagnon' }, weight: 1.5, date: null },
      {
        source: { name: 'Sophie Gagnon' },
        target: { email: 'l.cote@diffusion.ca' },
        weight: 1,
        date: null,
      },
    ]);
  });

  it('refuses a weight that is not positive', () => {
    const issues = issuesOf(readNative('ties', csv('source,target,weight\nA,B,0\n'), 't.csv'));
    expect(issues[0]).toMatchObject({ params: { value: '0', expected: 'positive_number' } });
  });
});
