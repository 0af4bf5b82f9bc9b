import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setConsent } from '../../src/store/index.js';
import { STORE_CASES } from '../support/stores.js';
import { type Browser, type Harness, jsonInit, openHarness, type Who } from './api-harness.js';

const ROLES = ['admin', 'steward', 'facilitator', 'viewer'] as const;

describe.each(STORE_CASES)('follow and connect routes on $name', (storeCase) => {
  let h: Harness;
  const as: Partial<Record<Who, Browser>> = {};
  /** Demo members: two who consented, one who declined everything. */
  let granted: Array<{ id: number; name: string }>;
  let declined: { id: number; name: string };
  let before: string;

  const get = (path: string, who?: Who) =>
    h.request(`/api/communities/demo${path}`, who ? { as: as[who] } : {});
  const post = (path: string, body: unknown, who?: Who) =>
    h.request(`/api/communities/demo${path}`, jsonInit('POST', body, who ? as[who] : undefined));

  beforeAll(async () => {
    h = await openHarness(storeCase);
    for (const who of [...ROLES, 'outsider'] as const) as[who] = await h.login(who);
    const members = await h.store.db
      .selectFrom('members')
      .innerJoin('communities', 'communities.id', 'members.community_id')
      .select(['members.id', 'members.name'])
      .where('communities.slug', '=', 'demo')
      .where('members.staff', '=', 0)
      .orderBy('members.id')
      .limit(40)
      .execute();
    granted = members.slice(0, 30).map((m) => ({ id: m.id, name: m.name }));
    declined = { id: members[30]?.id ?? 0, name: members[30]?.name ?? '' };
    for (const m of granted) {
      await setConsent(h.store.db, {
        memberId: m.id,
        use: 'directory',
        granted: true,
        decidedOn: h.asOf,
        source: 'steward',
      });
    }
    for (const use of ['directory', 'recommendations'] as const)
      await setConsent(h.store.db, {
        memberId: declined.id,
        use,
        granted: false,
        decidedOn: h.asOf,
        source: 'steward',
      });
    const day = new Date(`${h.asOf}T00:00:00Z`);
    day.setUTCMonth(day.getUTCMonth() - 6);
    before = day.toISOString().slice(0, 10);
  });
  afterAll(async () => {
    await h.close();
  });

  it('needs a session, and hides another community (404)', async () => {
    for (const path of ['/snapshots', '/log', '/directory', '/recommendations'])
      expect((await get(path)).status).toBe(401);
    expect((await h.request('/api/communities/demo/snapshots', { as: as.outsider })).status).toBe(
      404,
    );
    expect((await h.request('/api/communities/autre/directory', { as: as.steward })).status).toBe(
      404,
    );
  });

  it('creates snapshots (facilitator and up), lists and compares them; names for staff only', async () => {
    expect((await post('/snapshots', { name: 'A', asOf: before }, 'viewer')).status).toBe(403);
    const noCsrf = await h.request(
      '/api/communities/demo/snapshots',
      jsonInit('POST', { name: 'A', asOf: before }, { ...(as.steward as Browser), csrf: 'x' }),
    );
    expect(noCsrf.status).toBe(403);
    const bad = await post('/snapshots', { name: 'A', asOf: '2024-02-30' }, 'steward');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/asOf/);
    expect((await post('/snapshots', { name: 'A', asOf: before }, 'facilitator')).status).toBe(201);
    expect((await post('/snapshots', { name: 'B', asOf: h.asOf }, 'steward')).status).toBe(201);
    const again = await post('/snapshots', { name: 'A', asOf: h.asOf }, 'steward');
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({
      error: { code: 'bad_input', message: expect.stringContaining('« A »') },
    });
    for (const who of ROLES) {
      const list = await get('/snapshots', who);
      expect(list.status).toBe(200);
      expect(((await list.json()) as Array<{ name: string }>).map((s) => s.name)).toEqual([
        'A',
        'B',
      ]);
    }
    const viewer = (await (await get('/snapshots/compare?before=A&after=B', 'viewer')).json()) as {
      names: boolean;
      members: { moves: unknown[]; up: number; down: number };
      indicators: unknown[];
      targets: unknown[];
    };
    expect(viewer.names).toBe(false);
    expect(viewer.members.moves).toEqual([]);
    expect(viewer.indicators.length).toBeGreaterThan(0);
    expect(viewer.targets.length).toBeGreaterThan(0);
    const staff = (await (
      await get('/snapshots/compare?before=A&after=B', 'facilitator')
    ).json()) as {
      names: boolean;
      members: { moves: unknown[]; up: number; down: number };
    };
    expect(staff.names).toBe(true);
    expect(staff.members.moves.length).toBe(staff.members.up + staff.members.down);
    const unknown = await get('/snapshots/compare?before=A&after=Z', 'viewer');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toContain('Z');
    expect((await get('/snapshots/compare?before=A', 'viewer')).status).toBe(400);
  });

  it('keeps the accompaniment log: phases, hours, deliverables (facilitator and up)', async () => {
    const phase = { name: 'Phase 1', startsOn: before, endsOn: h.asOf, budgetHours: 40 };
    expect((await post('/log/phases', phase, 'viewer')).status).toBe(403);
    expect((await post('/log/phases', { ...phase, endsOn: '2000-01-01' }, 'steward')).status).toBe(
      400,
    );
    expect((await post('/log/phases', phase, 'facilitator')).status).toBe(201);
    expect((await post('/log/phases', phase, 'facilitator')).status).toBe(400);
    const hours = { date: h.asOf, person: 'Julie', activity: 'animation', hours: 3.5 };
    expect((await post('/log/hours', { ...hours, hours: -1 }, 'steward')).status).toBe(400);
    expect((await post('/log/hours', { ...hours, phase: 'Nope' }, 'steward')).status).toBe(400);
    expect((await post('/log/hours', hours, 'steward')).status).toBe(201);
    expect((await post('/log/hours', { ...hours, person: 'Marc', hours: 2 }, 'admin')).status).toBe(
      201,
    );
    expect(
      (await post('/log/deliverables', { date: h.asOf, title: 'Diagnostic' }, 'facilitator'))
        .status,
    ).toBe(201);
    const log = (await (await get('/log', 'viewer')).json()) as {
      phases: Array<{
        name: string;
        budgetHours: number;
        spentHours: number;
        byPerson: Array<{ key: string; hours: number }>;
        deliverables: Array<{ title: string }>;
      }>;
    };
    expect(log.phases[0]).toMatchObject({
      name: 'Phase 1',
      budgetHours: 40,
      spentHours: 5.5,
      byPerson: [
        { key: 'Julie', hours: 3.5 },
        { key: 'Marc', hours: 2 },
      ],
      deliverables: [{ title: 'Diagnostic' }],
    });
    const audit = await h.store.db
      .selectFrom('audit_log')
      .select('target')
      .where('target', 'like', 'log:%')
      .execute();
    expect(audit.length).toBe(4);
  });

  it('lists only consenting members in the directory; link candidates for stewards', async () => {
    for (const who of ROLES) {
      const res = await get('/directory', who);
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).not.toContain(declined.name);
      const body = JSON.parse(text) as { entries: Array<{ memberId: number }>; candidates?: [] };
      expect(body.entries.map((e) => e.memberId).sort((a, b) => a - b)).toEqual(
        granted.map((m) => m.id),
      );
      expect(body.candidates !== undefined).toBe(who === 'admin' || who === 'steward');
    }
  });

  it('lets a steward make a profile link; the member edits their profile without an account', async () => {
    const member = granted[0] as { id: number; name: string };
    expect((await post('/directory/links', { memberId: member.id }, 'facilitator')).status).toBe(
      403,
    );
    expect((await post('/directory/links', { memberId: 'x' }, 'steward')).status).toBe(400);
    expect((await post('/directory/links', { memberId: declined.id }, 'steward')).status).toBe(404);
    const made = await post('/directory/links', { memberId: member.id }, 'steward');
    expect(made.status).toBe(201);
    const link = (await made.json()) as { token: string; url: string; name: string };
    expect(link.url).toBe(`http://localhost/p/${link.token}`);
    const open = await h.request(`/api/p/${link.token}`);
    expect(open.status).toBe(200);
    expect(await open.json()).toMatchObject({ name: member.name, consents: { directory: true } });
    const put = (body: unknown, headers: Record<string, string> = {}) =>
      h.request(`/api/p/${link.token}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    const profile = {
      expertise: ['billetterie'],
      interests: ['infolettres'],
      organization: 'Théâtre',
      region: 'Laval',
    };
    expect((await put({ profile }, { origin: 'https://evil.example' })).status).toBe(403);
    const bad = await put({ profile: { ...profile, expertise: 'x' } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain(
      'expertise',
    );
    const saved = await put({ profile, consents: { recommendations: true } });
    expect(saved.status).toBe(200);
    expect(await (await h.request(`/api/p/${link.token}`)).json()).toMatchObject({
      profile,
      consents: { directory: true, recommendations: true },
    });
    expect((await h.request('/api/p/not-a-real-token-at-all')).status).toBe(404);
  });

  it('recommends people to meet with reasons, never a member who declined', async () => {
    expect((await get('/recommendations', 'viewer')).status).toBe(403);
    const list = await get('/recommendations', 'facilitator');
    expect(list.status).toBe(200);
    const text = await list.text();
    expect(text).not.toContain(declined.name);
    const members = JSON.parse(text) as Array<{ memberId: number }>;
    expect(members.length).toBeGreaterThan(0);
    for (const m of members) expect(granted.map((g) => g.id)).toContain(m.memberId);
    const first = members[0]?.memberId as number;
    const recs = await get(`/recommendations/${first}`, 'facilitator');
    expect(recs.status).toBe(200);
    const recText = await recs.text();
    expect(recText).not.toContain(declined.name);
    const body = JSON.parse(recText) as { peers: Array<{ why: string; memberId: number }> };
    for (const p of body.peers) {
      expect(p.why.length).toBeGreaterThan(5);
      expect(granted.map((g) => g.id)).toContain(p.memberId);
    }
    expect((await get(`/recommendations/${declined.id}`, 'steward')).status).toBe(400);
    expect((await get('/recommendations/abc', 'steward')).status).toBe(400);
    expect((await get(`/recommendations/${first}/digest`, 'facilitator')).status).toBe(403);
    const digest = await get(`/recommendations/${first}/digest?format=md&download=1`, 'steward');
    expect(digest.status).toBe(200);
    expect(digest.headers.get('content-disposition')).toContain('attachment');
    expect(await digest.text()).not.toContain(declined.name);
    expect((await get(`/recommendations/${first}/digest?format=pdf`, 'steward')).status).toBe(400);
  });
});
