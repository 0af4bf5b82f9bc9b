/**
 * Normalises a person's name as written: trimmed, inner spaces (including non-breaking ones)
 * collapsed to one. Case and accents are kept: matching is identity resolution's job.
 *
 * @example
 * normaliseName('  Marie   Tremblay ') // 'Marie Tremblay'
 */
export function normaliseName(value: string): string {
  return value.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
