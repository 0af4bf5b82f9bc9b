import type { Batch, ContributionInput } from '../../model/input.js';
import { EMPTY_BATCH } from '../../model/input.js';
import type { Result } from '../../model/issue.js';
import type { ImportOptions } from '../importer.js';
import type { FieldReader } from './field-reader.js';
import type { FieldOf } from './header-aliases.js';
import { readRows } from './read-rows.js';
import type { Sheet, SheetRow } from './sheet.js';

type Field = FieldOf<'contributions'>;

function contributionOf(read: FieldReader<Field>, row: SheetRow): ContributionInput | undefined {
  const author = read.requiredPerson(row, 'author');
  const date = read.requiredDate(row, 'date', 'any');
  if (author === null || date === null) return undefined;
  return { author, date, kind: read.text(row, 'kind') ?? '', title: read.text(row, 'title') ?? '' };
}

/**
 * Reads a contributions sheet (product.md §5): each row needs an author and a date; a missing
 * kind or title is `''`.
 */
export function readContributions(sheet: Sheet, options: ImportOptions): Result<Batch> {
  const read = readRows(sheet, 'contributions', options, ['date'], contributionOf);
  return read.ok ? { ...read, value: { ...EMPTY_BATCH, contributions: read.value } } : read;
}
