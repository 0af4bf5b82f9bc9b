import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_CASES } from '../support/stores.js';
import { type Browser, type Harness, jsonInit, openHarness, type Who } from './api-harness.js';

interface Route {
  method: string;
  path: string;
  json?: unknown;
  /** The status an admin gets (the erase route is refused for a wrong confirmation). */
  ok: number;
}

interface MemberRow {
  id: number;
  name: string;
  messages: number;
}

interface RecordView {
  member: { id: number; name: string; erasedOn: string | null };
  identities: Array<{ kind: string; value: string }>;
  consents: Array<{ use: string; granted: boolean; source: string }>;
  messages: Array<{ text: string }>;
  counts: { [key: string]: number };
}

/** Every read of the API a signed-in admin can make about a community, as text. */
const READS = [
  'analysis',
  'diagnosis',
  'plan?budget=120',
  'events',
  'exchanges',
  'network',
  'members',
  'identities/suggestions',
  'plan-settings',
  'survey',
  'reports',
  'users',
  'audit',
  'privacy/retention',
];

describe.each(STORE_CASES)('privacy through the API on $name', (storeCase) => {
  let h: Harness;
  const as: Partial<Record<Who, Browser>> = {};
  let member = 0;
  let otherCommunityMember = 0;
  let routes: Route[] = [];
  beforeAll(async () => {
    h = await openHarness(storeCase);
    for (const who of ['root', 'admin', 'steward', 'facilitator', 'viewer', 'outsider'] as const)
      as[who] = await h.login(who);
    const members = (await (
      await h.request('/api/communities/demo/members', { as: as.admin })
    ).json()) as MemberRow[];
    // A member who wrote messages and whose full name no one else carries.
    const chosen = members.find(
      (m) => m.messages > 0 && members.filter((o) => o.name.includes(m.name)).length === 1,
    );
    member = chosen?.id ?? 0;
    otherCommunityMember = (
      await h.store.db
        .selectFrom('members')
        .innerJoin('communities', 'communities.id', 'members.community_id')
        .select('members.id')
        .where('communities.slug', '=', 'autre')
        .limit(1)
        .executeTakeFirstOrThrow()
    ).id;
    routes = [
      { method: 'GET', path: `privacy/members/${member}`, ok: 200 },
      { method: 'GET', path: `privacy/members/${member}/export`, ok: 200 },
      {
        method: 'PUT',
        path: `privacy/members/${member}/consents/directory`,
        json: { granted: true },
        ok: 200,
      },
      { method: 'POST', path: `privacy/members/${member}/erase`, json: { confirm: -1 }, ok: 400 },
      { method: 'GET', path: 'privacy/retention', ok: 200 },
      { method: 'PUT', path: 'privacy/retention', json: { months: null }, ok: 200 },
      { method: 'POST', path: 'privacy/retention/apply', json: { dryRun: true }, ok: 200 },
      { method: 'GET', path: 'audit?action=export', ok: 200 },
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
      ...(who ? { as: who } : {}),
    });
  const read = async (path: string, who: Browser | undefined = as.admin) => {
    const res = await h.request(`/api/communities/demo/${path}`, { as: who });
    return { status: res.status, text: await res.text(), res };
  };

  it('lets admins (of the community or the installation) in; 403 for lower roles', async () => {
    expect(member).toBeGreaterThan(0);
    for (const who of ['admin', 'root'] as const)
      for (const route of routes)
        expect((await send(route, as[who])).status, `${who} ${route.path}`).toBe(route.ok);
    for (const who of ['steward', 'facilitator', 'viewer'] as const)
      for (const route of routes) {
        const res = await send(route, as[who]);
        expect(res.status, `${who} ${route.path}`).toBe(403);
        expect(await res.json()).toMatchObject({ error: { code: 'forbidden' } });
      }
  }, 120_000);

  it('answers 401 without a session, 404 for another community, 403 without CSRF', async () => {
    for (const route of routes) {
      expect((await send(route, undefined)).status, route.path).toBe(401);
      expect((await send(route, as.outsider)).status, route.path).toBe(404);
      expect((await send(route, as.admin, 'autre')).status, route.path).toBe(404);
    }
    for (const route of routes.filter((r) => r.method !== 'GET')) {
      const res = await h.request(`/api/communities/demo/${route.path}`, {
        method: route.method,
        headers: {
          cookie: `pouls_session=${as.admin?.cookie}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(route.json),
      });
      expect(res.status, route.path).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'csrf' } });
    }
  });

  it('keeps members of another community out of reach (404), and refuses odd ids', async () => {
    for (const path of [
      `privacy/members/${otherCommunityMember}`,
      `privacy/members/${otherCommunityMember}/export`,
      'privacy/members/99999999',
      'privacy/members/alice@example.org',
      'privacy/members/99999999999999',
    ]) {
      expect((await read(path)).status, path).toBe(404);
    }
    const erase = await h.request(
      `/api/communities/demo/privacy/members/${otherCommunityMember}/erase`,
      jsonInit('POST', { confirm: otherCommunityMember }, as.admin),
    );
    expect(erase.status).toBe(404);
    const consent = await h.request(
      `/api/communities/demo/privacy/members/${member}/consents/marketing`,
      jsonInit('PUT', { granted: true }, as.admin),
    );
    expect(consent.status).toBe(404);
  });

  it('shows a record that matches the export, downloads it, and audits both with the email', async () => {
    const shown = await read(`privacy/members/${member}`);
    const record = JSON.parse(shown.text) as RecordView;
    expect(record.member.id).toBe(member);
    expect(record.counts.messages).toBe(record.messages.length);
    const exported = await read(`privacy/members/${member}/export`);
    expect(exported.res.headers.get('content-disposition')).toBe(
      `attachment; filename="pouls-demo-member-${member}.json"`,
    );
    const file = JSON.parse(exported.text) as { schemaVersion: number; member: unknown };
    expect(file).toMatchObject({ schemaVersion: 1, community: { slug: 'demo' } });
    expect(file.member).toEqual(record.member);
    const log = JSON.parse((await read('audit?action=export')).text) as Array<{
      actor: string;
      action: string;
      target: string;
    }>;
    expect(log.length).toBeGreaterThan(0);
    expect(log.every((e) => e.action === 'export')).toBe(true);
    expect(log[0]).toMatchObject({ actor: 'admin@demo.test', target: `member:${member}` });
    const views = JSON.parse((await read('audit?action=view')).text) as Array<{ target: string }>;
    expect(views.map((e) => e.target)).toContain(`member:${member}`);
    expect((await read('audit?action=DROP%20TABLE')).status).toBe(400);
  });

  it('changes a consent, one use at a time, and audits it', async () => {
    for (const granted of [true, false]) {
      const res = await h.request(
        `/api/communities/demo/privacy/members/${member}/consents/quotes`,
        jsonInit('PUT', { granted }, as.admin),
      );
      expect(res.status).toBe(200);
      const consents = (await res.json()) as RecordView['consents'];
      expect(consents.find((c) => c.use === 'quotes')).toMatchObject({ granted, source: 'admin' });
    }
    const changes = JSON.parse((await read('audit?action=change')).text) as Array<{
      detail: unknown;
    }>;
    expect(changes[0]?.detail).toEqual({ consent: 'quotes', granted: false });
  });

  it('erases a member after confirmation: no trace of them in any API response', async () => {
    // Fill the dashboard cache first: a cached analysis must not outlive the erasure.
    for (const path of READS) expect((await read(path)).status, path).toBe(200);
    const record = JSON.parse((await read(`privacy/members/${member}`)).text) as RecordView;
    const traces = [
      record.member.name,
      ...record.identities.filter((i) => i.kind === 'email').map((i) => i.value),
      ...record.messages.map((m) => m.text).filter((t) => t.length > 20),
    ];
    expect(traces.length).toBeGreaterThan(1);
    expect((await read('analysis')).text).toContain(record.member.name);
    const wrong = await h.request(
      `/api/communities/demo/privacy/members/${member}/erase`,
      jsonInit('POST', { confirm: member + 1 }, as.admin),
    );
    expect(wrong.status).toBe(400);
    const erased = await h.request(
      `/api/communities/demo/privacy/members/${member}/erase`,
      jsonInit('POST', { confirm: member }, as.admin),
    );
    expect(erased.status).toBe(200);
    expect(await erased.json()).toMatchObject({ memberId: member, summary: { members: 1 } });
    const made = await h.request(
      '/api/communities/demo/reports',
      jsonInit('POST', { format: 'html', lang: 'fr' }, as.admin),
    );
    const { url } = (await made.json()) as { url: string };
    const responses = [
      ...READS,
      `privacy/members/${member}`,
      `privacy/members/${member}/export`,
      url.replace('/api/communities/demo/', ''),
    ];
    for (const path of responses) {
      const { status, text } = await read(path);
      expect(status, path).toBe(200);
      for (const trace of traces) expect(text, `${path} holds ${trace}`).not.toContain(trace);
    }
    const after = JSON.parse((await read(`privacy/members/${member}`)).text) as RecordView;
    expect(after.member.erasedOn).toBe(h.asOf);
    expect(after.identities).toEqual([]);
    const log = JSON.parse((await read('audit?action=erase')).text) as Array<{ actor: string }>;
    expect(log[0]).toMatchObject({ actor: 'admin@demo.test', target: `member:${member}` });
  }, 120_000);

  it('sets the retention period, dry-runs it (nothing changes), then applies it', async () => {
    const set = await h.request(
      '/api/communities/demo/privacy/retention',
      jsonInit('PUT', { months: 6 }, as.admin),
    );
    expect(set.status).toBe(200);
    expect(await set.json()).toMatchObject({ months: 6, asOf: h.asOf });
    const bad = await h.request(
      '/api/communities/demo/privacy/retention',
      jsonInit('PUT', { months: 0 }, as.admin),
    );
    expect(bad.status).toBe(400);
    const erasures = async () =>
      (await h.store.db.selectFrom('erasures').select('member_id').execute()).length;
    const before = await erasures();
    const dry = await h.request(
      '/api/communities/demo/privacy/retention/apply',
      jsonInit('POST', { dryRun: true }, as.admin),
    );
    const report = (await dry.json()) as { due: unknown[]; summary?: unknown };
    expect(report.due.length).toBeGreaterThan(0);
    expect(report.summary).toBeUndefined();
    expect(await erasures()).toBe(before);
    const real = await h.request(
      '/api/communities/demo/privacy/retention/apply',
      jsonInit('POST', { dryRun: false }, as.admin),
    );
    expect(await real.json()).toMatchObject({ summary: { members: report.due.length } });
    expect(await erasures()).toBe(before + report.due.length);
    const shown = JSON.parse((await read('privacy/retention')).text) as { due: unknown[] };
    expect(shown.due).toEqual([]);
    const log = JSON.parse((await read('audit?action=erase')).text) as Array<{ target: string }>;
    expect(log[0]).toMatchObject({ target: 'retention' });
  }, 120_000);
});
