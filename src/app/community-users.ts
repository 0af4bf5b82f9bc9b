import type { Community } from '../model/community.js';
import {
  communityUsers,
  findUserByEmail,
  removeMembership,
  type Store,
  setMembership,
  upsertUser,
} from '../store/index.js';
import {
  type CommunityRole,
  hashPassword,
  isCommunityRole,
  MIN_PASSWORD_LENGTH,
  normaliseEmail,
} from './auth.js';

/** The users of a community with their role. */
export function usersOf(store: Store, community: Community) {
  return communityUsers(store.db, community.id);
}

/** What granting a role did, or why it could not. */
export type GrantOutcome =
  | { readonly status: 'created' | 'granted'; readonly email: string; readonly role: CommunityRole }
  | { readonly status: 'invalid'; readonly field: 'email' | 'role' | 'password' };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Gives a person a role in a community: an existing account keeps its password; a new one needs
 * a password of at least {@link MIN_PASSWORD_LENGTH} characters.
 */
export async function grantRole(
  store: Store,
  options: {
    community: Community;
    email: string;
    role: string;
    password?: string | undefined;
    now: Date;
  },
): Promise<GrantOutcome> {
  const email = normaliseEmail(options.email);
  if (!EMAIL.test(email) || email.length > 254) return { status: 'invalid', field: 'email' };
  if (!isCommunityRole(options.role)) return { status: 'invalid', field: 'role' };
  const role = options.role;
  const existing = await findUserByEmail(store.db, email);
  if (existing) {
    await setMembership(store.db, existing.id, options.community.id, role);
    return { status: 'granted', email, role };
  }
  const password = options.password ?? '';
  if (password.length < MIN_PASSWORD_LENGTH || password.length > 1024)
    return { status: 'invalid', field: 'password' };
  const passwordHash = await hashPassword(password);
  await store.db.transaction().execute(async (trx) => {
    const id = await upsertUser(trx, {
      email,
      passwordHash,
      admin: false,
      createdAt: options.now.toISOString(),
    });
    await setMembership(trx, id, options.community.id, role);
  });
  return { status: 'created', email, role };
}

/** Removes a person's role in a community; false when they had none. */
export async function revokeRole(
  store: Store,
  community: Community,
  email: string,
): Promise<boolean> {
  const user = await findUserByEmail(store.db, normaliseEmail(email));
  return user ? removeMembership(store.db, user.id, community.id) : false;
}
