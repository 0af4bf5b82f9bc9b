import type { AttendanceInput, Batch, EventInput, EventRef, PersonRef } from '../../model/input.js';
import { EMPTY_BATCH } from '../../model/input.js';
import type { Issue, Result } from '../../model/issue.js';
import { fail, ok } from '../../model/issue.js';
import type { ImportKind, ImportOptions } from '../importer.js';
import { normaliseName } from '../normalise-name.js';
import { parseEmail } from '../parse-email.js';
import { normaliseHeader } from '../sheet/normalise-header.js';
import { parseDate } from '../sheet/parse-date.js';
import type { Sheet, SheetRow } from '../sheet/sheet.js';
import { decideOrder } from '../zoom/decide-order.js';
import { findColumn } from '../zoom/find-column.js';
import type { AttendeeSpec } from './attendee-spec.js';
import { attendeeStatus, isCheckedIn } from './attendee-status.js';

type Columns = { readonly [K in keyof AttendeeSpec['columns']]: number | undefined };

interface Row {
  readonly event: EventRef & { readonly title: string };
  readonly key: string;
  readonly person: PersonRef;
  readonly status: ReturnType<typeof attendeeStatus>;
  readonly checkedIn: boolean;
}

function columnsOf(sheet: Sheet, spec: AttendeeSpec): Columns {
  const entries = Object.entries(spec.columns).map(([field, aliases]) => [
    field,
    findColumn(sheet.header, aliases),
  ]);
  return Object.fromEntries(entries) as Columns;
}

function missingColumns(columns: Columns, file: string): Issue[] {
  const issues: Issue[] = [];
  if (columns.event === undefined) {
    issues.push({ code: 'missing_column', file, line: 1, params: { field: 'event' } });
  }
  const named = [columns.email, columns.fullName, columns.firstName, columns.lastName];
  if (named.every((index) => index === undefined)) {
    issues.push({
      code: 'missing_any_column',
      file,
      line: 1,
      params: { fields: ['email', 'name'] },
    });
  }
  return issues;
}

/** Reads one row; records an issue and returns undefined when it cannot be read. */
function rowOf(
  sheet: Sheet,
  spec: AttendeeSpec,
  columns: Columns,
  order: 'dmy' | 'mdy',
  row: SheetRow,
  issues: Issue[],
) {
  const cell = (index: number | undefined) => (index === undefined ? '' : (row.cells[index] ?? ''));
  const at = (index: number | undefined) =>
    index === undefined
      ? { file: sheet.file, line: row.line }
      : { file: sheet.file, line: row.line, column: sheet.header[index], columnNumber: index + 1 };
  const title = normaliseName(cell(columns.event));
  const emailText = cell(columns.email);
  const email = parseEmail(emailText);
  const name = normaliseName(
    cell(columns.fullName) || `${cell(columns.firstName)} ${cell(columns.lastName)}`,
  );
  const dateText = cell(columns.eventDate);
  const date = dateText === '' ? undefined : parseDate(dateText, order);
  if (emailText !== '' && !email) {
    issues.push({
      ...at(columns.email),
      code: 'invalid_value',
      params: { value: emailText, expected: 'email' },
    });
  }
  if (date && !date.ok) {
    issues.push({
      ...at(columns.eventDate),
      code: 'invalid_value',
      params: { value: dateText, expected: 'date' },
    });
  }
  if (title === '')
    issues.push({ ...at(columns.event), code: 'required_value', params: { field: 'event' } });
  if (!email && name === '' && emailText === '') {
    issues.push({
      ...at(columns.email ?? columns.fullName),
      code: 'required_value',
      params: { field: 'participant' },
    });
  }
  if (title === '' || (!email && name === '') || (emailText !== '' && !email) || (date && !date.ok))
    return undefined;
  const person: PersonRef = email ? (name ? { email, name } : { email }) : { name };
  const id = cell(columns.eventId);
  const day = date?.ok ? date.value : undefined;
  const externalId = `${spec.source}:${id || title}${day ? `:${day}` : ''}`;
  const event = day ? { externalId, title, date: day } : { title };
  return {
    event,
    key: `${externalId}|${email ?? normaliseHeader(name)}`,
    person,
    status: attendeeStatus(cell(columns.status)),
    checkedIn: columns.checkIn === undefined ? false : isCheckedIn(cell(columns.checkIn)),
  } satisfies Row;
}

function eventsOf(rows: readonly Row[]): EventInput[] {
  const events = new Map<string, EventInput & { registrants: number }>();
  for (const { event, status } of rows) {
    if (event.externalId === undefined || event.date === undefined) continue;
    const known = events.get(event.externalId) ?? {
      externalId: event.externalId,
      title: event.title,
      date: event.date,
      end: null,
      format: null,
      kind: null,
      theme: null,
      organizer: null,
      registrants: 0,
    };
    if (status !== 'cancelled') known.registrants += 1;
    events.set(event.externalId, known);
  }
  return [...events.values()];
}

/**
 * Reads an attendee export (Eventbrite, Zeffy) once it is a sheet. Cancelled rows (refunded,
 * transferred, not attending) never count. When the export tells who came — a check-in column,
 * or, for one event, at least one « Checked In » status — only checked-in rows are attendances;
 * otherwise every remaining row is (registered means came). One attendance per person and event. Events are created only when an
 * event date column gives their day (`<source>:<event id or name>:<date>`, registrants = rows
 * not cancelled); without it, attendances name their event by title, to match an event
 * already imported.
 */
export function readAttendeeSheet(
  sheet: Sheet,
  spec: AttendeeSpec,
  kind: ImportKind,
  options: ImportOptions,
): Result<Batch> {
  const columns = columnsOf(sheet, spec);
  const missing = missingColumns(columns, sheet.file);
  if (missing.length > 0) return fail(missing);
  const dates =
    columns.eventDate === undefined
      ? []
      : sheet.rows.map((row) => row.cells[columns.eventDate as number] ?? '');
  const order = decideOrder(dates, options.dateFormat, spec.defaultOrder);
  const issues: Issue[] = [];
  const rows = sheet.rows.flatMap((row) => rowOf(sheet, spec, columns, order, row, issues) ?? []);
  if (issues.length > 0) return fail(issues);
  const events = eventsOf(rows);
  if (kind === 'events') return ok({ ...EMPTY_BATCH, events });
  const eventKey = (row: Row) => row.event.externalId ?? row.event.title;
  const tracked = new Set(rows.filter((r) => r.status === 'checked_in').map(eventKey));
  const came = rows.filter(
    (row) =>
      row.status !== 'cancelled' &&
      (row.checkedIn ||
        row.status === 'checked_in' ||
        (columns.checkIn === undefined && !tracked.has(eventKey(row)))),
  );
  const attendance = new Map<string, AttendanceInput>();
  for (const { key, event, person } of came) {
    if (!attendance.has(key)) attendance.set(key, { event, person, role: 'participant' });
  }
  return ok({ ...EMPTY_BATCH, events, attendance: [...attendance.values()] });
}
