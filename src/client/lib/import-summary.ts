/** One figure of an import's summary: its i18n key below `web:imports.summary` and its value. */
export interface SummaryRow {
  readonly key: string;
  readonly value: number;
}

/**
 * The figures of an import's summary, nested counts flattened (`members.added`), in the order the
 * server gives them.
 *
 * @example
 * summaryRows({ members: { added: 3, updated: 0 }, messages: 0 })
 * // [{ key: 'members.added', value: 3 }, { key: 'members.updated', value: 0 }, { key: 'messages', value: 0 }]
 */
export function summaryRows(summary: unknown, prefix = ''): SummaryRow[] {
  if (typeof summary !== 'object' || summary === null) return [];
  return Object.entries(summary).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'number') return [{ key: path, value }];
    if (Array.isArray(value)) return [{ key: path, value: value.length }];
    return summaryRows(value, path);
  });
}
