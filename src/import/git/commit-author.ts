import type { PersonRef } from '../../model/input.js';
import { normaliseName } from '../normalise-name.js';
import { parseEmail } from '../parse-email.js';

/**
 * A commit's author as a PersonRef: the email when it is a valid address (lower-cased), and
 * the name; undefined when both are empty or unusable.
 *
 * @example
 * commitAuthor('Marie Tremblay', 'Marie@LaVitrine.com')
 * // { email: 'marie@lavitrine.com', name: 'Marie Tremblay' }
 */
export function commitAuthor(name: string, email: string): PersonRef | undefined {
  const address = parseEmail(email);
  const clean = normaliseName(name);
  if (address) return clean ? { email: address, name: clean } : { email: address };
  return clean ? { name: clean } : undefined;
}
