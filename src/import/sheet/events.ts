import type { Batch, EventInput } from '../../model/input.js';
import { EMPTY_BATCH } from '../../model/input.js';
import type { Result } from '../../model/issue.js';
import type { ImportOptions } from '../importer.js';
import { normaliseName } from '../normalise-name.js';
import type { FieldReader } from './field-reader.js';
import type { FieldOf } from './header-aliases.js';
import { parseDate } from './parse-date.js';
import { parseEventFormat } from './parse-event-format.js';
import { parseNumber } from './parse-number.js';
import { parseTime } from './parse-time.js';
import { readRows } from './read-rows.js';
import type { Sheet, SheetRow } from './sheet.js';

type Field = FieldOf<'events'>;

/**
 * A count of people: a whole number, zero or more.
 *
 * @example
 * parseCount('12') // 12
 */
export function parseCount(value: string): number | undefined {
  const number = parseNumber(value);
  return number !== undefined && Number.isInteger(number) && number >= 0 ? number : undefined;
}

/** The end of an event; a bare time (`16:00`, `16 h`) is taken on the day of the start. */
function endOf(read: FieldReader<Field>, row: SheetRow, start: string | null): string | null {
  const value = read.text(row, 'end');
  if (value !== null && start !== null && parseTime(value)) {
    const parsed = parseDate(`${start.slice(0, 10)} ${value}`);
    if (parsed.ok) return parsed.value;
  }
  return read.date(row, 'end', 'any');
}

function eventOf(read: FieldReader<Field>, row: SheetRow): EventInput | undefined {
  const rawTitle = read.required(row, 'title');
  const date = read.requiredDate(row, 'date', 'any');
  const details = {
    end: endOf(read, row, date),
    format: read.parsed(row, 'format', parseEventFormat, 'format'),
    kind: read.text(row, 'kind'),
    theme: read.text(row, 'theme'),
    organizer: read.person(row, 'organizer'),
    registrants: read.parsed(row, 'registrants', parseCount, 'integer'),
  };
  if (rawTitle === null || date === null) return undefined;
  const title = normaliseName(rawTitle);
  return { externalId: read.text(row, 'id') ?? `${date}|${title}`, title, date, ...details };
}

/**
 * Reads an events sheet (product.md §5): each row needs a title and a date; the external id
 * defaults to `${date}|${title}` so re-imports stay idempotent; `format` accepts English and
 * French words; `registrants` is a whole number.
 */
export function readEvents(sheet: Sheet, options: ImportOptions): Result<Batch> {
  const read = readRows(sheet, 'events', options, ['date', 'end'], eventOf);
  return read.ok ? { ...read, value: { ...EMPTY_BATCH, events: read.value } } : read;
}
