import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type COMMUNITY_ROLES, roleAtLeast } from '../../src/app/auth.js';
import { STORE_CASES } from '../support/stores.js';
import { type Browser, type Harness, jsonInit, openHarness, type Who } from './api-harness.js';

type Min = (typeof COMMUNITY_ROLES)[number];
interface Route {
  method: string;
  path: string;
  min: Min;
  body?: () => FormData;
  json?: unknown;
}

const ROLE_OF: Record<'viewer' | 'facilitator' | 'steward' | 'admin' | 'root', Min> = {
  viewer: 'viewer',
  facilitator: 'facilitator',
  steward: 'steward',
  admin: 'admin',
  root: 'admin',
};

function rosterForm(): FormData {
  const form = new FormData();
  form.set('kind', 'members');
  form.set('dryRun', 'true');
  form.set('file', new File(['email,name\nnew@example.org,Nouvelle Personne\n'], 'roster.csv'));
  return form;
}

describe.each(STORE_CASES)('every route and role on $name', (storeCase) => {
  let h: Harness;
  const as: Partial<Record<Who, Browser>> = {};
  let findingId = '';
  let routes: Route[] = [];
  beforeAll(async () => {
    h = await openHarness(storeCase);
    for (const who of ['root', 'admin', 'steward', 'facilitator', 'viewer', 'outsider'] as const)
      as[who] = await h.login(who);
    const d = (await (
      await h.request('/api/communities/demo/diagnosis', { as: as.viewer })
    ).json()) as { findings: Array<{ id: string }> };
    findingId = d.findings[0]?.id ?? '';
    routes = [
      { method: 'GET', path: 'analysis', min: 'viewer' },
      { method: 'GET', path: 'diagnosis', min: 'viewer' },
      { method: 'GET', path: 'plan?budget=120', min: 'viewer' },
      { method: 'GET', path: 'events', min: 'viewer' },
      { method: 'GET', path: 'exchanges', min: 'viewer' },
      { method: 'GET', path: 'network', min: 'viewer' },
      { method: 'GET', path: 'plan-settings', min: 'viewer' },
      { method: 'GET', path: 'reports', min: 'viewer' },
      { method: 'GET', path: 'survey', min: 'facilitator' },
      { method: 'GET', path: 'members', min: 'steward' },
      { method: 'GET', path: 'identities/suggestions', min: 'steward' },
      { method: 'GET', path: 'users', min: 'admin' },
      { method: 'GET', path: 'audit', min: 'admin' },
      { method: 'PUT', path: 'plan-settings', min: 'facilitator', json: {} },
      {
        method: 'POST',
        path: `findings/${findingId}`,
        min: 'facilitator',
        json: { status: 'noted', note: 'vu' },
      },
      { method: 'POST', path: 'reports', min: 'facilitator', json: { format: 'html' } },
      { method: 'POST', path: 'survey/links', min: 'steward', json: { kind: 'public' } },
      { method: 'POST', path: 'imports', min: 'steward', body: rosterForm },
      { method: 'POST', path: 'identities/split', min: 'steward', json: { id: 99_999_999 } },
      {
        method: 'POST',
        path: 'identities/distinct',
        min: 'steward',
        json: { first: 99_999_998, second: 99_999_999 },
      },
      {
        method: 'POST',
        path: 'users',
        min: 'admin',
        json: { email: 'viewer@demo.test', role: 'viewer' },
      },
    ];
  });
  afterAll(async () => {
    await h.close();
  });

  const send = (route: Route, who: Browser | undefined, slug = 'demo') =>
    h.request(`/api/communities/${slug}/${route.path}`, {
      method: route.method,
      ...(route.json !== undefined
        ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(route.json) }
        : {}),
      ...(route.body ? { body: route.body() } : {}),
      ...(who ? { as: who } : {}),
    });

  it('lets each role do what its rank allows, and refuses the rest with 403', async () => {
    for (const who of ['viewer', 'facilitator', 'steward', 'admin', 'root'] as const) {
      for (const route of routes) {
        const res = await send(route, as[who]);
        const label = `${who} ${route.method} ${route.path}`;
        if (roleAtLeast(ROLE_OF[who], route.min)) {
          expect([200, 201, 409], label).toContain(res.status);
        } else {
          expect(res.status, label).toBe(403);
          expect(await res.json(), label).toMatchObject({ error: { code: 'forbidden' } });
        }
      }
    }
  }, 240_000);

  it('answers 401 to every route without a session', async () => {
    for (const route of routes) {
      expect((await send(route, undefined)).status, route.path).toBe(401);
    }
  });

  it('keeps another community invisible: 404 on every route, reads and writes', async () => {
    for (const route of routes) {
      const res = await send(route, as.outsider);
      expect(res.status, route.path).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: 'community_not_found' } });
    }
    // A demo steward cannot reach `autre` either.
    for (const route of routes) {
      expect((await send(route, as.steward, 'autre')).status, route.path).toBe(404);
    }
  });

  it('refuses every write without the CSRF token (403) and changes nothing', async () => {
    const before = await h.store.db.selectFrom('judgements').select('id').execute();
    for (const route of routes.filter((r) => r.method !== 'GET')) {
      const res = await h.request(`/api/communities/demo/${route.path}`, {
        method: route.method,
        headers: { cookie: `pouls_session=${as.root?.cookie}`, 'x-csrf-token': 'forged' },
        ...(route.json !== undefined ? { body: JSON.stringify(route.json) } : {}),
        ...(route.body ? { body: route.body() } : {}),
      });
      expect(res.status, route.path).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'csrf' } });
    }
    expect(await h.store.db.selectFrom('judgements').select('id').execute()).toEqual(before);
  });

  it('lets only the installation admin create a community', async () => {
    const body = { slug: 'nouvelle', name: 'Nouvelle' };
    expect((await h.request('/api/communities', jsonInit('POST', body, as.admin))).status).toBe(
      403,
    );
    const made = await h.request('/api/communities', jsonInit('POST', body, as.root));
    expect(made.status).toBe(201);
    const again = await h.request('/api/communities', jsonInit('POST', body, as.root));
    expect(again.status).toBe(409);
    const bad = await h.request(
      '/api/communities',
      jsonInit('POST', { slug: '../x', name: 'x' }, as.root),
    );
    expect(bad.status).toBe(400);
  });
});
