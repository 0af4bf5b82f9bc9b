import { describe, expect, it } from 'vitest';
import { parseBool } from './parse-bool.js';

describe('parseBool', () => {
  it.each(['yes', 'Oui', 'TRUE', 'vrai', '1', 'x', 'X'])('reads %s as yes', (value) => {
    expect(parseBool(value)).toBe(true);
  });

  it.each(['no', 'Non', 'false', 'faux', '0'])('reads %s as no', (value) => {
    expect(parseBool(value)).toBe(false);
  });

  it('leaves anything else undecided', () => {
    expect(parseBool('peut-être')).toBeUndefined();
  });
});
