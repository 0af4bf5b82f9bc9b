import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { type CommunityRole, roleAtLeast, sessionPrincipal } from '../app/auth.js';
import { findCommunityBySlug } from '../store/index.js';
import { ApiError } from './api-error.js';
import type { AppEnv } from './env.js';

/** The session cookie's name. */
export const SESSION_COOKIE = 'pouls_session';

/** Reads the session cookie and sets `principal` (undefined when not signed in). */
export function loadSession(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const id = getCookie(c, SESSION_COOKIE);
    const { store, clock, memo } = c.get('deps');
    const principal = id
      ? await memo.get(`session:${id}`, () => sessionPrincipal(store, id, clock.now()))
      : undefined;
    c.set('principal', principal);
    c.set('sessionId', principal ? id : undefined);
    await next();
  };
}

const equal = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * Lets only signed-in users through; on a state-changing method, also requires the header
 * `x-csrf-token` equal to the session's token (a cross-site form cannot read nor send it).
 */
export function requireUser(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal');
    if (!principal) throw new ApiError(401, 'unauthorized');
    if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
      const token = c.req.header('x-csrf-token') ?? '';
      if (!equal(token, principal.csrfToken)) throw new ApiError(403, 'csrf');
    }
    await next();
  };
}

/**
 * Resolves `:slug` to a community the user has a role in, and sets `community` and `role`;
 * a community without a role answers 404 exactly like one that does not exist.
 */
export function communityAccess(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal');
    if (!principal) throw new ApiError(401, 'unauthorized');
    const slug = c.req.param('slug') ?? '';
    const membership = principal.memberships.find((m) => m.slug === slug);
    const role: CommunityRole | undefined = principal.admin ? 'admin' : membership?.role;
    const { store, memo } = c.get('deps');
    const community = role
      ? await memo.get(`community:${slug}`, () => findCommunityBySlug(store.db, slug))
      : undefined;
    if (!role || !community) throw new ApiError(404, 'community_not_found');
    c.set('community', community);
    c.set('role', role);
    await next();
  };
}

/** Throws 403 unless the user's role in the route's community is at least `min`. */
export function need(c: Context<AppEnv>, min: CommunityRole): void {
  if (!roleAtLeast(c.get('role'), min)) throw new ApiError(403, 'forbidden');
}
