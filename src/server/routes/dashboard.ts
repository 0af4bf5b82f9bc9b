import type { Context } from 'hono';
import { Hono } from 'hono';
import { roleAtLeast } from '../../app/auth.js';
import { eventRows, exchanges, memberRows, networkView } from '../../app/community-views.js';
import type { Dashboard } from '../../app/dashboard.js';
import type { Analysis } from '../../model/analysis.js';
import { recordAudit } from '../../store/index.js';
import type { AppEnv } from '../env.js';
import { cachedJson } from '../json-cache.js';
import { asOfParam, numberParam } from '../query.js';
import { need } from '../session.js';

/** The dashboard of the route's community, from the cache. */
export async function dashboardOf(c: Context<AppEnv>): Promise<Dashboard> {
  const { store, cache } = c.get('deps');
  return cache.dashboard(store, c.get('community'), {
    asOf: asOfParam(c),
    windowDays: numberParam(c, 'window', { min: 7, max: 3650, integer: true }),
  });
}

/** Viewers see aggregates only: member names are blanked in the per-member metrics. */
function analysisFor(c: Context<AppEnv>, analysis: Analysis): Analysis {
  if (roleAtLeast(c.get('role'), 'facilitator')) return analysis;
  return { ...analysis, memberMetrics: analysis.memberMetrics.map((m) => ({ ...m, name: '' })) };
}

/** Records that someone viewed personal data of a community (Law 25 audit log). */
export async function auditView(c: Context<AppEnv>, target: string): Promise<void> {
  const { store, clock } = c.get('deps');
  await recordAudit(store.db, {
    at: clock.now().toISOString(),
    actor: c.get('principal')?.email ?? 'anonymous',
    action: 'view',
    communityId: c.get('community').id,
    target,
    detail: {},
  });
}

/** Read routes of a community: analysis, diagnosis, plan, members, events, exchanges, network. */
export function dashboardRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/analysis', async (c) => {
    const dashboard = await dashboardOf(c);
    const named = roleAtLeast(c.get('role'), 'facilitator');
    return cachedJson(c, dashboard, named ? 'analysis' : 'analysis-aggregates', () =>
      analysisFor(c, dashboard.analysis),
    );
  });

  app.get('/diagnosis', async (c) => {
    const dashboard = await dashboardOf(c);
    return cachedJson(c, dashboard, 'diagnosis', () => dashboard.diagnosis);
  });

  app.get('/plan', async (c) => {
    const dashboard = await dashboardOf(c);
    const plan = c.get('deps').cache.plan(dashboard, {
      budget: numberParam(c, 'budget', { min: 1, max: 100_000 }),
      horizon: numberParam(c, 'horizon', { min: 1, max: 36, integer: true }),
      contingency: numberParam(c, 'contingency', { min: 1, max: 3 }),
      hourlyRate: numberParam(c, 'rate', { min: 1, max: 10_000 }),
    });
    return cachedJson(c, plan, 'plan', () => plan);
  });

  app.get('/members', async (c) => {
    need(c, 'steward');
    const rows = memberRows(await dashboardOf(c));
    await auditView(c, 'members');
    return c.json(rows);
  });

  app.get('/events', async (c) => {
    const dashboard = await dashboardOf(c);
    return cachedJson(c, dashboard, 'events', () => eventRows(dashboard));
  });

  app.get('/exchanges', async (c) => {
    const dashboard = await dashboardOf(c);
    return cachedJson(c, dashboard, 'exchanges', () => exchanges(dashboard));
  });

  app.get('/network', async (c) => {
    const named = roleAtLeast(c.get('role'), 'facilitator');
    const view = networkView(await dashboardOf(c), named);
    if (named) await auditView(c, 'network');
    return c.json(view);
  });

  return app;
}
