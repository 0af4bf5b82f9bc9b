import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { normaliseEmail, sessionPrincipal, signIn, signOut } from '../../app/auth.js';
import { recordAudit } from '../../store/index.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../env.js';
import { readJson } from '../read-body.js';
import { clientIp, isHttps } from '../request-info.js';
import { requireUser, SESSION_COOKIE } from '../session.js';
import { userView } from '../views.js';

const Login = z.object({ email: z.string().max(254), password: z.string().max(1024) });

/** `/api/auth`: sign in (rate limited, new session id each time), sign out, who am I. */
export function authRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/login', async (c) => {
    const { store, clock, config, limiter } = c.get('deps');
    const body = await readJson(c, Login);
    const ip = clientIp(c);
    const email = normaliseEmail(body.email);
    const keys = [`ip:${ip}`, `ip-email:${ip}|${email}`] as const;
    const { windowMs, perIp, perEmail } = config.login;
    const wait = Math.max(
      limiter.blockedFor(keys[0], perIp, windowMs),
      limiter.blockedFor(keys[1], perEmail, windowMs),
    );
    if (wait > 0) {
      throw new ApiError(429, 'rate_limited', { seconds: wait }, { 'Retry-After': String(wait) });
    }
    // Any session the browser still holds ends here: a login always gets a fresh id.
    const previous = c.get('sessionId');
    if (previous) await signOut(store, previous);
    const now = clock.now();
    const session = await signIn(store, {
      email,
      password: body.password,
      now,
      ttlHours: config.sessionTtlHours,
    });
    if (!session) {
      limiter.hit(keys[0], windowMs);
      limiter.hit(keys[1], windowMs);
      await recordAudit(store.db, {
        at: now.toISOString(),
        actor: email,
        action: 'login_failed',
        communityId: null,
        target: 'session',
        detail: {},
      });
      throw new ApiError(401, 'invalid_credentials');
    }
    limiter.reset(keys[1]);
    setCookie(c, SESSION_COOKIE, session.sessionId, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure: isHttps(c),
      maxAge: config.sessionTtlHours * 3600,
    });
    await recordAudit(store.db, {
      at: now.toISOString(),
      actor: email,
      action: 'login',
      communityId: null,
      target: 'session',
      detail: {},
    });
    const principal = await sessionPrincipal(store, session.sessionId, now);
    if (!principal) throw new ApiError(500, 'internal');
    return c.json({ user: await userView(store, principal), csrfToken: principal.csrfToken });
  });

  app.post('/logout', requireUser(), async (c) => {
    const id = c.get('sessionId');
    if (id) await signOut(c.get('deps').store, id);
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) });
    return c.body(null, 204);
  });

  app.get('/me', requireUser(), async (c) => {
    const principal = c.get('principal');
    if (!principal) throw new ApiError(401, 'unauthorized');
    const user = await userView(c.get('deps').store, principal);
    return c.json({ user, csrfToken: principal.csrfToken });
  });

  return app;
}
