const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/;

/**
 * Validates an email address with a simple pattern (one `@`, a dot in the domain, no spaces)
 * and returns it trimmed and lower-cased; undefined when it is not an address. A `<...>` form
 * (`Marie Tremblay <marie@example.org>`) gives the address inside.
 *
 * @example
 * parseEmail(' Marie.Tremblay@Example.ORG ') // 'marie.tremblay@example.org'
 */
export function parseEmail(value: string): string | undefined {
  const text = value.trim();
  const angled = /<([^<>]+)>\s*$/.exec(text)?.[1] ?? text;
  const address = angled
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  return EMAIL.test(address) ? address : undefined;
}
