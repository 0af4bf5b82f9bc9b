import { describe, expect, it } from 'vitest';
import { personKey, personRef } from './person-ref.js';

describe('personRef', () => {
  it('reads a value with @ as an email', () => {
    expect(personRef('Ana@Example.org')).toEqual({ email: 'ana@example.org' });
  });

  it('reads anything else as a name, spaces collapsed', () => {
    expect(personRef('  Jean\u00a0  Roy ')).toEqual({ name: 'Jean Roy' });
  });

  it('has nothing for an invalid email or a blank value', () => {
    expect(personRef('ana@')).toBeUndefined();
    expect(personRef('   ')).toBeUndefined();
  });

  it('keys a reference by email, else name', () => {
    expect(personKey({ email: 'a@b.ca', name: 'A' })).toBe('a@b.ca');
    expect(personKey({ name: 'A' })).toBe('A');
  });
});
