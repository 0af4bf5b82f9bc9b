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
    const before = context.issues.length;
    const record = toRecord(read, row, context);
    // A row with any issue is left out whole, so `--skip-invalid` never keeps half a row.
    if (record !== undefined && context.issues.length === before) records.push(record);
  }
  if (context.issues.length === 0) return ok(records);
  // Issues about the file itself (a missing column) always refuse it; row issues may be skipped.
  const rowLevel = context.issues.every((issue) => issue.line !== undefined && issue.line > 1);
  if (options.skipInvalid && rowLevel) return { ok: true, value: records, skipped: context.issues };
  return fail(context.issues);
}
