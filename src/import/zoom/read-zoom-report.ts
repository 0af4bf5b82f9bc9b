import type { AttendanceInput, Batch, EventInput, PersonRef } from '../../model/input.js';
import { EMPTY_BATCH } from '../../model/input.js';
import type { Issue, Result } from '../../model/issue.js';
import { fail, ok } from '../../model/issue.js';
import type { ImportKind, ImportOptions } from '../importer.js';
import { normaliseName } from '../normalise-name.js';
import { parseEmail } from '../parse-email.js';
import { normaliseHeader } from '../sheet/normalise-header.js';
import { type DayMonthOrder, parseDate } from '../sheet/parse-date.js';
import type { SheetRow } from '../sheet/sheet.js';
import { decideOrder } from './decide-order.js';
import { findColumn, hasColumns } from './find-column.js';
import { readRawRows } from './read-raw-rows.js';
import { FRENCH_MARKERS, PARTICIPANTS, SUMMARY } from './zoom-headers.js';

interface Table {
  readonly header: SheetRow;
  readonly rows: readonly SheetRow[];
}

function cell(row: SheetRow | undefined, index: number | undefined): string {
  return index === undefined ? '' : (row?.cells[index] ?? '');
}

/** Splits the report into its summary block and its participants table. */
function tablesOf(rows: readonly SheetRow[]) {
  const s = rows.findIndex((row) => hasColumns(row.cells, [SUMMARY.id, SUMMARY.topic]));
  const p = rows.findIndex((row) => hasColumns(row.cells, [PARTICIPANTS.name, PARTICIPANTS.join]));
  const summary = s >= 0 && s + 1 !== p ? rows[s] : undefined;
  const participants: Table | undefined =
    p >= 0 ? { header: rows[p] as SheetRow, rows: rows.slice(p + 1) } : undefined;
  return { summary, values: summary ? rows[s + 1] : undefined, participants };
}

/** The display name without Zoom's « (original name) » suffix. */
function displayName(value: string): string {
  return normaliseName(value.replace(/\s*\([^()]*\)\s*$/, '')) || normaliseName(value);
}

function personOf(name: string, email: string): PersonRef | undefined {
  const address = parseEmail(email);
  const cleanName = displayName(name);
  if (address) return cleanName ? { email: address, name: cleanName } : { email: address };
  return cleanName ? { name: cleanName } : undefined;
}

function eventOf(header: SheetRow, values: SheetRow, order: DayMonthOrder, file: string) {
  const at = (aliases: readonly string[]) => findColumn(header.cells, aliases);
  const id = cell(values, at(SUMMARY.id)).replace(/\s+/g, '');
  const title = normaliseName(cell(values, at(SUMMARY.topic)));
  const startText = cell(values, at(SUMMARY.start));
  const start = parseDate(startText, order);
  const end = parseDate(cell(values, at(SUMMARY.end)), order);
  if (!start.ok || id === '' || title === '') {
    const index = !start.ok ? at(SUMMARY.start) : id === '' ? at(SUMMARY.id) : at(SUMMARY.topic);
    const location = { file, line: values.line, column: cell(header, index) };
    const issue: Issue = start.ok
      ? { ...location, code: 'required_value', params: { field: id === '' ? 'id' : 'title' } }
      : { ...location, code: 'invalid_value', params: { value: startText, expected: 'date' } };
    return { issue: { ...issue, columnNumber: (index ?? 0) + 1 } };
  }
  const host = parseEmail(cell(values, at(SUMMARY.host)));
  const event: EventInput = {
    externalId: `zoom:${id}:${start.value.slice(0, 10)}`,
    title,
    date: start.value,
    end: end.ok ? end.value : null,
    format: 'virtual',
    kind: null,
    theme: null,
    organizer: host ? { email: host } : null,
    registrants: null,
  };
  return { event, host };
}

function attendanceOf(table: Table, event: EventInput, host: string | undefined, file: string) {
  const name = findColumn(table.header.cells, PARTICIPANTS.name);
  const email = findColumn(table.header.cells, PARTICIPANTS.email);
  const seen = new Map<string, AttendanceInput>();
  const issues: Issue[] = [];
  const ref = { externalId: event.externalId, title: event.title, date: event.date };
  for (const row of table.rows) {
    const person = personOf(cell(row, name), cell(row, email));
    if (!person) {
      const column = cell(table.header, name);
      const at = { file, line: row.line, column, columnNumber: (name ?? 0) + 1 };
      issues.push({ ...at, code: 'required_value', params: { field: 'participant' } });
      continue;
    }
    const key = person.email ?? normaliseHeader(person.name ?? '');
    const role = host !== undefined && person.email === host ? 'host' : 'participant';
    if (!seen.has(key)) seen.set(key, { event: ref, person, role });
  }
  return { attendance: [...seen.values()], issues };
}

/**
 * Reads a Zoom participant report (English or French web portal): the meeting summary gives
 * the event (`zoom:<meeting id>:<start day>`, virtual, the host as organizer), the participants
 * table one attendance per person (several join/leave rows of one email, or of one name when
 * there is no email, are one attendance; the host's is `host`). Kind `events` yields the event
 * alone. Numeric dates follow `--date-format`, else the values, else the language.
 */
export function readZoomReport(
  bytes: Uint8Array,
  file: string,
  kind: ImportKind,
  options: ImportOptions,
): Result<Batch> {
  const raw = readRawRows(bytes, file, ',');
  if (!raw.ok) return raw;
  const { summary, values, participants } = tablesOf(raw.value);
  if (!summary || !values) {
    return fail([{ code: 'missing_section', file, line: 1, params: { section: 'Meeting ID' } }]);
  }
  if (!participants) {
    const section = 'Name (Original Name)';
    return fail([{ code: 'missing_section', file, line: values.line + 1, params: { section } }]);
  }
  const french = summary.cells.some((c) => FRENCH_MARKERS.includes(normaliseHeader(c)));
  const dates = [...values.cells, ...participants.rows.flatMap((row) => row.cells)];
  const order = decideOrder(dates, options.dateFormat, french ? 'dmy' : 'mdy');
  const made = eventOf(summary, values, order, file);
  if (!made.event) return fail([made.issue]);
  if (kind === 'events') return ok({ ...EMPTY_BATCH, events: [made.event] });
  const { attendance, issues } = attendanceOf(participants, made.event, made.host, file);
  if (issues.length > 0) return fail(issues);
  if (attendance.length === 0) return fail([{ code: 'empty_file', file, params: {} }]);
  return ok({ ...EMPTY_BATCH, events: [made.event], attendance });
}
