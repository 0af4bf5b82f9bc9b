import type { CommunityRole, Principal } from '../app/auth.js';
import type { Clock } from '../app/clock.js';
import type { DashboardCache } from '../app/dashboard.js';
import type { Translate } from '../i18n/index.js';
import type { Lang } from '../i18n/lang.js';
import type { Community } from '../model/community.js';
import type { Store } from '../store/index.js';
import type { ServerConfig } from './config.js';
import type { RateLimiter } from './rate-limit.js';
import type { ShortMemo } from './short-memo.js';

/** What every route can reach: the store, the clock, the configuration and shared state. */
export interface ServerDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly config: ServerConfig;
  readonly cache: DashboardCache;
  readonly limiter: RateLimiter;
  /** Sessions, communities and data versions remembered for a second, cleared by any write. */
  readonly memo: ShortMemo;
  /** Where unexpected errors are written (stderr in `pouls serve`). */
  readonly log: (line: string) => void;
}

/** Hono's environment of the app: request-scoped variables set by the middlewares. */
export interface AppEnv {
  Variables: {
    deps: ServerDeps;
    lang: Lang;
    t: Translate;
    principal: Principal | undefined;
    sessionId: string | undefined;
    community: Community;
    role: CommunityRole;
  };
}
