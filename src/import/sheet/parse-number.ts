/**
 * Reads a number as written in French or English sheets: `3`, `2.5`, `2,5`, `1 200` (spaces,
 * including non-breaking ones, as thousands separators). Undefined for anything else.
 *
 * @example
 * parseNumber('2,5') // 2.5
 */
export function parseNumber(value: string): number | undefined {
  const compact = value.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!/^[-+]?(\d+([.,]\d+)?|[.,]\d+)$/.test(compact)) return undefined;
  return Number(compact.replace(',', '.'));
}
