import type { PersonRef } from '../../model/input.js';
import type { Issue, Location } from '../../model/issue.js';
import { restoreFormulaText } from '../../model/spreadsheet-cell.js';
import { personRef } from '../person-ref.js';
import { parseBool } from './parse-bool.js';
import { parseDate } from './parse-date.js';
import type { SheetRow } from './sheet.js';
import type { SheetContext } from './sheet-context.js';

/** How precise a date field is: a day, an instant (date-time), or whatever the cell holds. */
export type DatePrecision = 'day' | 'instant' | 'any';

/** Typed access to the cells of a row by field, recording an issue for every bad value. */
export interface FieldReader<F extends string> {
  /** Where a field's cell sits in a row, for issues. */
  at(row: SheetRow, field: F): Location;
  /** Records an `invalid_value` issue for a field's cell. */
  invalid(row: SheetRow, field: F, value: string, expected: string): void;
  /** The trimmed cell, or null when empty or when the column is absent. */
  text(row: SheetRow, field: F): string | null;
  /** Like `text`, recording `required_value` when empty. */
  required(row: SheetRow, field: F): string | null;
  /** A date in ISO form at the given precision, or null (empty, or invalid and recorded). */
  date(row: SheetRow, field: F, precision: DatePrecision): string | null;
  /** Like `date`, recording `required_value` when empty. */
  requiredDate(row: SheetRow, field: F, precision: DatePrecision): string | null;
  /** A yes/no cell; null when empty. */
  bool(row: SheetRow, field: F): boolean | null;
  /** A PersonRef (email with `@`, else name); null when empty or invalid (recorded). */
  person(row: SheetRow, field: F): PersonRef | null;
  /** Like `person`, recording `required_value` when empty. */
  requiredPerson(row: SheetRow, field: F): PersonRef | null;
  /** A cell read by a parser; null when empty or unrecognised (recorded with `expected`). */
  parsed<T>(
    row: SheetRow,
    field: F,
    parse: (value: string) => T | undefined,
    expected: string,
  ): T | null;
}

function atPrecision(value: string, precision: DatePrecision): string {
  if (precision === 'day') return value.slice(0, 10);
  if (precision === 'instant' && value.length === 10) return `${value}T00:00:00.000Z`;
  return value;
}

/**
 * Builds the field reader of a prepared sheet; issues go to `context.issues`.
 *
 * @example
 * const read = fieldReader(context);
 * const email = read.parsed(row, 'email', parseEmail, 'email');
 */
export function fieldReader<F extends string>(context: SheetContext<F>): FieldReader<F> {
  const { sheet, columns, issues } = context;
  const push = (issue: Issue) => issues.push(issue);
  const reader: FieldReader<F> = {
    at(row, field) {
      const index = columns[field];
      if (index === undefined) return { file: sheet.file, line: row.line };
      const column = sheet.header[index] ?? '';
      return { file: sheet.file, line: row.line, column, columnNumber: index + 1 };
    },
    invalid(row, field, value, expected) {
      push({ ...reader.at(row, field), code: 'invalid_value', params: { value, expected } });
    },
    text(row, field) {
      const index = columns[field];
      const value = index === undefined ? '' : (row.cells[index] ?? '');
      // A cell Pouls neutralised against formula injection reads back as written.
      return value === '' ? null : restoreFormulaText(value);
    },
    required(row, field) {
      const value = reader.text(row, field);
      if (value === null)
        push({ ...reader.at(row, field), code: 'required_value', params: { field } });
      return value;
    },
    date(row, field, precision) {
      const value = reader.text(row, field);
      if (value === null) return null;
      const parsed = parseDate(value, context.orders[field]);
      if (parsed.ok) return atPrecision(parsed.value, precision);
      if (parsed.reason === 'invalid' || !context.ambiguous.has(field)) {
        reader.invalid(row, field, value, 'date');
      }
      return null;
    },
    requiredDate(row, field, precision) {
      return reader.required(row, field) === null ? null : reader.date(row, field, precision);
    },
    bool(row, field) {
      return reader.parsed(row, field, parseBool, 'yes_no');
    },
    person(row, field) {
      return reader.parsed(row, field, personRef, 'email');
    },
    requiredPerson(row, field) {
      return reader.required(row, field) === null ? null : reader.person(row, field);
    },
    parsed(row, field, parse, expected) {
      const value = reader.text(row, field);
      if (value === null) return null;
      const result = parse(value);
      if (result === undefined) reader.invalid(row, field, value, expected);
      return result ?? null;
    },
  };
  return reader;
}
