import { Hono } from 'hono';
import { z } from 'zod';
import { roleAtLeast } from '../../app/auth.js';
import { createSurveyLinks, surveyOverview } from '../../app/survey-links.js';
import { badInput } from '../api-error.js';
import { audit } from '../audit.js';
import type { AppEnv } from '../env.js';
import { readJson } from '../read-body.js';
import { siteOrigin } from '../request-info.js';
import { need } from '../session.js';
import { dashboardOf } from './dashboard.js';

const NewLinks = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('public') }),
  z.object({ kind: z.literal('personal'), memberIds: z.array(z.number().int()).min(1).max(5000) }),
]);

/** The survey of a community: results (facilitators up, suppressed) and links (stewards up). */
export function surveyRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    need(c, 'facilitator');
    const dashboard = await dashboardOf(c);
    const overview = await surveyOverview(
      c.get('deps').store,
      c.get('community'),
      dashboard.analysis,
    );
    const origin = siteOrigin(c);
    // Tokens are capabilities to answer (as a member, for personal links): stewards and admins
    // only; facilitators see the links' kinds and progress, not whose nor how to open them.
    const steward = roleAtLeast(c.get('role'), 'steward');
    return c.json({
      ...overview,
      links: overview.links.map(({ member, token, ...l }) =>
        steward ? { token, url: `${origin}/s/${token}`, ...l, ...(member ? { member } : {}) } : l,
      ),
    });
  });

  app.post('/links', async (c) => {
    need(c, 'steward');
    const body = await readJson(c, NewLinks);
    const dashboard = await dashboardOf(c);
    if (body.kind === 'personal') {
      const known = new Set(dashboard.dataset.members.map((m) => m.id));
      const unknown = body.memberIds.filter((id) => !known.has(id));
      if (unknown.length > 0) throw badInput(`memberIds: ${unknown.slice(0, 5).join(', ')}`);
    }
    const links = await createSurveyLinks(c.get('deps').store, {
      community: c.get('community'),
      kind: body.kind,
      ...(body.kind === 'personal' ? { memberIds: body.memberIds } : {}),
      lang: c.get('lang'),
      now: c.get('deps').clock.now(),
    });
    await audit(c, 'change', 'survey-links', { kind: body.kind, count: links.length });
    const origin = siteOrigin(c);
    return c.json(
      links.map((l) => ({
        token: l.token,
        kind: l.kind,
        ...(l.memberId !== null ? { memberId: l.memberId } : {}),
        url: `${origin}/s/${l.token}`,
      })),
      201,
    );
  });

  return app;
}
