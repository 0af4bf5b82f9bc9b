import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dumpStore } from '../../test/support/dump-store.js';
import { STORE_CASES } from '../../test/support/stores.js';
import { EMPTY_BATCH, type MemberInput } from '../model/input.js';
import { identityKey } from './identity-key.js';
import { createCommunity, type Store, writeBatch } from './index.js';
import { identitiesOf } from './person-resolver.js';
import type { Database } from './schema.js';

/**
 * The oracle: roster rows written as `writeMembers` did before the bulk writer, one Kysely
 * query per row: matched by email, handle, then name; a match updated with the values the
 * roster gives (empty ones left alone, `staff` always), else a new member; then the row's
 * identities nobody held yet.
 */
async function writeOneByOne(
  db: Kysely<Database>,
  communityId: number,
  members: readonly MemberInput[],
  index: Map<string, number>,
): Promise<{ added: number; updated: number }> {
  let added = 0;
  let updated = 0;
  for (const input of members) {
    const identities = [
      ...input.emails.map((email) => ({ email })),
      ...input.handles.map((handle) => ({ handle })),
      { name: input.name },
    ].flatMap(identitiesOf);
    const existing = identities
      .map((identity) => index.get(identityKey(identity)))
      .find((id) => id !== undefined);
    const values = {
      name: input.name,
      organization: input.organization,
      role: input.role,
      region: input.region,
      disciplines: JSON.stringify(input.disciplines),
      org_type: input.orgType,
      joined_at: input.joinedAt,
      left_at: input.leftAt,
      staff: input.staff ? 1 : 0,
    };
    let memberId: number;
    if (existing === undefined) {
      ({ id: memberId } = await db
        .insertInto('members')
        .values({ community_id: communityId, ...values })
        .returning('id')
        .executeTakeFirstOrThrow());
      added++;
    } else {
      memberId = existing;
      const current = await db
        .selectFrom('members')
        .selectAll()
        .where('id', '=', memberId)
        .executeTakeFirstOrThrow();
      const changes: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(values)) {
        if (value === null || value === '[]' || value === current[key as keyof typeof current])
          continue;
        changes[key] = value;
      }
      if (values.staff !== current.staff) changes.staff = values.staff;
      if (Object.keys(changes).length > 0) {
        await db.updateTable('members').set(changes).where('id', '=', memberId).execute();
        updated++;
      }
    }
    const fresh = identities.filter((identity) => !index.has(identityKey(identity)));
    for (const identity of fresh) {
      await db
        .insertInto('identities')
        .values({ community_id: communityId, member_id: memberId, ...identity })
        .onConflict((oc) => oc.columns(['community_id', 'kind', 'source', 'value']).doNothing())
        .execute();
    }
    for (const identity of fresh) index.set(identityKey(identity), memberId);
  }
  return { added, updated };
}

/** A seeded generator (mulberry32), so every run writes the same roster. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A roster with what makes matching hard, over several chunks: people repeated by email (in
 * other cases, Gmail dots and tags), by handle, by name alone; two emails of one row that
 * normalise alike; rows joining two known people; empty values that must not erase; staff
 * flags that flip; disciplines that change or stay empty.
 */
function trickyRoster(rows: number, seed: number): MemberInput[] {
  const next = random(seed);
  const pick = (n: number) => Math.floor(next() * n);
  const maybe = (value: string) => (next() < 0.3 ? null : value);
  return Array.from({ length: rows }, () => {
    const k = pick(1500);
    const emails =
      k % 6 === 0
        ? []
        : k % 6 === 1
          ? [`Marie.Roy${k}+cppn@gmail.com`, `marieroy${k}@gmail.com`]
          : k % 6 === 2
            ? [`p${k}@exemple.org`, `p${pick(1500)}@exemple.org`]
            : [next() < 0.5 ? `P${k}@Exemple.org` : `p${k}@exemple.org`];
    return {
      name: k % 11 === 0 ? '  ' : `Personne ${k % 6 === 0 ? pick(1500) : k}`,
      emails,
      handles: k % 4 === 0 ? [{ source: 'slack', value: `U${k % 300}` }] : [],
      organization: maybe(`Org ${pick(5)}`),
      role: maybe(`Rôle ${pick(3)}`),
      region: maybe(`Région ${pick(4)}`),
      disciplines: next() < 0.5 ? [] : [`d${pick(3)}`],
      orgType: maybe('OBNL'),
      joinedAt: maybe(`2023-0${1 + pick(9)}-01`),
      leftAt: next() < 0.9 ? null : '2024-06-30',
      staff: next() < 0.1,
    };
  });
}

describe.each(STORE_CASES)('writeMembers in bulk ($name)', ({ open }) => {
  let bulk: Store;
  let oracle: Store;
  beforeEach(async () => {
    [bulk, oracle] = [await open(), await open()];
  });
  afterEach(async () => {
    await bulk.close();
    await oracle.close();
  });

  it('stores the same members and identities, with the same ids and counts, as one row at a time', async () => {
    const values = { slug: 'c', name: 'C', host: null };
    // A first roster, then a larger one over it: matches, updates and additions across chunks.
    const first = trickyRoster(2500, 4);
    const second = trickyRoster(4600, 5);
    const one = await writeBatch(
      bulk.db,
      values,
      { ...EMPTY_BATCH, members: first },
      {
        file: 'a.csv',
      },
    );
    const two = await writeBatch(
      bulk.db,
      values,
      { ...EMPTY_BATCH, members: second },
      {
        file: 'b.csv',
      },
    );
    const { id } = await createCommunity(oracle.db, values);
    const counts = await oracle.db.transaction().execute(async (trx) => {
      const index = new Map<string, number>();
      return [
        await writeOneByOne(trx, id, first, index),
        await writeOneByOne(trx, id, second, index),
      ];
    });
    const { imports: _none, ...expected } = await dumpStore(oracle.db);
    const { imports: _two, ...actual } = await dumpStore(bulk.db);
    expect(actual).toEqual(expected);
    expect(one.ok && one.value.members).toEqual(counts[0]);
    expect(two.ok && two.value.members).toEqual(counts[1]);
    // The roster does exercise both paths, within a file and across files.
    expect(counts[0]!.updated).toBeGreaterThan(100);
    expect(counts[1]!.updated).toBeGreaterThan(100);
    expect(counts[1]!.added).toBeGreaterThan(10);
  }, 240_000);
});
