/** What takes the place of a removed name, email, handle or text. */
export const REDACTED = '[…]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The terms that identify a person in free text, longest first so that a full name is replaced
 * before one of its parts; terms under three characters are left out (they would remove
 * ordinary words).
 */
export function personalTerms(values: readonly (string | null | undefined)[]): string[] {
  const terms = new Set<string>();
  for (const value of values) {
    const term = value?.trim();
    if (term && term.length >= 3) terms.add(term);
  }
  return [...terms].sort((a, b) => b.length - a.length);
}

/**
 * A function that replaces every whole-word occurrence of the terms (any case) with
 * `REDACTED`, or undefined when there are no terms.
 *
 * @example redactor(['Alice Roy'])?.('merci Alice Roy !') // 'merci […] !'
 */
export function redactor(terms: readonly string[]): ((text: string) => string) | undefined {
  if (terms.length === 0) return undefined;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:${terms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`,
    'giu',
  );
  return (text) => text.replace(pattern, REDACTED);
}
