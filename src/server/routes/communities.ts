import { Hono } from 'hono';
import { z } from 'zod';
import { createCommunity, findCommunityBySlug, recordAudit } from '../../store/index.js';
import { ApiError } from '../api-error.js';
import type { AppEnv } from '../env.js';
import { readJson } from '../read-body.js';
import { communitiesOf } from '../views.js';

const NewCommunity = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lower-case letters, digits and dashes'),
  name: z.string().trim().min(1).max(200),
});

/** `/api/communities`: the user's communities; an installation admin creates new ones. */
export function communityListRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const principal = c.get('principal');
    if (!principal) throw new ApiError(401, 'unauthorized');
    return c.json(await communitiesOf(c.get('deps').store, principal));
  });
  app.post('/', async (c) => {
    const principal = c.get('principal');
    if (!principal?.admin) throw new ApiError(403, 'forbidden');
    const body = await readJson(c, NewCommunity);
    const { store, clock } = c.get('deps');
    if (await findCommunityBySlug(store.db, body.slug)) {
      throw new ApiError(409, 'community_exists');
    }
    const community = await createCommunity(store.db, {
      slug: body.slug,
      name: body.name,
      host: null,
    });
    await recordAudit(store.db, {
      at: clock.now().toISOString(),
      actor: principal.email,
      action: 'change',
      communityId: community.id,
      target: 'community',
      detail: { created: body.slug },
    });
    return c.json({ slug: community.slug, name: community.name, role: 'admin' }, 201);
  });
  return app;
}
