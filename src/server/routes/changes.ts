import { Hono } from 'hono';
import { z } from 'zod';
import { todayOf } from '../../app/clock.js';
import { judgeFinding } from '../../app/diagnose-community.js';
import {
  markNotSame,
  mergeIdentities,
  splitIdentities,
  suggestIdentities,
} from '../../app/identities.js';
import { planSettingsOf, savePlanSettings } from '../../app/plan-settings.js';
import { ApiError } from '../api-error.js';
import { audit } from '../audit.js';
import type { AppEnv } from '../env.js';
import { issuesView } from '../issues.js';
import { readJson } from '../read-body.js';
import { need } from '../session.js';

const Judgement = z.object({
  status: z.enum(['confirmed', 'dismissed', 'noted']),
  note: z.string().max(5000).default(''),
});
const PlanSettings = z
  .object({ actions: z.unknown(), priorities: z.unknown(), positioning: z.unknown() })
  .partial()
  .strict();
const Merge = z.object({ keep: z.number().int(), merge: z.number().int() });
const Split = z.object({ id: z.number().int() });
const Distinct = z.object({ first: z.number().int(), second: z.number().int() });

/** Findings judgements, plan settings and identities: the writes of a community. */
export function changeRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/findings/:findingId', async (c) => {
    need(c, 'facilitator');
    const body = await readJson(c, Judgement);
    const findingId = c.req.param('findingId');
    await judgeFinding(c.get('deps').store, {
      community: c.get('community').slug,
      findingId,
      status: body.status,
      note: body.note,
      today: todayOf(c.get('deps').clock),
    });
    await audit(c, 'change', `finding:${findingId}`, { status: body.status });
    return c.json({ findingId, status: body.status, note: body.note });
  });

  app.get('/plan-settings', async (c) =>
    c.json(await planSettingsOf(c.get('deps').store, c.get('community'))),
  );

  app.put('/plan-settings', async (c) => {
    need(c, 'facilitator');
    const body = await readJson(c, PlanSettings);
    const result = await savePlanSettings(c.get('deps').store, c.get('community'), body);
    if (!result.ok) {
      return c.json(
        {
          error: {
            code: 'bad_input',
            message: c.get('t')('server:error.bad_input', { detail: 'plan settings' }),
          },
          issues: issuesView(result.issues, c.get('t')),
        },
        400,
      );
    }
    await audit(c, 'change', 'plan-settings', { keys: Object.keys(body) });
    return c.json(result.value);
  });

  app.get('/identities/suggestions', async (c) => {
    need(c, 'steward');
    const suggestions = await suggestIdentities(c.get('deps').store, c.get('community').slug);
    await audit(c, 'view', 'identities');
    return c.json(suggestions);
  });

  app.post('/identities/merge', async (c) => {
    need(c, 'steward');
    const body = await readJson(c, Merge);
    const result = await mergeIdentities(c.get('deps').store, {
      community: c.get('community').slug,
      keepId: body.keep,
      otherId: body.merge,
    });
    if (!result.ok) throw conflict(result.issues, c.get('t'));
    await audit(c, 'change', `member:${body.keep}`, { merged: body.merge });
    return c.json(result.value);
  });

  app.post('/identities/distinct', async (c) => {
    need(c, 'steward');
    const body = await readJson(c, Distinct);
    const result = await markNotSame(c.get('deps').store, {
      community: c.get('community').slug,
      firstId: body.first,
      secondId: body.second,
      today: todayOf(c.get('deps').clock),
    });
    if (!result.ok) throw conflict(result.issues, c.get('t'));
    await audit(c, 'change', `member:${result.value.firstId}`, {
      distinctFrom: result.value.secondId,
    });
    return c.json(result.value);
  });

  app.post('/identities/split', async (c) => {
    need(c, 'steward');
    const body = await readJson(c, Split);
    const result = await splitIdentities(c.get('deps').store, {
      community: c.get('community').slug,
      memberId: body.id,
    });
    if (!result.ok) throw conflict(result.issues, c.get('t'));
    await audit(c, 'change', `member:${body.id}`, { split: true });
    return c.json(result.value);
  });

  return app;
}

function conflict(
  issues: Parameters<typeof issuesView>[0],
  t: Parameters<typeof issuesView>[1],
): ApiError {
  const detail = issuesView(issues, t)
    .map((i) => i.message)
    .join(' ');
  return new ApiError(409, 'conflict', { detail });
}
