import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import {
  type CommunityRole,
  deleteExpiredSessions,
  deleteSession,
  findCommunityBySlug,
  findSession,
  findUserByEmail,
  findUserById,
  insertSession,
  membershipsOf,
  type Store,
  type StoredMembership,
  setMembership,
  upsertUser,
} from '../store/index.js';

/** Community roles from least to most powerful (an admin can do all a steward can, etc.). */
export const COMMUNITY_ROLES = ['viewer', 'facilitator', 'steward', 'admin'] as const;
export type { CommunityRole };

/** Tells whether `role` is at least `min`. */
export function roleAtLeast(role: CommunityRole, min: CommunityRole): boolean {
  return COMMUNITY_ROLES.indexOf(role) >= COMMUNITY_ROLES.indexOf(min);
}

/** Tells whether a string names a community role. */
export function isCommunityRole(value: string): value is CommunityRole {
  return (COMMUNITY_ROLES as readonly string[]).includes(value);
}

/** The signed-in user of a request. */
export interface Principal {
  readonly userId: number;
  readonly email: string;
  /** Administers the whole installation (every community). */
  readonly admin: boolean;
  readonly memberships: readonly StoredMembership[];
  readonly csrfToken: string;
}

/** The shortest password accepted. */
export const MIN_PASSWORD_LENGTH = 10;

/** Why a user could not be added. */
export type AddUserFailure = 'email' | 'password' | 'role' | 'community';

/** Normalises an email for matching: trimmed, lower case. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Hashes a password with argon2id (the library's defaults: 19 MiB, 2 passes). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/**
 * Adds a user (or resets the password of an existing one) with a role: in one community when
 * `community` is named, else installation-wide, which only `admin` may be (`pouls user add`).
 */
export async function addUser(
  store: Store,
  options: {
    email: string;
    password: string;
    role: string;
    community?: string | undefined;
    now: Date;
  },
): Promise<{ ok: true; email: string } | { ok: false; reason: AddUserFailure }> {
  const email = normaliseEmail(options.email);
  if (!EMAIL.test(email) || email.length > 254) return { ok: false, reason: 'email' };
  if (options.password.length < MIN_PASSWORD_LENGTH || options.password.length > 1024)
    return { ok: false, reason: 'password' };
  if (!isCommunityRole(options.role)) return { ok: false, reason: 'role' };
  if (!options.community && options.role !== 'admin') return { ok: false, reason: 'role' };
  const community = options.community
    ? await findCommunityBySlug(store.db, options.community)
    : undefined;
  if (options.community && !community) return { ok: false, reason: 'community' };
  const passwordHash = await hashPassword(options.password);
  await store.db.transaction().execute(async (trx) => {
    const userId = await upsertUser(trx, {
      email,
      passwordHash,
      admin: !community,
      createdAt: options.now.toISOString(),
    });
    if (community) await setMembership(trx, userId, community.id, options.role as CommunityRole);
  });
  return { ok: true, email };
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

let dummyHash: Promise<string> | undefined;

/**
 * Checks an email and password; on success opens a new session (a fresh random id every time:
 * no fixation) and returns its id, to be set in the cookie. An unknown email costs the same
 * hashing time as a wrong password, so that timing does not tell which emails exist.
 */
export async function signIn(
  store: Store,
  options: { email: string; password: string; now: Date; ttlHours: number },
): Promise<{ sessionId: string; userId: number } | undefined> {
  const user = await findUserByEmail(store.db, normaliseEmail(options.email));
  if (!user) {
    dummyHash ??= hash(randomBytes(16).toString('hex'));
    await verify(await dummyHash, options.password).catch(() => false);
    return undefined;
  }
  const good = await verify(user.passwordHash, options.password).catch(() => false);
  if (!good) return undefined;
  const sessionId = randomBytes(32).toString('base64url');
  await deleteExpiredSessions(store.db, options.now.toISOString());
  await insertSession(store.db, {
    idHash: sha256(sessionId),
    userId: user.id,
    csrfToken: randomBytes(32).toString('base64url'),
    createdAt: options.now.toISOString(),
    expiresAt: new Date(options.now.getTime() + options.ttlHours * 3_600_000).toISOString(),
  });
  return { sessionId, userId: user.id };
}

/** The user of a session id, or `undefined` when it is unknown, ended or expired. */
export async function sessionPrincipal(
  store: Store,
  sessionId: string,
  now: Date,
): Promise<Principal | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(sessionId)) return undefined;
  const session = await findSession(store.db, sha256(sessionId));
  if (!session) return undefined;
  if (session.expiresAt <= now.toISOString()) {
    await deleteSession(store.db, session.idHash);
    return undefined;
  }
  const user = await findUserById(store.db, session.userId);
  if (!user) return undefined;
  return {
    userId: user.id,
    email: user.email,
    admin: user.admin,
    memberships: await membershipsOf(store.db, user.id),
    csrfToken: session.csrfToken,
  };
}

/** Ends a session: its id is dead from now on. */
export async function signOut(store: Store, sessionId: string): Promise<void> {
  await deleteSession(store.db, sha256(sessionId));
}
