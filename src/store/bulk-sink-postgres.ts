import { type Kysely, sql } from 'kysely';
import type { MessageInput } from '../model/input.js';
import type { BulkSink, MemberUpdate, MemberValues } from './bulk-sink.js';
import type { Database } from './schema.js';

/**
 * The bulk writer on PostgreSQL: each chunk goes in one statement whose parameters are column
 * arrays (`unnest`), so a chunk costs one round trip and a constant-size statement, whatever
 * its rows. `unnest` yields the rows in array order, so ids follow the order of the file.
 */
export function postgresSink(trx: Kysely<Database>, communityId: number): BulkSink {
  return {
    async addMembers(names) {
      if (names.length === 0) return [];
      // Ids are drawn first, so that each name gets its id whatever order RETURNING would use.
      const drawn = await sql<{ id: number }>`
        select nextval(pg_get_serial_sequence('members', 'id'))::int as id
        from generate_series(1, ${names.length}::int) order by 1`.execute(trx);
      const ids = drawn.rows.map((row) => row.id);
      await sql`
        insert into members (id, community_id, name, disciplines, staff)
        select t.id, ${communityId}::int, t.name, '[]', 0
        from unnest(${ids}::int[], ${names}::text[]) with ordinality as t(id, name, n)
        order by t.n`.execute(trx);
      return ids;
    },
    async addMemberRows(rows) {
      if (rows.length === 0) return [];
      const drawn = await sql<{ id: number }>`
        select nextval(pg_get_serial_sequence('members', 'id'))::int as id
        from generate_series(1, ${rows.length}::int) order by 1`.execute(trx);
      const ids = drawn.rows.map((row) => row.id);
      const column = <K extends keyof MemberValues>(key: K) => rows.map((r) => r[key]);
      await sql`
        insert into members (id, community_id, name, organization, role, region, disciplines,
          org_type, joined_at, left_at, staff)
        select t.id, ${communityId}::int, t.na, t.o, t.ro, t.re, t.d, t.ot, t.j, t.l, t.s
        from unnest(${ids}::int[], ${column('name')}::text[], ${column('organization')}::text[],
          ${column('role')}::text[], ${column('region')}::text[], ${column('disciplines')}::text[],
          ${column('org_type')}::text[], ${column('joined_at')}::text[], ${column('left_at')}::text[],
          ${column('staff')}::int[]) with ordinality as t(id, na, o, ro, re, d, ot, j, l, s, n)
        order by t.n`.execute(trx);
      return ids;
    },
    async updateMembers(rows) {
      if (rows.length === 0) return;
      const column = <K extends keyof MemberUpdate>(key: K) => rows.map((r) => r[key]);
      await sql`
        update members as m set name = t.na, organization = t.o, role = t.ro, region = t.re,
          disciplines = t.d, org_type = t.ot, joined_at = t.j, left_at = t.l, staff = t.s
        from unnest(${column('id')}::int[], ${column('name')}::text[],
          ${column('organization')}::text[], ${column('role')}::text[], ${column('region')}::text[],
          ${column('disciplines')}::text[], ${column('org_type')}::text[],
          ${column('joined_at')}::text[], ${column('left_at')}::text[], ${column('staff')}::int[])
          as t(id, na, o, ro, re, d, ot, j, l, s)
        where m.id = t.id`.execute(trx);
    },
    async addAttendance(rows) {
      if (rows.length === 0) return 0;
      const inserted = await sql`
        insert into attendance (event_id, member_id, role)
        select t.e, t.m, t.r
        from unnest(${rows.map((r) => r.eventId)}::int[], ${rows.map((r) => r.memberId)}::int[],
          ${rows.map((r) => r.role)}::text[]) with ordinality as t(e, m, r, n)
        order by t.n
        on conflict (event_id, member_id) do nothing
        returning event_id`.execute(trx);
      return inserted.rows.length;
    },
    async addIdentities(rows) {
      if (rows.length === 0) return;
      await sql`
        insert into identities (community_id, member_id, kind, source, value)
        select ${communityId}::int, t.m, t.k, t.s, t.v
        from unnest(${rows.map((r) => r.memberId)}::int[], ${rows.map((r) => r.kind)}::text[],
          ${rows.map((r) => r.source)}::text[], ${rows.map((r) => r.value)}::text[])
          with ordinality as t(m, k, s, v, n)
        order by t.n
        on conflict (community_id, kind, source, value) do nothing`.execute(trx);
    },
    async addMessages(messages, authorIds) {
      if (messages.length === 0) return [];
      const column = <K extends keyof MessageInput>(key: K) => messages.map((m) => m[key]);
      const inserted = await sql<{ id: number; external_id: string }>`
        insert into messages (community_id, external_id, author_id, channel, ts, reply_to, thread, text)
        select ${communityId}::int, t.e, t.a, t.c, t.ts, t.r, t.th, t.x
        from unnest(${column('externalId')}::text[], ${authorIds}::int[],
          ${column('channel')}::text[], ${column('timestamp')}::text[],
          ${column('replyTo')}::text[], ${column('thread')}::text[],
          ${column('text')}::text[]) with ordinality as t(e, a, c, ts, r, th, x, n)
        order by t.n
        on conflict (community_id, external_id) do nothing
        returning id, external_id`.execute(trx);
      const byExternalId = new Map(inserted.rows.map((row) => [row.external_id, row.id]));
      // The row stored for an external id is its first one in the chunk; later ones are skipped.
      return messages.map((m) => {
        const id = byExternalId.get(m.externalId);
        byExternalId.delete(m.externalId);
        return id;
      });
    },
    async addMentions(rows) {
      if (rows.length === 0) return;
      await sql`
        insert into mentions (message_id, member_id)
        select t.m, t.p from unnest(${rows.map((r) => r[0])}::int[], ${rows.map((r) => r[1])}::int[])
          with ordinality as t(m, p, n)
        order by t.n`.execute(trx);
    },
    async addContributions(rows) {
      if (rows.length === 0) return 0;
      const inserted = await sql`
        insert into contributions (community_id, author_id, date, kind, title)
        select ${communityId}::int, t.a, t.d, t.k, t.ti
        from unnest(${rows.map((r) => r.authorId)}::int[], ${rows.map((r) => r.date)}::text[],
          ${rows.map((r) => r.kind)}::text[], ${rows.map((r) => r.title)}::text[])
          with ordinality as t(a, d, k, ti, n)
        order by t.n
        on conflict (community_id, author_id, date, kind, title) do nothing
        returning id`.execute(trx);
      return inserted.rows.length;
    },
    async addTies(rows) {
      if (rows.length === 0) return 0;
      const inserted = await sql`
        insert into ties (community_id, source_id, target_id, weight, date)
        select ${communityId}::int, t.s, t.g, t.w, t.d
        from unnest(${rows.map((r) => r.sourceId)}::int[], ${rows.map((r) => r.targetId)}::int[],
          ${rows.map((r) => r.weight)}::float8[], ${rows.map((r) => r.date)}::text[])
          with ordinality as t(s, g, w, d, n)
        order by t.n
        on conflict (community_id, source_id, target_id, date) do nothing
        returning id`.execute(trx);
      return inserted.rows.length;
    },
    async finish() {},
  };
}
