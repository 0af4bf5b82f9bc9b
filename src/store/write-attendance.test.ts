import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { personOneByOne } from '../../test/support/person-one-by-one.js';
import { STORE_CASES } from '../../test/support/stores.js';
import {
  type AttendanceInput,
  EMPTY_BATCH,
  type EventInput,
  type PersonRef,
} from '../model/input.js';
import { identityKey } from './identity-key.js';
import { findCommunityBySlug, type Store, writeBatch } from './index.js';
import type { Database } from './schema.js';

/**
 * The oracle: attendance written as before the bulk writer, one Kysely query per row: the
 * person resolved (a new member for anyone unknown), then the row, ignored when already there.
 */
async function attendOneByOne(
  db: Kysely<Database>,
  communityId: number,
  rows: readonly AttendanceInput[],
): Promise<number> {
  const known = await db
    .selectFrom('identities')
    .select(['member_id', 'kind', 'source', 'value'])
    .where('community_id', '=', communityId)
    .execute();
  const index = new Map(known.map((r) => [identityKey(r), r.member_id]));
  const events = await db
    .selectFrom('events')
    .select(['id', 'external_id'])
    .where('community_id', '=', communityId)
    .execute();
  const eventOf = new Map(events.map((e) => [e.external_id, e.id]));
  const person = personOneByOne(db, communityId, index);
  let added = 0;
  for (const row of rows) {
    const memberId = await person(row.person);
    const result = await db
      .insertInto('attendance')
      .values({
        event_id: eventOf.get(row.event.externalId!)!,
        member_id: memberId,
        role: row.role,
      })
      .onConflict((oc) => oc.columns(['event_id', 'member_id']).doNothing())
      .executeTakeFirst();
    added += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  return added;
}

const EVENTS: EventInput[] = Array.from({ length: 12 }, (_, i) => ({
  externalId: `e${i}`,
  title: `Atelier ${i}`,
  date: `2024-0${1 + (i % 9)}-10`,
  end: null,
  format: null,
  kind: null,
  theme: null,
  organizer: null,
  registrants: null,
}));

/** Rows over several chunks: people by email, by name, by both, unknown ones, the same person twice at one event. */
function rows(count: number): AttendanceInput[] {
  return Array.from({ length: count }, (_, i) => {
    const k = (i * 7919) % 900;
    const person: PersonRef =
      k % 3 === 0
        ? { name: `Personne ${k % 450}` }
        : k % 3 === 1
          ? { email: `p${k}@exemple.org`, name: `Personne ${k - 1}` }
          : { email: `p${k % 500}@exemple.org` };
    return {
      event: { externalId: `e${(i * 31) % 12}` },
      person,
      role: i % 10 === 0 ? 'speaker' : 'participant',
    };
  });
}

const dump = async (db: Kysely<Database>) => ({
  members: await db.selectFrom('members').selectAll().orderBy('id').execute(),
  identities: await db.selectFrom('identities').selectAll().orderBy('id').execute(),
  attendance: await db
    .selectFrom('attendance')
    .selectAll()
    .orderBy('event_id')
    .orderBy('member_id')
    .execute(),
});

describe.each(STORE_CASES)('writeAttendance in bulk ($name)', ({ open }) => {
  let bulk: Store;
  let oracle: Store;
  beforeEach(async () => {
    [bulk, oracle] = [await open(), await open()];
  });
  afterEach(async () => {
    await bulk.close();
    await oracle.close();
  });

  it('creates the same people, with the same ids, and the same rows as one row at a time', async () => {
    const values = { slug: 'c', name: 'C', host: null };
    const roster = { ...EMPTY_BATCH, events: EVENTS, attendance: rows(300) };
    const attendance = rows(4500);
    for (const store of [bulk, oracle])
      await writeBatch(store.db, values, roster, { file: 'a.csv' });
    const written = await writeBatch(
      bulk.db,
      values,
      { ...EMPTY_BATCH, attendance },
      {
        file: 'b.csv',
      },
    );
    const { id } = (await findCommunityBySlug(oracle.db, 'c'))!;
    const added = await oracle.db
      .transaction()
      .execute(async (trx) => attendOneByOne(trx, id, attendance));
    expect(await dump(bulk.db)).toEqual(await dump(oracle.db));
    expect(written).toMatchObject({ ok: true, value: { attendance: added } });
    expect(added).toBeGreaterThan(100);
    expect(added).toBeLessThan(attendance.length);
  }, 240_000);
});
