import type { Hono } from 'hono';
import { addUser } from '../../src/app/auth.js';
import type { Clock } from '../../src/app/clock.js';
import { seedDemo } from '../../src/app/seed-demo.js';
import { type ServerConfig, serverConfig } from '../../src/server/config.js';
import { createApp } from '../../src/server/create-app.js';
import type { AppEnv } from '../../src/server/env.js';
import type { Store } from '../../src/store/index.js';
import type { StoreCase } from '../support/stores.js';

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  at: Date;
  constructor(iso: string) {
    this.at = new Date(iso);
  }
  now(): Date {
    return new Date(this.at);
  }
  advance(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }
}

export const PASSWORD = 'correct horse battery';

/** The people of the tests: one per role in `demo`, an installation admin, and an outsider. */
export const USERS = {
  root: { email: 'root@pouls.test', role: 'admin' },
  admin: { email: 'admin@demo.test', role: 'admin', community: 'demo' },
  steward: { email: 'steward@demo.test', role: 'steward', community: 'demo' },
  facilitator: { email: 'facilitator@demo.test', role: 'facilitator', community: 'demo' },
  viewer: { email: 'viewer@demo.test', role: 'viewer', community: 'demo' },
  outsider: { email: 'steward@autre.test', role: 'steward', community: 'autre' },
} as const;
export type Who = keyof typeof USERS;

/** A signed-in browser: its cookie and CSRF token. */
export interface Browser {
  cookie: string;
  csrf: string;
}

/** An app on a store holding the demo community (`demo`) and a second one (`autre`). */
export interface Harness {
  store: Store;
  app: Hono<AppEnv>;
  clock: TestClock;
  asOf: string;
  request(path: string, init?: RequestInit & { as?: Browser | undefined }): Promise<Response>;
  login(who: Who): Promise<Browser>;
  close(): Promise<void>;
}

/** Opens a fresh store of `storeCase`, seeds it and builds the app. */
export async function openHarness(
  storeCase: StoreCase,
  config: Partial<ServerConfig> = {},
): Promise<Harness> {
  const store = await storeCase.open();
  const { asOf } = await seedDemo(store);
  await seedDemo(store, { slug: 'autre', name: 'Autre communauté', seed: 7 });
  const clock = new TestClock(`${asOf}T12:00:00Z`);
  for (const user of Object.values(USERS)) {
    const added = await addUser(store, {
      ...user,
      community: 'community' in user ? user.community : undefined,
      password: PASSWORD,
      now: clock.now(),
    });
    if (!added.ok) throw new Error(`user ${user.email}: ${added.reason}`);
  }
  const app = createApp({ store, clock, config: serverConfig({ version: 'test', ...config }) });
  const request: Harness['request'] = (path, init = {}) => {
    const { as, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (as) {
      headers.set('cookie', `pouls_session=${as.cookie}`);
      if (rest.method && rest.method !== 'GET' && !headers.has('x-csrf-token'))
        headers.set('x-csrf-token', as.csrf);
    }
    return Promise.resolve(app.request(path, { ...rest, headers }));
  };
  const login = async (who: Who): Promise<Browser> => {
    const res = await request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: USERS[who].email, password: PASSWORD }),
    });
    if (res.status !== 200) throw new Error(`login ${who}: ${res.status} ${await res.text()}`);
    const cookie = sessionCookie(res);
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    return { cookie, csrf: csrfToken };
  };
  return { store, app, clock, asOf, request, login, close: () => store.close() };
}

/** The session id a response sets, or throws. */
export function sessionCookie(res: Response): string {
  const header = res.headers.get('set-cookie') ?? '';
  const match = /pouls_session=([^;]*)/.exec(header);
  if (!match?.[1]) throw new Error(`no session cookie in ${header}`);
  return match[1];
}

/** JSON with `content-type` and the CSRF header of a browser. */
export function jsonInit(
  method: string,
  body: unknown,
  as?: Browser,
): RequestInit & { as?: Browser } {
  return {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    ...(as ? { as } : {}),
  };
}
