import type { Batch, TieInput } from '../../model/input.js';
import { EMPTY_BATCH } from '../../model/input.js';
import type { Result } from '../../model/issue.js';
import type { ImportOptions } from '../importer.js';
import type { FieldReader } from './field-reader.js';
import type { FieldOf } from './header-aliases.js';
import { parseNumber } from './parse-number.js';
import { readRows } from './read-rows.js';
import type { Sheet, SheetRow } from './sheet.js';

type Field = FieldOf<'ties'>;

/**
 * A tie weight: a finite number greater than zero (`2,5` accepted).
 *
 * @example
 * parseWeight('2,5') // 2.5
 */
export function parseWeight(value: string): number | undefined {
  const number = parseNumber(value);
  return number !== undefined && number > 0 && Number.isFinite(number) ? number : undefined;
}

function tieOf(read: FieldReader<Field>, row: SheetRow): TieInput | undefined {
  const source = read.requiredPerson(row, 'source');
  const target = read.requiredPerson(row, 'target');
  const weight = read.parsed(row, 'weight', parseWeight, 'positive_number') ?? 1;
  const date = read.date(row, 'date', 'day');
  if (source === null || target === null) return undefined;
  return { source, target, weight, date };
}

/**
 * Reads a ties sheet (product.md §5): each row needs a source and a target (email or name);
 * `weight` defaults to 1 and must be positive; `date` is optional (an undated tie counts at any
 * date).
 */
export function readTies(sheet: Sheet, options: ImportOptions): Result<Batch> {
  const read = readRows(sheet, 'ties', options, ['date'], tieOf);
  return read.ok ? { ...read, value: { ...EMPTY_BATCH, ties: read.value } } : read;
}
