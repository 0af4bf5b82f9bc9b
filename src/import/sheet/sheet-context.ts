import type { Issue, Result } from '../../model/issue.js';
import { fail, ok } from '../../model/issue.js';
import type { ImportKind, ImportOptions } from '../importer.js';
import { type DayMonthInference, inferDayMonthOrder } from './day-month-order.js';
import type { FieldOf } from './header-aliases.js';
import { type ColumnMap, mapColumns } from './map-columns.js';
import type { DayMonthOrder } from './parse-date.js';
import type { Sheet } from './sheet.js';

/** What reading the rows of a sheet needs: its columns, date orders, and the issues so far. */
export interface SheetContext<F extends string> {
  readonly sheet: Sheet;
  readonly columns: ColumnMap<F>;
  /** Day/month order of each date column that has numeric dates. */
  readonly orders: Partial<Record<F, DayMonthOrder>>;
  /** Date columns already reported as ambiguous, whose rows add no further issue. */
  readonly ambiguous: ReadonlySet<F>;
  /** Issues found so far; row readers append to it. */
  readonly issues: Issue[];
}

function inferAll<F extends string>(
  sheet: Sheet,
  columns: ColumnMap<F>,
  dateFields: readonly F[],
  options: ImportOptions,
): Map<F, DayMonthInference> {
  const inferences = new Map<F, DayMonthInference>();
  for (const field of dateFields) {
    const index = columns[field];
    if (index === undefined) continue;
    const values = sheet.rows.map((row) => row.cells[index] ?? '');
    inferences.set(field, inferDayMonthOrder(values, options.dateFormat));
  }
  return inferences;
}

/**
 * Prepares a sheet for one kind: maps its columns (failing on a missing required column), then
 * decides the day/month order of each date column from its values. A column that stays
 * ambiguous borrows the order of another date column of the same file, else gives one
 * `ambiguous_date` issue asking for `--date-format`.
 */
export function sheetContext<K extends ImportKind>(
  sheet: Sheet,
  kind: K,
  options: ImportOptions,
  dateFields: readonly FieldOf<K>[],
): Result<SheetContext<FieldOf<K>>> {
  const mapped = mapColumns(kind, sheet.header, options, sheet.file);
  if (!mapped.ok) return fail(mapped.issues);
  const columns = mapped.value;
  const inferences = inferAll(sheet, columns, dateFields, options);
  const decided = [...inferences.values()].find((inference) => inference.kind === 'order');
  const orders: Partial<Record<FieldOf<K>, DayMonthOrder>> = {};
  const ambiguous = new Set<FieldOf<K>>();
  const issues: Issue[] = [];
  for (const [field, inference] of inferences) {
    const chosen = inference.kind === 'ambiguous' ? decided : inference;
    if (chosen?.kind === 'order') orders[field] = chosen.order;
    else if (inference.kind === 'ambiguous') {
      ambiguous.add(field);
      const index = columns[field] ?? 0;
      const row = sheet.rows[inference.index];
      issues.push({
        code: 'ambiguous_date',
        file: sheet.file,
        line: row?.line,
        column: sheet.header[index],
        columnNumber: index + 1,
        params: { value: row?.cells[index] ?? '' },
      });
    }
  }
  return ok({ sheet, columns, orders, ambiguous, issues });
}
