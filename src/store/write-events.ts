import type { Kysely } from 'kysely';
import type { AttendanceInput, EventInput, EventRef } from '../model/input.js';
import type { Issue } from '../model/issue.js';
import type { BulkSink } from './bulk-sink.js';
import { normaliseName } from './identity-key.js';
import type { PersonResolver } from './person-resolver.js';
import { REDACTED } from './redact.js';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

/** Attendance rows per bulk step. */
const CHUNK = 2000;
interface EventRow {
  id: number;
  external_id: string;
  title: string;
  date: string;
}

/** Adds or updates events, keyed by their external id. */
export async function writeEvents(
  db: Db,
  communityId: number,
  events: readonly EventInput[],
  people: PersonResolver,
): Promise<{ added: number; updated: number }> {
  let added = 0;
  let updated = 0;
  for (const event of events) {
    const values = {
      title: event.title,
      date: event.date,
      end_at: event.end,
      format: event.format,
      kind: event.kind,
      theme: event.theme,
      organizer_id: event.organizer ? await people.resolve(event.organizer) : null,
      registrants: event.registrants,
    };
    const current = await db
      .selectFrom('events')
      .selectAll()
      .where('community_id', '=', communityId)
      .where('external_id', '=', event.externalId)
      .executeTakeFirst();
    if (!current) {
      await db
        .insertInto('events')
        .values({ community_id: communityId, external_id: event.externalId, ...values })
        .execute();
      added++;
      continue;
    }
    // A title an erasure redacted stays redacted: the source may still name the person.
    if (current.title.includes(REDACTED)) values.title = current.title;
    if (
      Object.entries(values).some(([k, v]) => v !== null && v !== current[k as keyof typeof values])
    ) {
      await db.updateTable('events').set(values).where('id', '=', current.id).execute();
      updated++;
    }
  }
  return { added, updated };
}

/** A community's events, looked up by external id and by normalised title. */
interface EventIndex {
  readonly byExternalId: ReadonlyMap<string, EventRow[]>;
  readonly byTitle: ReadonlyMap<string, EventRow[]>;
}

function indexEvents(events: readonly EventRow[]): EventIndex {
  const byExternalId = new Map<string, EventRow[]>();
  const byTitle = new Map<string, EventRow[]>();
  const add = (map: Map<string, EventRow[]>, key: string, event: EventRow) => {
    const list = map.get(key);
    if (list) list.push(event);
    else map.set(key, [event]);
  };
  for (const event of events) {
    add(byExternalId, event.external_id, event);
    add(byTitle, normaliseName(event.title), event);
  }
  return { byExternalId, byTitle };
}

function findEvent({ byExternalId, byTitle }: EventIndex, ref: EventRef): EventRow[] {
  if (ref.externalId) {
    const byId = byExternalId.get(ref.externalId) ?? [];
    if (byId.length > 0) return byId;
  }
  const title = normaliseName(ref.title ?? ref.externalId ?? '');
  const day = ref.date?.slice(0, 10);
  return (byTitle.get(title) ?? []).filter((e) => !day || e.date.startsWith(day));
}

/**
 * Records who attended which event; an event is named by external id, or by title (and date
 * when two events share a title). Unknown or ambiguous events are issues. Written in bulk, a
 * chunk at a time: the same people, created in the same order, as row by row.
 */
export async function writeAttendance(
  db: Db,
  communityId: number,
  rows: readonly AttendanceInput[],
  people: PersonResolver,
  sink: BulkSink,
  file: string,
): Promise<{ added: number; issues: Issue[] }> {
  const events = indexEvents(
    await db
      .selectFrom('events')
      .select(['id', 'external_id', 'title', 'date'])
      .where('community_id', '=', communityId)
      .orderBy('id')
      .execute(),
  );
  const issues: Issue[] = [];
  let added = 0;
  for (let at = 0; at < rows.length; at += CHUNK) {
    const found: { eventId: number; row: AttendanceInput }[] = [];
    for (const row of rows.slice(at, at + CHUNK)) {
      const matches = findEvent(events, row.event);
      const value = row.event.externalId ?? row.event.title ?? '';
      if (matches.length !== 1) {
        issues.push({
          code: matches.length === 0 ? 'unknown_reference' : 'ambiguous_reference',
          file,
          params: { value },
        });
        continue;
      }
      found.push({ eventId: matches[0]!.id, row });
    }
    // People in row order, as resolving them one by one would create them; then the rows.
    const members = await people.resolveAll(found.map((f) => f.row.person));
    added += await sink.addAttendance(
      found.map((f, i) => ({ eventId: f.eventId, memberId: members[i]!, role: f.row.role })),
    );
  }
  return { added, issues };
}
