import type { Kysely } from 'kysely';
import type { MemberInput } from '../model/input.js';
import type { Identity } from '../model/member.js';
import type { BulkSink, IdentityRow, MemberUpdate, MemberValues } from './bulk-sink.js';
import { identityKey } from './identity-key.js';
import { identitiesOf, type PersonResolver } from './person-resolver.js';
import type { Database } from './schema.js';

/** Roster rows per step: each step costs a few bulk statements, whatever its rows. */
const CHUNK = 2000;

function valuesOf(input: MemberInput): MemberValues {
  return {
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
}

/** The fields of `next` that differ from `current`, ignoring values the source leaves empty. */
function changesOf(current: MemberValues, next: MemberValues): Partial<MemberValues> {
  const changes: Partial<MemberValues> = {};
  for (const key of Object.keys(next) as (keyof MemberValues)[]) {
    const value = next[key];
    if (value === null || value === '[]' || value === current[key]) continue;
    Object.assign(changes, { [key]: value });
  }
  if (next.staff !== current.staff) Object.assign(changes, { staff: next.staff });
  return changes;
}

/** A roster row's identities in matching order: its emails, then handles, then its name. */
function identitiesOfMember(input: MemberInput): Identity[] {
  return [
    ...input.emails.map((email) => ({ email })),
    ...input.handles.map((handle) => ({ handle })),
    { name: input.name },
  ].flatMap(identitiesOf);
}

/** One roster row once matched: its member (negative: the k-th new one) and its new identities. */
interface Placed {
  readonly input: MemberInput;
  readonly memberId: number;
  readonly fresh: readonly Identity[];
}

/**
 * Matches each row of a chunk, in order, as if the rows before it were already written: a row
 * matches a stored member or a member added by an earlier row of the chunk (`-(k + 1)`).
 */
function placeChunk(chunk: readonly MemberInput[], people: PersonResolver): Placed[] {
  const placed = new Map<string, number>();
  let created = 0;
  return chunk.map((input) => {
    const identities = identitiesOfMember(input);
    let memberId: number | undefined;
    for (const identity of identities) {
      memberId = people.known(identity) ?? placed.get(identityKey(identity));
      if (memberId !== undefined) break;
    }
    memberId ??= -++created;
    // The identities nobody holds yet, judged before this row adds any (as one-by-one writes do).
    const fresh = identities.filter(
      (identity) => people.known(identity) === undefined && !placed.has(identityKey(identity)),
    );
    for (const identity of fresh) placed.set(identityKey(identity), memberId);
    return { input, memberId, fresh };
  });
}

/** The stored values of members, by id. */
async function storedValues(
  db: Kysely<Database>,
  ids: readonly number[],
): Promise<Map<number, MemberValues>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('members')
    .select([
      'id',
      'name',
      'organization',
      'role',
      'region',
      'disciplines',
      'org_type',
      'joined_at',
      'left_at',
      'staff',
    ])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map(({ id, ...values }) => [id, values]));
}

async function writeChunk(
  db: Kysely<Database>,
  chunk: readonly MemberInput[],
  people: PersonResolver,
  sink: BulkSink,
): Promise<{ added: number; updated: number; erased: number }> {
  // A row naming an erased person is left out: their placeholder stays anonymous.
  const all = placeChunk(chunk, people);
  const placed = all.filter(({ memberId }) => !(memberId > 0 && people.isErased(memberId)));
  const matched = [...new Set(placed.map((p) => p.memberId).filter((id) => id > 0))];
  const current = await storedValues(db, matched);
  const additions: MemberValues[] = [];
  const changed = new Set<number>();
  let updated = 0;
  for (const { input, memberId } of placed) {
    const values = valuesOf(input);
    const known = current.get(memberId);
    if (known === undefined) {
      // The first row of a new member: its values as given, changed later by rows matching it.
      additions.push(values);
      current.set(memberId, values);
      continue;
    }
    const changes = changesOf(known, values);
    if (Object.keys(changes).length === 0) continue;
    current.set(memberId, { ...known, ...changes });
    if (memberId > 0) changed.add(memberId);
    updated++;
  }
  const made = await sink.addMemberRows(additions.map((_, k) => current.get(-(k + 1))!));
  const idOf = (memberId: number) => (memberId > 0 ? memberId : made[-memberId - 1]!);
  await sink.updateMembers([...changed].map((id): MemberUpdate => ({ id, ...current.get(id)! })));
  const identities: IdentityRow[] = placed.flatMap(({ memberId, fresh }) =>
    fresh.map((identity) => ({ memberId: idOf(memberId), ...identity })),
  );
  await people.learn(identities);
  return { added: additions.length, updated, erased: all.length - placed.length };
}

/**
 * Adds or updates roster members: a member is matched by any of its emails, then handles, then
 * its name; a match is updated with the values the roster gives, otherwise a member is added.
 * Rows are written in bulk, a chunk at a time, with exactly the members, values, identities
 * and counts that writing them one by one gives.
 */
export async function writeMembers(
  db: Kysely<Database>,
  members: readonly MemberInput[],
  people: PersonResolver,
  sink: BulkSink,
): Promise<{ added: number; updated: number; erased: number }> {
  let added = 0;
  let updated = 0;
  let erased = 0;
  for (let at = 0; at < members.length; at += CHUNK) {
    const step = await writeChunk(db, members.slice(at, at + CHUNK), people, sink);
    added += step.added;
    updated += step.updated;
    erased += step.erased;
  }
  return { added, updated, erased };
}
