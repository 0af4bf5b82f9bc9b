import type { Batch } from '../../model/input.js';
import type { Result } from '../../model/issue.js';
import type { ImportKind, ImportOptions } from '../importer.js';
import { readAttendance } from './attendance.js';
import { readContributions } from './contributions.js';
import { readEvents } from './events.js';
import { readMembers } from './members.js';
import { readMessages } from './messages.js';
import type { Sheet } from './sheet.js';
import { readTies } from './ties.js';

const READERS: Readonly<
  Record<ImportKind, (sheet: Sheet, options: ImportOptions) => Result<Batch>>
> = {
  members: readMembers,
  events: readEvents,
  attendance: readAttendance,
  messages: readMessages,
  contributions: readContributions,
  ties: readTies,
};

/**
 * Turns a sheet (from CSV now, XLSX later) into the records of one kind, or every issue found.
 *
 * @example
 * readRecords(sheet, 'members', {}) // { ok: true, value: { members: [...], events: [], ... } }
 */
export function readRecords(sheet: Sheet, kind: ImportKind, options: ImportOptions): Result<Batch> {
  return READERS[kind](sheet, options);
}
