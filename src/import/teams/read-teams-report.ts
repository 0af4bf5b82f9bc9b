import type { AttendanceInput, Batch, EventInput, PersonRef } from '../../model/input.js';
import { EMPTY_BATCH } from '../../model/input.js';
import type { Issue, Result } from '../../model/issue.js';
import { fail, ok } from '../../model/issue.js';
import type { ImportKind, ImportOptions } from '../importer.js';
import { normaliseName } from '../normalise-name.js';
import { parseEmail } from '../parse-email.js';
import { normaliseHeader } from '../sheet/normalise-header.js';
import { parseAttendanceRole } from '../sheet/parse-attendance-role.js';
import type { DayMonthOrder } from '../sheet/parse-date.js';
import type { SheetRow } from '../sheet/sheet.js';
import { decideOrder } from '../zoom/decide-order.js';
import { findColumn } from '../zoom/find-column.js';
import { readRawRows } from '../zoom/read-raw-rows.js';
import { fullYear, parseTeamsDate } from './teams-date.js';
import { FRENCH_MARKERS, PEOPLE, SUMMARY } from './teams-headers.js';
import { type Section, splitSections } from './teams-sections.js';

type Role = AttendanceInput['role'];

function summaryValue(section: Section, aliases: readonly string[]): SheetRow | undefined {
  const keys = aliases.map(normaliseHeader);
  return section.rows.find((row) => keys.includes(normaliseHeader(row.cells[0] ?? '')));
}

function eventOf(summary: Section, order: DayMonthOrder, file: string) {
  const titleRow = summaryValue(summary, SUMMARY.title);
  const startRow = summaryValue(summary, SUMMARY.start);
  const title = normaliseName(titleRow?.cells[1] ?? '');
  const start = parseTeamsDate(startRow?.cells[1] ?? '', order);
  if (title === '') {
    const line = (titleRow ?? summary.title).line;
    return { issue: { file, line, code: 'required_value', params: { field: 'title' } } as Issue };
  }
  if (!start.ok) {
    const value = startRow?.cells[1] ?? '';
    const line = (startRow ?? summary.title).line;
    const issue: Issue = startRow
      ? { file, line, columnNumber: 2, code: 'invalid_value', params: { value, expected: 'date' } }
      : { file, line, code: 'required_value', params: { field: 'date' } };
    return { issue };
  }
  const end = parseTeamsDate(summaryValue(summary, SUMMARY.end)?.cells[1] ?? '', order);
  const event: EventInput = {
    externalId: `teams:${start.value}:${title}`,
    title,
    date: start.value,
    end: end.ok ? end.value : null,
    format: 'virtual',
    kind: null,
    theme: null,
    organizer: null,
    registrants: null,
  };
  return { event };
}

/** Organizer and co-organizer → host, Presenter → speaker, anything else → participant. */
function roleOf(value: string): Role {
  const word = normaliseHeader(value);
  if (word.includes('organi')) return 'host';
  return parseAttendanceRole(value) ?? 'participant';
}

function personOf(name: string, email: string, upn: string): PersonRef | undefined {
  const address = parseEmail(email) ?? parseEmail(upn);
  const clean = normaliseName(name.replace(/\s*\((guest|external|invité|invitée|externe)\)$/i, ''));
  if (address) return clean ? { email: address, name: clean } : { email: address };
  return clean ? { name: clean } : undefined;
}

function attendanceOf(table: Section, event: EventInput, file: string) {
  const [header, ...rows] = table.rows;
  const at = (aliases: readonly string[]) => findColumn(header?.cells ?? [], aliases);
  const [name, email, upn, role] = [
    at(PEOPLE.name),
    at(PEOPLE.email),
    at(PEOPLE.upn),
    at(PEOPLE.role),
  ];
  const cell = (row: SheetRow, index: number | undefined) =>
    index === undefined ? '' : (row.cells[index] ?? '');
  const ref = { externalId: event.externalId, title: event.title, date: event.date };
  const seen = new Map<string, AttendanceInput>();
  const issues: Issue[] = [];
  for (const row of rows) {
    const person = personOf(cell(row, name), cell(row, email), cell(row, upn));
    if (!person) {
      const column = name === undefined ? undefined : header?.cells[name];
      const location = { file, line: row.line, column, columnNumber: (name ?? 0) + 1 };
      issues.push({ ...location, code: 'required_value', params: { field: 'participant' } });
      continue;
    }
    const key = person.email ?? normaliseHeader(person.name ?? '');
    if (!seen.has(key)) seen.set(key, { event: ref, person, role: roleOf(cell(row, role)) });
  }
  return { attendance: [...seen.values()], issues };
}

/**
 * Reads a Microsoft Teams attendance report (UTF-16 LE, tab-separated, English or French):
 * the summary gives the event (`teams:<start>:<title>`, virtual), the participants section one
 * attendance per person with its role (Organizer → host, Presenter → speaker); a report without
 * that section falls back to the in-meeting activities, where several join/leave rows of one
 * person are one attendance. Kind `events` yields the event alone.
 */
export function readTeamsReport(
  bytes: Uint8Array,
  file: string,
  kind: ImportKind,
  options: ImportOptions,
): Result<Batch> {
  const raw = readRawRows(bytes, file, '\t');
  if (!raw.ok) return raw;
  const { summary, participants, activities } = splitSections(raw.value);
  if (!summary) {
    return fail([{ code: 'missing_section', file, line: 1, params: { section: '1. Summary' } }]);
  }
  const french = summary.rows.some((row) =>
    FRENCH_MARKERS.includes(normaliseHeader(row.cells[0] ?? '')),
  );
  const people = participants ?? activities;
  const dates = [...summary.rows, ...(people?.rows ?? [])].flatMap((row) =>
    row.cells.map(fullYear),
  );
  const made = eventOf(
    summary,
    decideOrder(dates, options.dateFormat, french ? 'dmy' : 'mdy'),
    file,
  );
  if (!made.event) return fail([made.issue]);
  if (kind === 'events') return ok({ ...EMPTY_BATCH, events: [made.event] });
  if (!people) {
    const section = '2. Participants';
    return fail([{ code: 'missing_section', file, line: summary.title.line, params: { section } }]);
  }
  const { attendance, issues } = attendanceOf(people, made.event, file);
  if (issues.length > 0) return fail(issues);
  if (attendance.length === 0) return fail([{ code: 'empty_file', file, params: {} }]);
  return ok({ ...EMPTY_BATCH, events: [made.event], attendance });
}
