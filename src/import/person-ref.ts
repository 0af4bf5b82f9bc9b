import type { PersonRef } from '../model/input.js';
import { normaliseName } from './normalise-name.js';
import { parseEmail } from './parse-email.js';

/**
 * Turns a cell naming a person into a PersonRef: a value with `@` is an email (undefined when
 * it is not a valid one), anything else a name. Undefined for an empty value.
 *
 * @example
 * personRef('Marie@Example.org') // { email: 'marie@example.org' }
 * personRef(' Jean  Roy ') // { name: 'Jean Roy' }
 */
export function personRef(value: string): PersonRef | undefined {
  if (value.includes('@')) {
    const email = parseEmail(value);
    return email ? { email } : undefined;
  }
  const name = normaliseName(value);
  return name ? { name } : undefined;
}

/** The key a PersonRef is known by in a default external id: its email, else its name. */
export function personKey(ref: PersonRef): string {
  return ref.email ?? ref.handle?.value ?? ref.name ?? '';
}
