import { Hono } from 'hono';
import { z } from 'zod';
import { grantRole, revokeRole, usersOf } from '../../app/community-users.js';
import { listAudit } from '../../store/index.js';
import { ApiError, badInput } from '../api-error.js';
import { audit } from '../audit.js';
import type { AppEnv } from '../env.js';
import { readJson } from '../read-body.js';
import { need } from '../session.js';

const Grant = z.object({
  email: z.string().max(254),
  role: z.enum(['admin', 'steward', 'facilitator', 'viewer']),
  password: z.string().max(1024).optional(),
});

/** The community's admins: its users and roles, and its audit log. */
export function adminRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/users', async (c) => {
    need(c, 'admin');
    return c.json(await usersOf(c.get('deps').store, c.get('community')));
  });

  app.post('/users', async (c) => {
    need(c, 'admin');
    const body = await readJson(c, Grant);
    const outcome = await grantRole(c.get('deps').store, {
      community: c.get('community'),
      ...body,
      now: c.get('deps').clock.now(),
    });
    if (outcome.status === 'invalid') throw badInput(outcome.field);
    await audit(c, 'change', 'users', {
      role: outcome.role,
      created: outcome.status === 'created',
    });
    return c.json(
      await usersOf(c.get('deps').store, c.get('community')),
      outcome.status === 'created' ? 201 : 200,
    );
  });

  app.delete('/users/:email', async (c) => {
    need(c, 'admin');
    const email = decodeURIComponent(c.req.param('email'));
    if (email === c.get('principal')?.email) throw badInput('email: yourself');
    const removed = await revokeRole(c.get('deps').store, c.get('community'), email);
    if (!removed) throw new ApiError(404, 'not_found');
    await audit(c, 'change', 'users', { removed: true });
    return c.json(await usersOf(c.get('deps').store, c.get('community')));
  });

  app.get('/audit', async (c) => {
    need(c, 'admin');
    const action = c.req.query('action');
    if (action !== undefined && !/^[a-z_]{1,32}$/.test(action)) throw badInput('action');
    const entries = await listAudit(c.get('deps').store.db, {
      communityId: c.get('community').id,
      limit: 500,
      ...(action ? { action } : {}),
    });
    return c.json(entries);
  });

  return app;
}
