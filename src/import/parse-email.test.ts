import { describe, expect, it } from 'vitest';
import { parseEmail } from './parse-email.js';

describe('parseEmail', () => {
  it('lower-cases and trims a valid address', () => {
    expect(parseEmail(' Marie.Tremblay@Example.ORG ')).toBe('marie.tremblay@example.org');
  });

  it('takes the address out of a display form', () => {
    expect(parseEmail('Marie Tremblay <marie@example.org>')).toBe('marie@example.org');
  });

  it.each(['marie@', '@example.org', 'marie@example', 'ma rie@example.org', 'a@b@c.org'])(
    'rejects %j',
    (value) => {
      expect(parseEmail(value)).toBeUndefined();
    },
  );
});
