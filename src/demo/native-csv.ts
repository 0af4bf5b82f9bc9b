import type { Batch, PersonRef } from '../model/input.js';
import { csvField } from '../model/spreadsheet-cell.js';

/** The kinds of native file a batch is written to (product.md §5). */
export type NativeCsvKind =
  | 'members'
  | 'events'
  | 'attendance'
  | 'messages'
  | 'contributions'
  | 'ties';

type Cell = string | number | null | undefined;

/** A CSV document: a header line, then one line per row, each ended by CRLF (RFC 4180). */
function csv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** How a native file names a person: email first, then handle, then name. */
function person(ref: PersonRef | null): string {
  return ref?.email ?? ref?.handle?.value ?? ref?.name ?? '';
}

/**
 * Writes a batch in Pouls' native CSV formats (product.md §5, English headers, RFC 4180
 * quoting, CRLF line ends, text cells neutralised against formula injection), one document per kind, so importers can be tried on the demo.
 * Mentions and handles have no column in the native formats and are left out.
 * @example
 * const files = batchToNativeCsv(generateDemo().batch);
 * files.members.split('\r\n')[0]; // 'email,name,organization,role,region,disciplines,...'
 */
export function batchToNativeCsv(batch: Batch): Record<NativeCsvKind, string> {
  const eventDates = new Map(batch.events.map((e) => [e.externalId, e.date]));
  return {
    members: csv(
      [
        'email',
        'name',
        'organization',
        'role',
        'region',
        'disciplines',
        'org_type',
        'joined_at',
        'left_at',
        'staff',
      ],
      batch.members.map((m) => [
        m.emails[0],
        m.name,
        m.organization,
        m.role,
        m.region,
        m.disciplines.join(';'),
        m.orgType,
        m.joinedAt,
        m.leftAt,
        m.staff ? 'yes' : 'no',
      ]),
    ),
    events: csv(
      ['id', 'title', 'date', 'end', 'format', 'kind', 'theme', 'organizer', 'registrants'],
      batch.events.map((e) => [
        e.externalId,
        e.title,
        e.date,
        e.end,
        e.format,
        e.kind,
        e.theme,
        person(e.organizer),
        e.registrants,
      ]),
    ),
    attendance: csv(
      ['event', 'date', 'participant', 'role'],
      batch.attendance.map((a) => [
        a.event.externalId ?? a.event.title,
        a.event.date ?? (a.event.externalId ? eventDates.get(a.event.externalId) : undefined),
        person(a.person),
        a.role,
      ]),
    ),
    messages: csv(
      ['id', 'author', 'channel', 'timestamp', 'reply_to', 'thread', 'text'],
      batch.messages.map((m) => [
        m.externalId,
        person(m.author),
        m.channel,
        m.timestamp,
        m.replyTo,
        m.thread,
        m.text,
      ]),
    ),
    contributions: csv(
      ['author', 'date', 'kind', 'title'],
      batch.contributions.map((c) => [person(c.author), c.date, c.kind, c.title]),
    ),
    ties: csv(
      ['source', 'target', 'weight', 'date'],
      batch.ties.map((t) => [person(t.source), person(t.target), t.weight, t.date]),
    ),
  };
}
