import type { AttendanceInput, Batch, EventRef } from '../../model/input.js';
import { EMPTY_BATCH } from '../../model/input.js';
import type { Result } from '../../model/issue.js';
import type { ImportOptions } from '../importer.js';
import { normaliseName } from '../normalise-name.js';
import type { FieldReader } from './field-reader.js';
import type { FieldOf } from './header-aliases.js';
import { parseAttendanceRole } from './parse-attendance-role.js';
import { readRows } from './read-rows.js';
import type { Sheet, SheetRow } from './sheet.js';

type Field = FieldOf<'attendance'>;

function attendanceOf(read: FieldReader<Field>, row: SheetRow): AttendanceInput | undefined {
  const eventValue = read.required(row, 'event');
  const date = read.date(row, 'date', 'any');
  const person = read.requiredPerson(row, 'participant');
  const role = read.parsed(row, 'role', parseAttendanceRole, 'role') ?? 'participant';
  if (eventValue === null || person === null) return undefined;
  const name = normaliseName(eventValue);
  const event: EventRef =
    date === null ? { externalId: name, title: name } : { externalId: name, title: name, date };
  return { event, person, role };
}

/**
 * Reads an attendance sheet (product.md §5): each row needs an event and a participant (email
 * or name); the role defaults to participant. The event cell may be an id or a title, so the
 * EventRef carries it as both `externalId` and `title` (plus `date` when given): whoever resolves
 * it matches the id first, then the title (and date).
 */
export function readAttendance(sheet: Sheet, options: ImportOptions): Result<Batch> {
  const read = readRows(sheet, 'attendance', options, ['date'], attendanceOf);
  return read.ok ? { ...read, value: { ...EMPTY_BATCH, attendance: read.value } } : read;
}
