/**
 * Normalises a header (or an alias, or a field name) for matching: lower case, accents removed,
 * every run of punctuation and spaces collapsed to one space.
 *
 * @example
 * normaliseHeader("  Date d'adhésion ") // 'date d adhesion'
 * normaliseHeader('joined_at') // 'joined at'
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
