import type { Kysely } from 'kysely';
import type { PersonRef } from '../model/input.js';
import type { Identity } from '../model/member.js';
import type { BulkSink, IdentityRow } from './bulk-sink.js';
import { erasedKey, identityKey, normaliseEmail, normaliseName } from './identity-key.js';
import type { Database } from './schema.js';

/** Finds members by identity, creating the people a record names for the first time. */
export interface PersonResolver {
  /** The member matched first by email, then by handle, then by name (product.md §5). */
  find(ref: PersonRef): number | undefined;
  /** Like `find`, but creates a member (and counts it) when nobody matches. */
  resolve(ref: PersonRef): Promise<number>;
  /**
   * `resolve` for many references at once, in order: exactly what resolving them one by one
   * gives (same members, created in the same order), with the new members written in bulk.
   */
  resolveAll(refs: readonly PersonRef[]): Promise<number[]>;
  /** The member an identity already belongs to (an erased person's placeholder included), if any. */
  known(identity: Identity): number | undefined;
  /**
   * Records identities in one bulk write, in order (the caller has left out those already
   * known); a key given twice keeps its first member.
   */
  learn(rows: readonly IdentityRow[]): Promise<void>;
  /** Records identities for a member, ignoring those already known. */
  addIdentities(memberId: number, identities: readonly Identity[]): Promise<void>;
  /** How many members `resolve` created. */
  created(): number;
  /**
   * True for an erased member's placeholder: records that name an erased person are found under
   * it (by the hashes of their identities) and their personal details are not written again.
   */
  isErased(memberId: number): boolean;
}

/** The identities a person reference carries, normalised for matching. */
export function identitiesOf(ref: PersonRef): Identity[] {
  const identities: Identity[] = [];
  if (ref.email) identities.push({ kind: 'email', source: '', value: normaliseEmail(ref.email) });
  if (ref.handle) {
    identities.push({
      kind: 'handle',
      source: ref.handle.source,
      value: ref.handle.value.trim().toLowerCase(),
    });
  }
  if (ref.name && normaliseName(ref.name)) {
    identities.push({ kind: 'name', source: '', value: normaliseName(ref.name) });
  }
  return identities;
}

function displayName(ref: PersonRef): string {
  return ref.name?.trim() || ref.email?.split('@')[0] || ref.handle?.value || '?';
}

/**
 * The key of a reference that carries an email only (the usual case in exchanges), under which
 * its member is remembered once known: such a member never changes, since an identity, once
 * indexed, keeps its member.
 */
function emailOnly(ref: PersonRef): string | undefined {
  return ref.email && ref.handle === undefined && ref.name === undefined ? ref.email : undefined;
}

/** A member `resolveAll` will create: its display name and identities. */
interface Pending {
  readonly name: string;
  readonly identities: readonly Identity[];
}

/**
 * Loads one community's identities and returns a resolver working inside `db` (a transaction),
 * writing the members it creates through `sink`.
 */
export async function createPersonResolver(
  db: Kysely<Database>,
  communityId: number,
  sink: BulkSink,
): Promise<PersonResolver> {
  const rows = await db
    .selectFrom('identities')
    .select(['member_id', 'kind', 'source', 'value'])
    .where('community_id', '=', communityId)
    .execute();
  // Known members by identity key; a negative value -(k + 1) is the k-th member being created.
  const index = new Map<string, number>(rows.map((r) => [identityKey(r), r.member_id]));
  const erasedRows = await db
    .selectFrom('erased_identities')
    .select(['key_hash', 'member_id'])
    .where('community_id', '=', communityId)
    .execute();
  const erased = new Map(erasedRows.map((r) => [r.key_hash, r.member_id]));
  const erasedMembers = new Set(erasedRows.map((r) => r.member_id));
  const byEmail = new Map<string, number>();
  let created = 0;

  function lookUp(identities: readonly Identity[]): number | undefined {
    for (const identity of identities) {
      const id = index.get(identityKey(identity));
      if (id !== undefined) return id;
    }
    if (erased.size === 0) return undefined;
    // Someone no member matches may be an erased person: found under their placeholder, and
    // remembered under the hash only (no identity in clear is written for them).
    for (const identity of identities) {
      const id = erased.get(erasedKey(identityKey(identity)));
      if (id !== undefined) return id;
    }
    return undefined;
  }

  function find(ref: PersonRef): number | undefined {
    const email = emailOnly(ref);
    const known = email === undefined ? undefined : byEmail.get(email);
    if (known !== undefined) return known;
    const id = lookUp(identitiesOf(ref));
    if (id !== undefined && id > 0 && email !== undefined) byEmail.set(email, id);
    return id !== undefined && id > 0 ? id : undefined;
  }

  async function addIdentities(memberId: number, identities: readonly Identity[]): Promise<void> {
    const fresh = identities.filter((i) => !index.has(identityKey(i)));
    if (fresh.length === 0) return;
    await sink.addIdentities(fresh.map((i) => ({ memberId, ...i })));
    for (const identity of fresh) index.set(identityKey(identity), memberId);
  }

  function known(identity: Identity): number | undefined {
    const id = index.get(identityKey(identity));
    if (id !== undefined) return id > 0 ? id : undefined;
    return erased.size === 0 ? undefined : erased.get(erasedKey(identityKey(identity)));
  }

  async function learn(rows: readonly IdentityRow[]): Promise<void> {
    if (rows.length === 0) return;
    await sink.addIdentities(rows);
    for (const row of rows) {
      const key = identityKey(row);
      if (!index.has(key)) index.set(key, row.memberId);
    }
  }

  async function resolveAll(refs: readonly PersonRef[]): Promise<number[]> {
    const ids = new Array<number>(refs.length);
    const pending: Pending[] = [];
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i]!;
      const email = emailOnly(ref);
      const known = email === undefined ? undefined : byEmail.get(email);
      if (known !== undefined) {
        ids[i] = known;
        continue;
      }
      const identities = identitiesOf(ref);
      const id = lookUp(identities);
      if (id !== undefined) {
        ids[i] = id;
        if (id > 0 && email !== undefined) byEmail.set(email, id);
        continue;
      }
      // Nobody matches: a new member, whose identities later references in `refs` will find.
      pending.push({ name: displayName(ref), identities });
      ids[i] = -pending.length;
      for (const identity of identities) index.set(identityKey(identity), -pending.length);
    }
    if (pending.length === 0) return ids;
    const made = await sink.addMembers(pending.map((p) => p.name));
    created += made.length;
    await sink.addIdentities(
      pending.flatMap((p, k) => p.identities.map((i) => ({ memberId: made[k]!, ...i }))),
    );
    pending.forEach((p, k) => {
      for (const identity of p.identities) index.set(identityKey(identity), made[k]!);
    });
    return ids.map((id) => (id < 0 ? made[-id - 1]! : id));
  }

  return {
    find,
    resolve: async (ref) => (await resolveAll([ref]))[0]!,
    resolveAll,
    known,
    learn,
    addIdentities,
    created: () => created,
    isErased: (memberId) => erasedMembers.has(memberId),
  };
}
