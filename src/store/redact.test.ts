import { describe, expect, it } from 'vitest';
import { personalTerms, REDACTED, redactor } from './redact.js';

describe('redactor', () => {
  it('replaces names, emails and handles in any case, as whole words', () => {
    const redact = redactor(personalTerms(['Hélène Roy', 'helene.roy@example.org', 'hroy']));
    expect(redact?.('Merci HÉLÈNE ROY (helene.roy@example.org), cc @hroy')).toBe(
      `Merci ${REDACTED} (${REDACTED}), cc @${REDACTED}`,
    );
  });

  it('leaves words that only contain a term', () => {
    expect(redactor(['roy'])?.('royal Roy')).toBe(`royal ${REDACTED}`);
  });

  it('ignores terms too short to be safe and escapes regular-expression characters', () => {
    expect(personalTerms(['Al', ' ', null, 'a+b@x.org'])).toEqual(['a+b@x.org']);
    expect(redactor(['a+b@x.org'])?.('to a+b@x.org')).toBe(`to ${REDACTED}`);
    expect(redactor([])).toBeUndefined();
  });
});
