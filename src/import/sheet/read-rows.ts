import type { Result } from '../../model/issue.js';
import { fail, ok } from '../../model/issue.js';
import type { ImportKind, ImportOptions } from '../importer.js';
import { type FieldReader, fieldReader } from './field-reader.js';
import type { FieldOf } from './header-aliases.js';
import type { Sheet, SheetRow } from './sheet.js';
import { type SheetContext, sheetContext } from './sheet-context.js';

/** Turns one row into a record, or undefined when the row has issues (already recorded). */
export type RowToRecord<K extends ImportKind, T> = (
  read: FieldReader<FieldOf<K>>,
  row: SheetRow,
  context: SheetContext<FieldOf<K>>,
) => T | undefined;

/**
 * Reads every row of a sheet as one kind of record: prepares the columns and date orders, runs
 * `toRecord` on each row, and returns the records, or every issue found in the whole sheet.
 */
export function readRows<K extends ImportKind, T>(
  sheet: Sheet,
  kind: K,
  options: ImportOptions,
  dateFields: readonly FieldOf<K>[],
  toRecord: RowToRecord<K, T>,
): Result<T[]> {
  const prepared = sheetContext(sheet, kind, options, dateFields);
  if (!prepared.ok) return prepared;
  const context = prepared.value;
  const read = fieldReader(context);
  const records: T[] = [];
  for (const row of sheet.rows) {
    const record = toRecord(read, row, context);
    if (record !== undefined) records.push(record);
  }
  return context.issues.length > 0 ? fail(context.issues) : ok(records);
}
