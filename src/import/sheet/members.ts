import type { Batch, MemberInput } from '../../model/input.js';
import { EMPTY_BATCH } from '../../model/input.js';
import type { Result } from '../../model/issue.js';
import type { ImportOptions } from '../importer.js';
import { normaliseName } from '../normalise-name.js';
import { normaliseRegion } from '../normalise-region.js';
import { parseEmail } from '../parse-email.js';
import type { FieldReader } from './field-reader.js';
import type { FieldOf } from './header-aliases.js';
import { readRows } from './read-rows.js';
import type { Sheet, SheetRow } from './sheet.js';
import type { SheetContext } from './sheet-context.js';

type Field = FieldOf<'members'>;

/**
 * Splits a list cell on `;` and `|`, items trimmed, empty items dropped.
 *
 * @example
 * splitList('danse; théâtre | cirque') // ['danse', 'théâtre', 'cirque']
 */
export function splitList(value: string | null): string[] {
  if (value === null) return [];
  return value
    .split(/[;|]/)
    .map((item) => normaliseName(item))
    .filter((item) => item !== '');
}

function emailsOf(read: FieldReader<Field>, row: SheetRow): string[] {
  const cell = read.text(row, 'email');
  const emails: string[] = [];
  for (const value of splitList(cell?.replace(/,/g, ';') ?? null)) {
    const email = parseEmail(value);
    if (email) emails.push(email);
    else read.invalid(row, 'email', value, 'email');
  }
  return emails;
}

function memberOf(
  read: FieldReader<Field>,
  row: SheetRow,
  context: SheetContext<Field>,
): MemberInput | undefined {
  const emails = emailsOf(read, row);
  const name = normaliseName(read.text(row, 'name') ?? '');
  const region = read.text(row, 'region');
  const member: MemberInput = {
    name: name || (emails[0] ?? ''),
    emails,
    handles: [],
    organization: read.text(row, 'organization'),
    role: read.text(row, 'role'),
    region: region === null ? null : normaliseRegion(region),
    disciplines: splitList(read.text(row, 'disciplines')),
    orgType: read.text(row, 'org_type'),
    joinedAt: read.date(row, 'joined_at', 'day'),
    leftAt: read.date(row, 'left_at', 'day'),
    staff: read.bool(row, 'staff') ?? false,
  };
  if (member.name !== '') return member;
  if (read.text(row, 'email') === null) {
    read.required(row, context.columns.name === undefined ? 'email' : 'name');
  }
  return undefined;
}

/**
 * Reads a members sheet (product.md §5): each row needs an email or a name; emails (several
 * allowed, separated by `;` or `,`) are validated and lower-cased, regions spelled as in
 * quebec.md, disciplines split on `;` or `|`, dates as ISO days, `staff` a yes/no (empty: no).
 * A member with no name is named by its first email.
 */
export function readMembers(sheet: Sheet, options: ImportOptions): Result<Batch> {
  const read = readRows(sheet, 'members', options, ['joined_at', 'left_at'], memberOf);
  return read.ok ? { ...read, value: { ...EMPTY_BATCH, members: read.value } } : read;
}
