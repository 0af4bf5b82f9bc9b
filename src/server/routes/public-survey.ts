import { Hono } from 'hono';
import { z } from 'zod';
import { openSurvey, saveSurvey } from '../../app/survey-links.js';
import { ApiError, badInput } from '../api-error.js';
import type { AppEnv } from '../env.js';
import { readJson } from '../read-body.js';
import { siteOrigin } from '../request-info.js';

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

const Save = z.object({
  answers: z.record(z.string().max(40), z.unknown()).default({}),
  consent: z.object({ quotes: z.boolean(), identified: z.boolean() }).optional(),
  submit: z.boolean().default(false),
  lang: z.enum(['fr', 'en']).optional(),
});

/**
 * `/api/s/:token`: the member survey, without an account; the token is the capability. Writes
 * must come from this site (`Origin` or `Sec-Fetch-Site`), so that another site cannot post
 * answers in a member's name.
 */
export function publicSurveyRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/:token', async (c) => {
    const token = c.req.param('token');
    const survey = TOKEN.test(token) ? await openSurvey(c.get('deps').store, token) : undefined;
    if (!survey) throw new ApiError(404, 'survey_not_found');
    return c.json(survey);
  });

  app.put('/:token', async (c) => {
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    if (
      (origin && origin !== siteOrigin(c)) ||
      (site && site !== 'same-origin' && site !== 'none')
    ) {
      throw new ApiError(403, 'origin');
    }
    const token = c.req.param('token');
    if (!TOKEN.test(token)) throw new ApiError(404, 'survey_not_found');
    const body = await readJson(c, Save);
    const outcome = await saveSurvey(c.get('deps').store, {
      token,
      answers: body.answers,
      consent: body.consent,
      submit: body.submit,
      lang: body.lang ?? c.get('lang'),
      now: c.get('deps').clock.now(),
    });
    if (outcome.status === 'not_found') throw new ApiError(404, 'survey_not_found');
    if (outcome.status === 'already_submitted') throw new ApiError(409, 'survey_submitted');
    if (outcome.status === 'invalid') {
      throw badInput(outcome.problems.map((p) => `${p.item} (${p.expected})`).join(', '));
    }
    return c.json({
      saved: true,
      submitted: outcome.submitted,
      ...(outcome.token !== token ? { token: outcome.token } : {}),
    });
  });

  return app;
}
