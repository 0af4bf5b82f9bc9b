import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { todayOf } from '../../app/clock.js';
import { profileForToken, saveProfile } from '../../app/directory.js';
import { ApiError, badInput } from '../api-error.js';
import type { AppEnv } from '../env.js';
import { readJson } from '../read-body.js';
import { siteOrigin } from '../request-info.js';
import { runUseCase } from './follow-errors.js';

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/** 404 for a link that is malformed, unknown, revoked or expired (one message for all). */
function linkGone(c: Context<AppEnv>): Response {
  return c.json(
    { error: { code: 'not_found', message: String(c.get('t')('connect:error.invalidLink')) } },
    404,
  );
}

const Save = z.object({
  profile: z.unknown(),
  consents: z
    .object({ directory: z.boolean().optional(), recommendations: z.boolean().optional() })
    .optional(),
});

/**
 * `/api/p/:token`: a member's own profile (expertise, interests, directory and recommendation
 * consent), without an account; the personal link is the capability. Writes must come from this
 * site, like the member survey's.
 */
export function profileRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const today = (c: { get(k: 'deps'): AppEnv['Variables']['deps'] }) =>
    todayOf(c.get('deps').clock);
  app.get('/:token', async (c) => {
    const token = c.req.param('token');
    if (!TOKEN.test(token)) return linkGone(c);
    return runUseCase(c, async () =>
      c.json(await profileForToken(c.get('deps').store, token, today(c))),
    );
  });

  app.put('/:token', async (c) => {
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    if ((origin && origin !== siteOrigin(c)) || (site && site !== 'same-origin' && site !== 'none'))
      throw new ApiError(403, 'origin');
    const token = c.req.param('token');
    if (!TOKEN.test(token)) return linkGone(c);
    const body = await readJson(c, Save);
    return runUseCase(c, async () => {
      const saved = await saveProfile(
        c.get('deps').store,
        token,
        { profile: body.profile, ...(body.consents ? { consents: body.consents } : {}) },
        today(c),
      );
      if (!saved.ok) {
        throw badInput(
          saved.issues
            .map(
              (i) =>
                `${i.column ?? ''}: ${'value' in (i.params ?? {}) ? String((i.params as { value: string }).value) : ''}`,
            )
            .join(', '),
        );
      }
      return c.json({ saved: true, profile: saved.value });
    });
  });

  return app;
}
