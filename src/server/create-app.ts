import { Hono } from 'hono';
import type { Clock } from '../app/clock.js';
import { DashboardCache } from '../app/dashboard.js';
import { translator } from '../i18n/index.js';
import { dataVersion, type Store } from '../store/index.js';
import type { ServerConfig } from './config.js';
import type { AppEnv, ServerDeps } from './env.js';
import { errorResponse, handleError } from './errors.js';
import { RateLimiter } from './rate-limit.js';
import { requestLang } from './request-lang.js';
import { adminRoutes } from './routes/admin.js';
import { authRoutes } from './routes/auth.js';
import { changeRoutes } from './routes/changes.js';
import { communityListRoutes } from './routes/communities.js';
import { connectRoutes } from './routes/connect.js';
import { dashboardRoutes } from './routes/dashboard.js';
import { followRoutes } from './routes/follow.js';
import { importRoutes } from './routes/imports.js';
import { privacyRoutes } from './routes/privacy.js';
import { profileRoutes } from './routes/profile.js';
import { publicSurveyRoutes } from './routes/public-survey.js';
import { reportRoutes } from './routes/reports.js';
import { surveyRoutes } from './routes/survey.js';
import { securityHeaders } from './security-headers.js';
import { communityAccess, loadSession, requireUser } from './session.js';
import { ShortMemo } from './short-memo.js';
import { serveClient } from './static-files.js';

/** What the app is made of: the store, the clock and the configuration, all given. */
export interface CreateAppOptions {
  readonly store: Store;
  readonly clock: Clock;
  readonly config: ServerConfig;
  /** Where unexpected errors are logged; silent by default. */
  readonly log?: (line: string) => void;
}

/**
 * The web app (product.md §3.8): the JSON API under `/api` (docs/api.md) and the built client.
 * Every route checks the session, the CSRF token on writes and the user's role in the
 * community; it calls the same use cases as the CLI. Test it in-process with `app.request`.
 */
export function createApp(options: CreateAppOptions): Hono<AppEnv> {
  const memo = new ShortMemo(options.clock, 1000);
  const deps: ServerDeps = {
    store: options.store,
    clock: options.clock,
    config: options.config,
    cache: new DashboardCache(32, (store, id) =>
      memo.get(`version:${id}`, () => dataVersion(store.db, id)),
    ),
    limiter: new RateLimiter(options.clock),
    memo,
    log: options.log ?? (() => {}),
  };
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    const lang = requestLang(c);
    c.set('lang', lang);
    c.set('t', translator(lang));
    await next();
  });
  app.use('*', securityHeaders());
  // Whatever a write changed (data, roles, sessions), no remembered read survives it.
  app.use('/api/*', async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    try {
      await next();
    } finally {
      memo.clear();
    }
  });
  app.onError(handleError);
  app.notFound((c) => errorResponse(c, 404, 'not_found'));

  const api = new Hono<AppEnv>();
  api.get('/health', (c) => c.json({ ok: true, version: deps.config.version }));
  api.use('*', loadSession());
  api.route('/auth', authRoutes());
  api.route('/s', publicSurveyRoutes());
  api.route('/p', profileRoutes());
  api.use('/communities', requireUser());
  api.use('/communities/*', requireUser());
  api.route('/communities', communityListRoutes());
  const community = new Hono<AppEnv>();
  community.use('*', communityAccess());
  community.route('/', dashboardRoutes());
  community.route('/', changeRoutes());
  community.route('/', adminRoutes());
  community.route('/imports', importRoutes(deps.config.maxUploadBytes));
  community.route('/privacy', privacyRoutes());
  community.route('/reports', reportRoutes());
  community.route('/survey', surveyRoutes());
  community.route('/', followRoutes());
  community.route('/', connectRoutes());
  api.route('/communities/:slug', community);
  api.all('*', (c) => errorResponse(c, 404, 'not_found'));
  app.route('/api', api);

  serveClient(app, options.config.clientDir);
  return app;
}
