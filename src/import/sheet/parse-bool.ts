import { normaliseHeader } from './normalise-header.js';

const TRUE = new Set(['yes', 'y', 'oui', 'o', 'true', 'vrai', '1', 'x']);
const FALSE = new Set(['no', 'n', 'non', 'false', 'faux', '0']);

/**
 * Reads a yes/no cell in French or English (`oui`, `non`, `yes`, `no`, `true`, `false`, `1`,
 * `0`, and `x` for a ticked box); undefined when the value is none of these.
 *
 * @example
 * parseBool('Oui') // true
 */
export function parseBool(value: string): boolean | undefined {
  const word = normaliseHeader(value);
  if (TRUE.has(word)) return true;
  if (FALSE.has(word)) return false;
  return undefined;
}
