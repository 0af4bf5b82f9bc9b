import type { Kysely } from 'kysely';
import type { CommunityRole, Database } from './schema.js';

type Db = Kysely<Database>;

/** A user as the store holds it (the hash never leaves src/app). */
export interface StoredUser {
  id: number;
  email: string;
  passwordHash: string;
  admin: boolean;
}

/** A user's role in one community. */
export interface StoredMembership {
  communityId: number;
  slug: string;
  name: string;
  role: CommunityRole;
}

/** A sign-in session, found by the hash of its id. */
export interface StoredSession {
  idHash: string;
  userId: number;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

const toUser = (row: {
  id: number;
  email: string;
  password_hash: string;
  admin: number;
}): StoredUser => ({
  id: row.id,
  email: row.email,
  passwordHash: row.password_hash,
  admin: row.admin === 1,
});

/** Finds a user by email (stored lower-case), or `undefined`. */
export async function findUserByEmail(db: Db, email: string): Promise<StoredUser | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email)
    .executeTakeFirst();
  return row ? toUser(row) : undefined;
}

/** Finds a user by id, or `undefined`. */
export async function findUserById(db: Db, id: number): Promise<StoredUser | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

/** Creates a user, or updates the hash and admin flag of an existing one; returns its id. */
export async function upsertUser(
  db: Db,
  values: { email: string; passwordHash: string; admin: boolean; createdAt: string },
): Promise<number> {
  const existing = await findUserByEmail(db, values.email);
  if (existing) {
    await db
      .updateTable('users')
      .set({ password_hash: values.passwordHash, admin: values.admin || existing.admin ? 1 : 0 })
      .where('id', '=', existing.id)
      .execute();
    return existing.id;
  }
  const row = await db
    .insertInto('users')
    .values({
      email: values.email,
      password_hash: values.passwordHash,
      admin: values.admin ? 1 : 0,
      created_at: values.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Every user, by email, with their roles. */
export async function listUsers(
  db: Db,
): Promise<Array<{ email: string; admin: boolean; roles: Array<{ slug: string; role: string }> }>> {
  const users = await db.selectFrom('users').selectAll().orderBy('email').execute();
  const roles = await db
    .selectFrom('memberships')
    .innerJoin('communities', 'communities.id', 'memberships.community_id')
    .select(['memberships.user_id', 'communities.slug', 'memberships.role'])
    .orderBy('communities.slug')
    .execute();
  return users.map((u) => ({
    email: u.email,
    admin: u.admin === 1,
    roles: roles.filter((r) => r.user_id === u.id).map((r) => ({ slug: r.slug, role: r.role })),
  }));
}

/** Gives a user a role in a community (replacing the one they had). */
export async function setMembership(
  db: Db,
  userId: number,
  communityId: number,
  role: CommunityRole,
): Promise<void> {
  await db
    .insertInto('memberships')
    .values({ user_id: userId, community_id: communityId, role })
    .onConflict((oc) => oc.columns(['user_id', 'community_id']).doUpdateSet({ role }))
    .execute();
}

/** Removes a user's role in a community; tells whether there was one. */
export async function removeMembership(
  db: Db,
  userId: number,
  communityId: number,
): Promise<boolean> {
  const result = await db
    .deleteFrom('memberships')
    .where('user_id', '=', userId)
    .where('community_id', '=', communityId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** A user's roles, by community slug. */
export async function membershipsOf(db: Db, userId: number): Promise<StoredMembership[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('communities', 'communities.id', 'memberships.community_id')
    .select(['communities.id', 'communities.slug', 'communities.name', 'memberships.role'])
    .where('memberships.user_id', '=', userId)
    .orderBy('communities.slug')
    .execute();
  return rows.map((r) => ({ communityId: r.id, slug: r.slug, name: r.name, role: r.role }));
}

/** The users of one community with their role, by email. */
export async function communityUsers(
  db: Db,
  communityId: number,
): Promise<Array<{ email: string; role: CommunityRole }>> {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.email', 'memberships.role'])
    .where('memberships.community_id', '=', communityId)
    .orderBy('users.email')
    .execute();
}

/** Stores a new session. */
export async function insertSession(db: Db, session: StoredSession): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id_hash: session.idHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** Finds a session by the hash of its id, or `undefined`. */
export async function findSession(db: Db, idHash: string): Promise<StoredSession | undefined> {
  const row = await db
    .selectFrom('sessions')
    .selectAll()
    .where('id_hash', '=', idHash)
    .executeTakeFirst();
  return row
    ? {
        idHash: row.id_hash,
        userId: row.user_id,
        csrfToken: row.csrf_token,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
      }
    : undefined;
}

/** Deletes a session (logout, or a session found expired). */
export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Deletes every session that expired before `now` (ISO timestamp). */
export async function deleteExpiredSessions(db: Db, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<', now).execute();
}
export type { CommunityRole } from './schema.js';
